package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.*;
import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.compromiso.HitoRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path of {@code mesa-cocreacion}. Forms are submitted as Tasklist submits them
 * ({@code FormService.submitTaskForm}, i.e. REST {@code /task/{id}/submit-form}), so the submitted
 * values reach the task-local form variables the complete listeners read.
 */
class MesaCocreacionProcessTest extends PruebaIntegracion {

  private static final String FACILITADORA = "ana.facilitadora";

  @Autowired FormService formService;
  @Autowired Formularios formularios;
  @Autowired MesaRepository mesas;
  @Autowired SesionRepository sesiones;
  @Autowired PropuestaRepository propuestas;
  @Autowired CompromisoRepository compromisos;
  @Autowired HitoRepository hitos;
  @Autowired NotificacionRepository notificaciones;
  @Autowired Auditoria auditoria;

  private Ejercicio ejercicio;
  private SujetoObligado sujeto;
  private Mesa mesa;
  private OffsetDateTime ahora;
  private LocalDate inicioPlan;

  @BeforeEach
  void crearMesa() {
    ejercicio = escenarios.ejercicio();
    sujeto = escenarios.sujeto();
    mesa = escenarios.mesa(ejercicio, "recursos-naturales", sujeto);
    ahora = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    inicioPlan = LocalDate.of(ejercicio.getAnio(), 8, 1);
  }

