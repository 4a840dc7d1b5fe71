package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.*;
import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Cocreacion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event sub-process of {@code mesa-cocreacion} for proposals submitted on the portal (message
 * {@value MesaBpmn#MESSAGE_PROPUESTA_PORTAL}), one test per path, and the mail to registered
 * authors when the bulk task answers their proposals.
 */
class PropuestaPortalProcessTest extends PruebaIntegracion {

  private static final String FACILITADORA = "rosa.facilitadora";

  @Autowired FormService formService;
  @Autowired Formularios formularios;
  @Autowired MesaService mesaService;
  @Autowired SesionRepository sesiones;
  @Autowired PropuestaRepository propuestas;
  @Autowired NotificacionRepository notificaciones;
  @Autowired Auditoria auditoria;

  private Ejercicio ejercicio;
  private Mesa mesa;
  private Participante autora;
  private ProcessInstance pi;

  @BeforeEach
  void mesaEnCocreacion() {
    ejercicio = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    mesa = escenarios.mesa(ejercicio, "anticorrupcion", sujeto);
    autora =
        mesa.getIntegrantes().stream()
            .map(Registro::getParticipante)
            .filter(p -> p.getSector() == Sector.ORGANIZACION)
            .findFirst()
            .orElseThrow();
    pi = escenarios.cocreacion(mesa);
    OffsetDateTime ahora = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    enviar(TASK_PROGRAMAR_SESIONES, programarSesiones(sesion(ahora.plusDays(7), "Sala de la Comisión", null)));
    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION);
  }

  @Test
  void aPortalProposalReachesTheTablesFacilitatorWithTheProposalIdOnlyInTheSubProcess() {
    Propuesta p = proponer();

    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION, TASK_RESPONDER_PROPUESTA_PORTAL);
    assertThat(pi).hasPassed(EVENT_PROPUESTA_PORTAL_RECIBIDA);
    Task tarea = tarea(TASK_RESPONDER_PROPUESTA_PORTAL);
    assertThat(tarea.getAssignee()).isEqualTo(FACILITADORA);
    // The table's own facilitator, outside the pool of facilitators (mesa/Facilitacion)
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).taskCandidateGroup(Grupos.FACILITADORES)
            .includeAssignedTasks().count())
        .isZero();
    assertThat(tarea.getDueDate()).isNotNull().isAfter(new Date());
    FormularioResponderPropuestaPortal mostrado =
        formularios.mostrado(formService.getTaskFormVariables(tarea.getId()), FormularioResponderPropuestaPortal.class);
    assertThat(mostrado.propuestaTexto()).isEqualTo("Publicar los contratos.");
    assertThat(mostrado.propuestaAutor()).isEqualTo(autora.getOrganizacion());
    assertThat(mostrado.propuestaCausa()).isEqualTo("No hay obligación.");
    assertThat(mostrado.decision()).isNull();
    // The id lives in the sub-process scope, never in the table's process scope
    assertThat(runtimeService.getVariableLocal(pi.getId(), VAR_PROPUESTA_PORTAL_ID)).isNull();
    assertThat(taskService.getVariable(tarea.getId(), VAR_PROPUESTA_PORTAL_ID)).isEqualTo(p.getId());

    Propuesta guardada = propuestas.findById(p.getId()).orElseThrow();
    assertThat(guardada.getParticipante().getId()).isEqualTo(autora.getId());
    assertThat(guardada.getAutorPublico()).isEqualTo(autora.getOrganizacion());
    assertThat(guardada.getSesion()).isNull();
    assertThat(auditoria.historial(mesa.getFolio()))
        .extracting(RegistroDecision::getDecision, RegistroDecision::getUsuario)
        .endsWith(tuple(DECISION_PROPUESTA_PORTAL, USUARIO_PORTAL));
  }

  @Test
  void theAnswerIsStoredAndTheAuthorIsMailedByTheAsyncStep() {
    Propuesta p = proponer();

    enviar(TASK_RESPONDER_PROPUESTA_PORTAL,
        responder(DecisionRespuesta.NO_INCORPORADA, "Ya se publican en el portal de compras.", null));

    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION, TASK_NOTIFICAR_RESPUESTA_PROPUESTA);
    Propuesta respondida = propuestas.findById(p.getId()).orElseThrow();
    assertThat(respondida.getRespuestaDecision()).isEqualTo(DecisionRespuesta.NO_INCORPORADA);
    assertThat(respondida.getRespuestaRazon()).isEqualTo("Ya se publican en el portal de compras.");
    assertThat(respondida.getRespuestaUsuario()).isEqualTo(FACILITADORA);
    assertThat(respondida.getRespuestaFecha()).isNotNull();
    assertThat(respuestasA(autora)).isEmpty();

    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_RESPUESTA_PROPUESTA);

    assertThat(pi).hasPassed(EVENT_RESPUESTA_PROPUESTA_NOTIFICADA).isWaitingAt(TASK_REGISTRAR_SESION);
    List<Notificacion> correos = respuestasA(autora);
    assertThat(correos).hasSize(1);
    assertThat(correos.get(0).getCuerpo())
        .contains("No se incorpora.", "Ya se publican en el portal de compras.", "/mesas/" + mesa.getId(), "/mi-participacion/");
    assertThat(auditoria.historial(mesa.getFolio()))
        .extracting(RegistroDecision::getEntidadId, RegistroDecision::getDecision, RegistroDecision::getUsuario)
        .endsWith(tuple(p.getId(), "NO_INCORPORADA", FACILITADORA));
    // Form fields stayed in the task: the table's process scope holds its own variables only
    assertThat(runtimeService.getVariables(pi.getId()).keySet())
        .containsExactlyInAnyOrder(VAR_EJERCICIO_ID, VAR_MESA_ID);
  }

  @Test
  void aPortalProposalCanBeMergedWithAnotherProposalOfTheTable() {
    Propuesta primera = proponer();
    enviar(TASK_RESPONDER_PROPUESTA_PORTAL,
        responder(DecisionRespuesta.INCORPORADA, "Da origen a un compromiso.", null));
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_RESPUESTA_PROPUESTA);
    Propuesta segunda = proponer();

    enviar(TASK_RESPONDER_PROPUESTA_PORTAL,
        responder(DecisionRespuesta.FUSIONADA, "Es la misma idea.", primera.getId()));
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_RESPUESTA_PROPUESTA);

    Propuesta fusionada = propuestas.findById(segunda.getId()).orElseThrow();
    assertThat(fusionada.getRespuestaDecision()).isEqualTo(DecisionRespuesta.FUSIONADA);
    assertThat(fusionada.getFusionadaCon().getId()).isEqualTo(primera.getId());
    assertThat(respuestasA(autora)).hasSize(2);
    assertThat(respuestasA(autora).get(1).getCuerpo()).contains("Se fusiona con la propuesta #" + primera.getId());
  }

  @Test
  void anAnswerWithoutReasonLeavesTheTaskOpenAndChangesNothing() {
    Propuesta p = proponer();
    Task antes = tarea(TASK_RESPONDER_PROPUESTA_PORTAL);

    assertThatThrownBy(() -> enviar(TASK_RESPONDER_PROPUESTA_PORTAL,
            responder(DecisionRespuesta.INCORPORADA, "  ", null)))
        .hasMessageContaining("El campo «Razón de la respuesta (pública)» es obligatorio.");
    assertThatThrownBy(() -> enviar(TASK_RESPONDER_PROPUESTA_PORTAL,
            responder(DecisionRespuesta.FUSIONADA, "Igual.", null)))
        .hasMessageContaining("Indique con qué propuesta se fusiona");

    assertThat(tarea(TASK_RESPONDER_PROPUESTA_PORTAL).getId()).isEqualTo(antes.getId());
    assertThat(propuestas.findById(p.getId()).orElseThrow().respondida()).isFalse();
  }

  @Test
  void onlyMembersOfATableInCoCreationMayPropose() {
    Mesa otra = escenarios.mesa(ejercicio, "igualdad-genero", escenarios.sujeto());
    long antes = propuestas.count();

    // A member of another table
    Participante ajena = otra.getIntegrantes().iterator().next().getParticipante();
    assertThatThrownBy(() -> mesaService.proponerDesdePortal(mesa.getId(), ajena.getId(), nueva()))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("mesas que integra");
    // A member of a table whose co-creation process does not run
    assertThat(mesaService.cocreacion(otra.getId())).isEqualTo(Cocreacion.SIN_INICIAR);
    assertThatThrownBy(() -> mesaService.proponerDesdePortal(otra.getId(), ajena.getId(), nueva()))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("no está recibiendo propuestas");
    // Missing texts
    assertThatThrownBy(
            () -> mesaService.proponerDesdePortal(mesa.getId(), autora.getId(), new NuevaPropuesta(null, " ", null, "x")))
        .hasMessageContaining("Describa el problema");

    assertThat(propuestas.count()).isEqualTo(antes);
    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION);
    assertThat(mesaService.cocreacion(mesa.getId())).isEqualTo(Cocreacion.ABIERTA);
  }

  @Test
  void theBulkAnswerMailsRegisteredAuthorsOnceThroughTheSameRule() {
    Propuesta portal = proponer();
    enviar(TASK_RESPONDER_PROPUESTA_PORTAL,
        responder(DecisionRespuesta.INCORPORADA, "Da origen a un compromiso.", null));
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_RESPUESTA_PROPUESTA);
    Propuesta sinResponder = proponer();
    Long sesionId = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0).getId();
    enviar(TASK_REGISTRAR_SESION,
        registrarSesion(sesionId, true, null,
            List.of(propuesta("Colectivo", "Obras sin datos.", null, "Publicar las obras."))));
    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS, TASK_RESPONDER_PROPUESTA_PORTAL);
    Long deSesion = propuestas.findByMesaIdOrderById(mesa.getId()).get(2).getId();

    enviar(TASK_RESPONDER_PROPUESTAS,
        responderPropuestas(
            respuesta(portal.getId(), DecisionRespuesta.INCORPORADA, "Da origen a un compromiso.", null),
            respuesta(sinResponder.getId(), DecisionRespuesta.NO_INCORPORADA, "Fuera del alcance de la mesa.", null),
            respuesta(deSesion, DecisionRespuesta.NO_INCORPORADA, "Ya existe.", null)));

    // The first proposal kept its answer (no new mail); the second got one; the session's has no registered author
    List<Notificacion> correos = respuestasA(autora);
    assertThat(correos).hasSize(2);
    assertThat(correos.get(1).getCuerpo()).contains("#" + sinResponder.getId(), "Fuera del alcance de la mesa.");
    assertThat(auditoria.historial(mesa.getFolio()))
        .filteredOn(d -> ENTIDAD_PROPUESTA.equals(d.getEntidad()) && d.getEntidadId().equals(portal.getId()))
        .extracting(RegistroDecision::getDecision)
        .containsExactly(DECISION_PROPUESTA_PORTAL, "INCORPORADA");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static NuevaPropuesta nueva() {
    return new NuevaPropuesta(null, "Los contratos no son públicos.", "No hay obligación.", "Publicar los contratos.");
  }

  /** The facilitator's reasoned response as the form submits it. */
  private static Map<String, Object> responder(DecisionRespuesta decision, String razon, Long fusionadaCon) {
    return Formularios.variables(
        FormularioResponderPropuestaPortal.respuesta(decision, fusionadaCon, razon));
  }

  private Propuesta proponer() {
    return mesaService.proponerDesdePortal(mesa.getId(), autora.getId(), nueva());
  }

  private List<Notificacion> respuestasA(Participante p) {
    return notificaciones.findByFolioAndTipo(mesa.getFolio(), NOTIFICACION_RESPUESTA_PROPUESTA).stream()
        .filter(n -> p.getCorreo().equals(n.getDestinatarioCorreo()))
        .toList();
  }

  private Task tarea(String actividad) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(actividad).singleResult();
  }

  private void enviar(String actividad, Map<String, Object> campos) {
    motor.completar(pi.getId(), actividad, FACILITADORA, campos);
  }
}