  @Test
  void happyPathLeavesDraftCommitmentsAndAClosedTable() {
    ProcessInstance pi = iniciar();
    assertThat(pi).isWaitingAt(TASK_PROGRAMAR_SESIONES);
    assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_PROGRAMAR_SESIONES).processInstanceId(pi.getId())
            .taskCandidateGroup(Grupos.FACILITADORES).count())
        .isEqualTo(1);

    enviar(pi, TASK_PROGRAMAR_SESIONES,
        programarSesiones(
            sesion(ahora.plusDays(7), "Sala de juntas de la Comisión", null),
            sesion(ahora.plusDays(14), null, "https://reuniones.example.org/mesa")));
    List<Sesion> programadas = sesiones.findByMesaIdOrderByNumero(mesa.getId());
    assertThat(programadas)
        .extracting(Sesion::getNumero, Sesion::getEstado, Sesion::getLugar, Sesion::getEnlace)
        .containsExactly(
            tuple(1, EstadoSesion.PROGRAMADA, "Sala de juntas de la Comisión", null),
            tuple(2, EstadoSesion.PROGRAMADA, null, "https://reuniones.example.org/mesa"));
    assertThat(programadas.get(0).getFechaHora().toInstant()).isEqualTo(ahora.plusDays(7).toInstant());
    assertThat(mesas.findById(mesa.getId()).orElseThrow().getFacilitador()).isEqualTo(FACILITADORA);
    // The agency member through its liaisons' group, the two civil-society members by e-mail
    List<Notificacion> invitaciones = notificaciones.findByFolioAndTipo(mesa.getFolio(), NOTIFICACION_INVITACION_MESA);
    assertThat(invitaciones).hasSize(3);
    assertThat(invitaciones).extracting(Notificacion::getDestinatarioGrupo).contains(sujeto.grupo());
    assertThat(invitaciones).filteredOn(n -> n.getDestinatarioCorreo() != null).hasSize(2);
    assertThat(invitaciones.get(0).getCuerpo()).contains("Sala de juntas de la Comisión").contains("Sesión 2");
    // Every invitation carries the sessions as a calendar file (CalendarioSesiones)
    assertThat(invitaciones).allSatisfy(n -> {
      assertThat(n.getAdjuntoNombre()).isEqualTo("sesiones-" + mesa.getFolio() + ".ics");
      assertThat(n.getAdjuntoTipo()).startsWith("text/calendar");
      assertThat(n.getAdjuntoContenido()).contains("BEGIN:VCALENDAR", "TZID=America/Mexico_City")
          .contains("UID:sesion-" + programadas.get(0).getId() + "@", "UID:sesion-" + programadas.get(1).getId() + "@");
    });

    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION);
    enviar(pi, TASK_REGISTRAR_SESION,
        registrarSesion(programadas.get(0).getId(), true, null,
            List.of(
                propuesta("Organización Agua Limpia A.C.", "No se conoce la calidad del agua.", "No hay monitoreo.",
                    "Publicar el monitoreo de los pozos."),
                // the form requires the public author: one without organisation is written as "Participante"
                propuesta("Participante", "Las pipas no tienen horario.", null, "Publicar rutas y horarios de pipas."),
                propuesta("Colectivo Ríos Vivos", "Los datos de agua están dispersos.", null,
                    "Unificar los datos de agua en un portal."))));
    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS);
    Sesion celebrada = sesiones.findById(programadas.get(0).getId()).orElseThrow();
    assertThat(celebrada.getEstado()).isEqualTo(EstadoSesion.CELEBRADA);
    assertThat(celebrada.getAsistentes()).isEqualTo(14);
    assertThat(celebrada.getActa()).startsWith("Se presentó");
    assertThat(sesiones.findById(programadas.get(1).getId()).orElseThrow().getEstado())
        .isEqualTo(EstadoSesion.CANCELADA);
    List<Propuesta> presentadas = propuestas.findByMesaIdOrderById(mesa.getId());
    assertThat(presentadas)
        .extracting(Propuesta::getAutorPublico)
        .containsExactly("Organización Agua Limpia A.C.", "Participante", "Colectivo Ríos Vivos");
    Task respuestas = tarea(pi, TASK_RESPONDER_PROPUESTAS);
    assertThat(respuestas.getDueDate()).isNotNull().isAfter(new Date());

    Long p1 = presentadas.get(0).getId();
    Long p2 = presentadas.get(1).getId();
    Long p3 = presentadas.get(2).getId();
    enviar(pi, TASK_RESPONDER_PROPUESTAS,
        responderPropuestas(
            respuesta(p1, DecisionRespuesta.INCORPORADA, "Da origen al compromiso de monitoreo.", null),
            respuesta(p2, DecisionRespuesta.NO_INCORPORADA, "Las rutas de pipas ya se publican en el portal municipal.", null),
            respuesta(p3, DecisionRespuesta.FUSIONADA, "Coincide con la propuesta de monitoreo.", p1)));
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId()))
        .extracting(Propuesta::getRespuestaDecision, Propuesta::getRespuestaUsuario)
        .containsExactly(
            tuple(DecisionRespuesta.INCORPORADA, FACILITADORA),
            tuple(DecisionRespuesta.NO_INCORPORADA, FACILITADORA),
            tuple(DecisionRespuesta.FUSIONADA, FACILITADORA));
    assertThat(propuestas.findById(p3).orElseThrow().getFusionadaCon().getId()).isEqualTo(p1);

    assertThat(pi).isWaitingAt(TASK_REDACTAR_COMPROMISOS);
    enviar(pi, TASK_REDACTAR_COMPROMISOS,
        redactarCompromisos(
            compromiso("Monitoreo ciudadano del agua", sujeto.getId(), inicioPlan, inicioPlan.plusMonths(12), List.of(p1),
                List.of(
                    hito("Publicar la línea base", inicioPlan, inicioPlan.plusMonths(3)),
                    hito("Tablero público de calidad del agua", inicioPlan.plusMonths(3), inicioPlan.plusMonths(12))))));

    assertThat(pi).isWaitingAt(TASK_CERRAR_MESA);
    motor.ejecutar(pi.getId(), TASK_CERRAR_MESA);
    assertThat(pi).isEnded();
    assertThat(pi)
        .hasPassedInOrder(
            EVENT_MESA_INSTALADA, TASK_PROGRAMAR_SESIONES, TASK_REGISTRAR_SESION, TASK_RESPONDER_PROPUESTAS,
            TASK_REDACTAR_COMPROMISOS, TASK_CERRAR_MESA, EVENT_MESA_CERRADA)
        .hasNotPassed(TASK_NOTIFICAR_RESPUESTAS_VENCIDAS);

    // The contract with the edition process: drafts in BORRADOR and the table closed
    Mesa cerrada = mesas.findById(mesa.getId()).orElseThrow();
    assertThat(cerrada.getEstado()).isEqualTo(Mesa.EstadoMesa.CERRADA);
    assertThat(cerrada.getCerrada()).isNotNull();
    List<Compromiso> borradores =
        compromisos.findByEjercicioIdAndEstadoOrderByNumero(ejercicio.getId(), EstadoCompromiso.BORRADOR);
    assertThat(borradores).hasSize(1);
    Compromiso c = borradores.get(0);
    assertThat(c.getFolio()).isEqualTo(ejercicio.getFolio() + "-C-001");
    assertThat(c.getMesa().getId()).isEqualTo(mesa.getId());
    assertThat(c.getEje().getId()).isEqualTo(mesa.getEje().getId());
    assertThat(c.getSujetoResponsable().getId()).isEqualTo(sujeto.getId());
    assertThat(c.getValores()).isEqualTo("TRANSPARENCIA,PARTICIPACION_CIUDADANA");
    assertThat(c.getFechaFin()).isEqualTo(inicioPlan.plusMonths(12));
    assertThat(hitos.findByCompromisoIdOrderByFechaFin(c.getId()))
        .extracting(Hito::getDescripcion, Hito::getFechaFin)
        .containsExactly(
            tuple("Publicar la línea base", inicioPlan.plusMonths(3)),
            tuple("Tablero público de calidad del agua", inicioPlan.plusMonths(12)));
    // The incorporated proposal and the one merged into it feed the commitment
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId()))
        .extracting(Propuesta::getCompromisoId)
        .containsExactly(c.getId(), null, c.getId());
    assertThat(notificaciones.findByFolioAndTipo(mesa.getFolio(), NOTIFICACION_MESA_CERRADA))
        .extracting(Notificacion::getDestinatarioGrupo)
        .contains(Grupos.COMISION, sujeto.grupo());

    assertThat(auditoria.historial(ejercicio.getFolio()))
        .extracting(RegistroDecision::getEntidad, RegistroDecision::getDecision, RegistroDecision::getUsuario)
        .containsExactly(
            tuple(ENTIDAD_MESA, DECISION_SESIONES_PROGRAMADAS, FACILITADORA),
            tuple(ENTIDAD_SESION, DECISION_SESION_CELEBRADA, FACILITADORA),
            tuple(ENTIDAD_SESION, DECISION_SESION_CANCELADA, FACILITADORA),
            tuple(ENTIDAD_MESA, DECISION_TRABAJO_CONCLUIDO, FACILITADORA),
            tuple(ENTIDAD_PROPUESTA, "INCORPORADA", FACILITADORA),
            tuple(ENTIDAD_PROPUESTA, "NO_INCORPORADA", FACILITADORA),
            tuple(ENTIDAD_PROPUESTA, "FUSIONADA", FACILITADORA),
            tuple("Compromiso", "BORRADOR", FACILITADORA),
            tuple(ENTIDAD_MESA, DECISION_MESA_CERRADA, Auditoria.SISTEMA));
    // Form fields never reach the process scope: only the inputs and the gateway's decision
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .filteredOn(v -> v.getTaskId() == null)
        .extracting(v -> v.getName())
        .containsExactlyInAnyOrder(VAR_EJERCICIO_ID, VAR_MESA_ID, VAR_MESA_CERRADA);
  }

  @Test
  void tableMeetsTwiceBeforeClosing() {
    ProcessInstance pi = iniciar();
    enviar(pi, TASK_PROGRAMAR_SESIONES, programarSesiones(sesion(ahora.plusDays(3), "Casa de la Cultura", null)));
    Long primera = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0).getId();

    // No session left and none scheduled: the table cannot go on
    assertThatThrownBy(() -> enviar(pi, TASK_REGISTRAR_SESION, registrarSesion(primera, false, null, List.of())))
        .hasMessageContaining("No queda ninguna sesión programada");
    assertThat(sesiones.findById(primera).orElseThrow().getEstado()).isEqualTo(EstadoSesion.PROGRAMADA);

    enviar(pi, TASK_REGISTRAR_SESION,
        registrarSesion(primera, false, ahora.plusDays(10),
            List.of(propuesta("Observatorio Ciudadano", "Faltan datos de descargas.", null, "Publicar las descargas."))));
    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION);
    // The table went on; the decision is taken again from scratch at the next session's record
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName(VAR_MESA_CERRADA).includeDeleted().singleResult().getValue())
        .isEqualTo(false);
    assertThat(runtimeService.getVariable(pi.getId(), VAR_MESA_CERRADA)).isNull();
    List<Sesion> todas = sesiones.findByMesaIdOrderByNumero(mesa.getId());
    assertThat(todas).extracting(Sesion::getNumero, Sesion::getEstado)
        .containsExactly(tuple(1, EstadoSesion.CELEBRADA), tuple(2, EstadoSesion.PROGRAMADA));
    assertThat(notificaciones.findByFolioAndTipo(mesa.getFolio(), NOTIFICACION_INVITACION_MESA)).hasSize(6);
    // The second round offers only the new session
    Task segunda = tarea(pi, TASK_REGISTRAR_SESION);
    assertThat(formularios.mostrado(formService.getTaskFormVariables(segunda.getId()), FormularioRegistrarSesion.class)
            .sesionesOpciones())
        .extracting(OpcionFormulario::value)
        .containsExactly(String.valueOf(todas.get(1).getId()));

    enviar(pi, TASK_REGISTRAR_SESION,
        registrarSesion(todas.get(1).getId(), true, null,
            List.of(propuesta("Participante", "Nadie revisa los permisos.", null, "Publicar los permisos de extracción."))));
    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
            .activityId(TASK_REGISTRAR_SESION).count())
        .isEqualTo(2);
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId()))
        .extracting(p -> p.getSesion().getNumero())
        .containsExactly(1, 2);
    assertThat(auditoria.historial(mesa.getFolio()))
        .extracting(RegistroDecision::getDecision)
        .containsExactly(
            DECISION_SESIONES_PROGRAMADAS, DECISION_SESION_CELEBRADA, DECISION_OTRA_SESION, DECISION_SESION_PROGRAMADA,
            DECISION_SESION_CELEBRADA, DECISION_TRABAJO_CONCLUIDO);
  }

  @Test
  void overdueResponsesNotifyFacilitatorsAndCommission() {
    ProcessInstance pi = hastaResponder();
    Task respuestas = tarea(pi, TASK_RESPONDER_PROPUESTAS);
    Job timer = motor.trabajo(pi.getId(), TIMER_RESPUESTAS_VENCIDAS);
    assertThat(timer.getDuedate()).isEqualTo(respuestas.getDueDate());

    motor.avanzarA(new Date(timer.getDuedate().getTime() + 60_000));
    motor.ejecutar(pi.getId(), TIMER_RESPUESTAS_VENCIDAS);
    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS, TASK_NOTIFICAR_RESPUESTAS_VENCIDAS);
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_RESPUESTAS_VENCIDAS);

    // The task stays open: the responses are still owed
    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS).hasPassed(EVENT_AVISO_RESPUESTAS_VENCIDAS);
    assertThat(tarea(pi, TASK_RESPONDER_PROPUESTAS).getId()).isEqualTo(respuestas.getId());
    assertThat(notificaciones.findByFolioAndTipo(mesa.getFolio(), NOTIFICACION_RESPUESTAS_VENCIDAS))
        .extracting(Notificacion::getDestinatarioGrupo)
        .containsExactlyInAnyOrder(Grupos.FACILITADORES, Grupos.COMISION);
    assertThat(notificaciones.findByFolioAndTipo(mesa.getFolio(), NOTIFICACION_RESPUESTAS_VENCIDAS).get(0).getCuerpo())
        .contains("Propuestas aún sin respuesta: 2");
    assertThat(auditoria.historial(mesa.getFolio()))
        .extracting(RegistroDecision::getDecision, RegistroDecision::getUsuario)
        .endsWith(tuple(DECISION_PLAZO_RESPUESTAS_VENCIDO, Auditoria.SISTEMA));
  }

  @Test
  void unansweredProposalLeavesTheTaskOpenAndChangesNothing() {
    ProcessInstance pi = hastaResponder();
    List<Propuesta> presentadas = propuestas.findByMesaIdOrderById(mesa.getId());
    Task antes = tarea(pi, TASK_RESPONDER_PROPUESTAS);
    int decisiones = auditoria.historial(mesa.getFolio()).size();

    assertThatThrownBy(
            () -> enviar(pi, TASK_RESPONDER_PROPUESTAS,
                responderPropuestas(respuesta(presentadas.get(0).getId(), DecisionRespuesta.INCORPORADA, "Se incorpora.", null))))
        .hasMessageContaining("Falta responder: #" + presentadas.get(1).getId());
    assertThatThrownBy(
            () -> enviar(pi, TASK_RESPONDER_PROPUESTAS,
                responderPropuestas(
                    respuesta(presentadas.get(0).getId(), DecisionRespuesta.INCORPORADA, "Se incorpora.", null),
                    respuesta(presentadas.get(1).getId(), DecisionRespuesta.NO_INCORPORADA, "  ", null))))
        .hasMessageContaining("El campo «Propuestas de la mesa 2: Razón de la respuesta (pública)» es obligatorio.");
    assertThatThrownBy(
            () -> enviar(pi, TASK_RESPONDER_PROPUESTAS,
                responderPropuestas(
                    respuesta(presentadas.get(0).getId(), DecisionRespuesta.INCORPORADA, "Se incorpora.", null),
                    respuesta(presentadas.get(1).getId(), DecisionRespuesta.FUSIONADA, "Es la misma idea.", null))))
        .hasMessageContaining("indique con qué propuesta se fusiona");

    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS);
    assertThat(tarea(pi, TASK_RESPONDER_PROPUESTAS).getId()).isEqualTo(antes.getId());
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId())).allMatch(p -> !p.respondida());
    assertThat(auditoria.historial(mesa.getFolio())).hasSize(decisiones);
  }

  @Test
  void commitmentWithoutMilestoneLeavesTheTaskOpenAndChangesNothing() {
    ProcessInstance pi = hastaResponder();
    List<Propuesta> presentadas = propuestas.findByMesaIdOrderById(mesa.getId());
    enviar(pi, TASK_RESPONDER_PROPUESTAS,
        responderPropuestas(
            respuesta(presentadas.get(0).getId(), DecisionRespuesta.INCORPORADA, "Da origen a un compromiso.", null),
            respuesta(presentadas.get(1).getId(), DecisionRespuesta.NO_INCORPORADA, "Fuera del alcance de la mesa.", null)));
    // Another table of the edition already drafted one commitment: numbering goes on from it
    Mesa otra = escenarios.mesa(ejercicio, "anticorrupcion", sujeto);
    escenarios.compromiso(otra, sujeto);
    int decisiones = auditoria.historial(ejercicio.getFolio()).size();

    assertThatThrownBy(
            () -> enviar(pi, TASK_REDACTAR_COMPROMISOS,
                redactarCompromisos(
                    compromiso("Sin hitos", sujeto.getId(), inicioPlan, inicioPlan.plusMonths(6), List.of(), List.of()))))
        .hasMessageContaining("Compromiso 1: agregue al menos un hito");
    assertThatThrownBy(
            () -> enviar(pi, TASK_REDACTAR_COMPROMISOS,
                redactarCompromisos(
                    compromiso("Hito fuera de plazo", sujeto.getId(), inicioPlan, inicioPlan.plusMonths(6), List.of(),
                        List.of(hito("Informe final", inicioPlan, inicioPlan.plusMonths(7)))))))
        .hasMessageContaining("hito 1: sus fechas deben quedar entre");
    assertThatThrownBy(
            () -> enviar(pi, TASK_REDACTAR_COMPROMISOS,
                redactarCompromisos(
                    compromiso("Propuesta no incorporada", sujeto.getId(), inicioPlan, inicioPlan.plusMonths(6),
                        List.of(presentadas.get(1).getId()),
                        List.of(hito("Informe final", inicioPlan, inicioPlan.plusMonths(6)))))))
        .hasMessageContaining("no se respondió como incorporada");

    assertThat(pi).isWaitingAt(TASK_REDACTAR_COMPROMISOS);
    assertThat(compromisos.findByMesaIdOrderByNumero(mesa.getId())).isEmpty();
    assertThat(auditoria.historial(ejercicio.getFolio())).hasSize(decisiones);

    enviar(pi, TASK_REDACTAR_COMPROMISOS,
        redactarCompromisos(
            compromiso("Padrón abierto de pozos", sujeto.getId(), inicioPlan, inicioPlan.plusMonths(6),
                List.of(presentadas.get(0).getId()), List.of(hito("Padrón publicado", null, inicioPlan.plusMonths(6)))),
            compromiso("Datos de descargas", sujeto.getId(), inicioPlan, inicioPlan.plusMonths(9), List.of(),
                List.of(hito("Datos publicados", inicioPlan.plusMonths(1), inicioPlan.plusMonths(9))))));
    assertThat(compromisos.findByMesaIdOrderByNumero(mesa.getId()))
        .extracting(Compromiso::getFolio, Compromiso::getEstado)
        .containsExactly(
            tuple(ejercicio.getFolio() + "-C-002", EstadoCompromiso.BORRADOR),
            tuple(ejercicio.getFolio() + "-C-003", EstadoCompromiso.BORRADOR));
    assertThat(pi).isWaitingAt(TASK_CERRAR_MESA);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private ProcessInstance iniciar() {
    return escenarios.cocreacion(mesa);
  }

  /** Schedules one session and records it, closed, with two proposals. */
  private ProcessInstance hastaResponder() {
    ProcessInstance pi = iniciar();
    enviar(pi, TASK_PROGRAMAR_SESIONES, programarSesiones(sesion(ahora.plusDays(5), null, "https://reuniones.example.org/m")));
    Long sesionId = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0).getId();
    enviar(pi, TASK_REGISTRAR_SESION,
        registrarSesion(sesionId, true, null,
            List.of(
                propuesta("Red de Pozos", "No hay padrón público de pozos.", null, "Publicar el padrón de pozos."),
                propuesta("Participante", "Tarifas opacas.", "Sin reglas claras.", "Publicar la fórmula de tarifas."))));
    assertThat(pi).isWaitingAt(TASK_RESPONDER_PROPUESTAS);
    return pi;
  }

  @Test
  void onceTheTableHasItsFacilitatorItsTasksAreTheirsAlone() {
    ProcessInstance pi = iniciar();
    enviar(pi, TASK_PROGRAMAR_SESIONES, programarSesiones(sesion(ahora.plusDays(7), "Sala de juntas de la Comisión", null)));

    Task registrar = tarea(pi, TASK_REGISTRAR_SESION);
    assertThat(registrar.getAssignee()).isEqualTo(FACILITADORA);
    assertThat(taskService.getIdentityLinksForTask(registrar.getId()))
        .noneMatch(l -> Grupos.FACILITADORES.equals(l.getGroupId()));
    // Another facilitator neither sees nor works it; the table's facilitator does
    try {
      identityService.setAuthentication("otro.facilitador", List.of(Grupos.FACILITADORES));
      assertThat(taskService.createTaskQuery().taskId(registrar.getId()).count()).isZero();
      identityService.setAuthentication(FACILITADORA, List.of(Grupos.FACILITADORES));
      assertThat(taskService.createTaskQuery().taskId(registrar.getId()).count()).isEqualTo(1);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task tarea(ProcessInstance pi, String actividad) {
    return motor.tarea(pi.getId(), actividad);
  }

  /** Claims the task as the facilitator and submits the form, as Tasklist does. */
  private void enviar(ProcessInstance pi, String actividad, Map<String, Object> campos) {
    motor.completar(pi.getId(), actividad, FACILITADORA, campos);
  }
}
