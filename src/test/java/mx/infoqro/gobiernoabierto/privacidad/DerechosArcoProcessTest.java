package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** One test per path of {@code derechos-arco}. */
class DerechosArcoProcessTest extends PruebaIntegracion {

  /** Monday 9 November 2026, 10:00 in Querétaro; Monday 16 November is the Revolution holiday. */
  private static final ZonedDateTime CONFIRMACION =
      ZonedDateTime.of(2026, 11, 9, 10, 0, 0, 0, java.time.ZoneId.of("America/Mexico_City"));

  @Autowired SolicitudesArco servicio;
  @Autowired Formularios formularios;
  @Autowired SolicitudArcoRepository solicitudes;
  @Autowired Auditoria auditoria;
  @Autowired Plazos plazos;
  @Autowired JdbcTemplate jdbc;
  @Autowired EnlacesParticipante enlaces;
  @Autowired TransactionTemplate tx;

  ArcoEscenario escenario;

  @BeforeEach
  void preparar() {
    escenario = new ArcoEscenario(escenarios, jdbc, enlaces, tx);
    reloj(CONFIRMACION.minusDays(3));
  }

  // --- Paths ----------------------------------------------------------------------------------------

  @Test
  void accessRequestDeliversThePersonsDataAsAJsonFile() {
    var persona = escenario.persona();
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.ACCESO, null, null);

    responder(pi, responder("Le entregamos sus datos."));
    ejecutarAsync(pi, TASK_EJERCER_DERECHO);
    ejecutarAsync(pi, TASK_ENVIAR_RESPUESTA);

    assertThat(pi).isEnded().hasPassedInOrder(
        TASK_ENVIAR_CONFIRMACION, EVENT_IDENTIDAD_CONFIRMADA, TASK_ATENDER, TASK_EJERCER_DERECHO,
        TASK_ENVIAR_RESPUESTA, EVENT_SOLICITUD_RESPONDIDA);
    SolicitudArco s = solicitud(pi);
    assertThat(s.getEstado()).isEqualTo(EstadoSolicitudArco.RESPONDIDA);
    assertThat(s.getArchivoAcceso())
        .contains(persona.nombre(), persona.correo(), persona.telefono(), "Pinal de Amoles",
            "Problema de " + persona.nombre(), "Vecinos del barrio");
    assertThat(s.getArchivoAccesoEntregado()).isNotNull();
    assertThat(s.getRespuestaUsuario()).isEqualTo("dp1");
    assertThat(tiposEnviados(s.getFolio())).contains(NOTIFICACION_CONFIRMAR, NOTIFICACION_RESPUESTA, NOTIFICACION_ACCESO);
    assertThat(decisiones(s.getFolio())).containsExactly(IDENTIDAD_CONFIRMADA, RESPONDIDA, DERECHO_EJERCIDO);
  }

  @Test
  void rectificationAppliesTheValidatedCorrectionsToEveryRegistration() {
    var persona = escenario.persona();
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.RECTIFICACION, "Mi municipio es Jalpan", null);

    // without a correction the answer is refused and the task stays
    assertThatThrownBy(() -> responder(pi, responder("Corregido")))
        .hasRootCauseInstanceOf(ValidacionException.class);
    assertThat(pi).isWaitingAt(TASK_ATENDER);

    responder(pi, Formularios.variables(
        FormularioAtenderSolicitudArco.decision(
            RESPONDER, null, "Corregimos su municipio.", "Ximena Arcoíris Pérez", null, "Jalpan de Serra", null)));
    ejecutarAsync(pi, TASK_EJERCER_DERECHO);
    ejecutarAsync(pi, TASK_ENVIAR_RESPUESTA);

    assertThat(pi).isEnded();
    for (Long id : persona.participanteIds()) {
      var p = escenario.participante(id);
      assertThat(p.get("MUNICIPIO")).isEqualTo("Jalpan de Serra");
      assertThat(p.get("NOMBRE")).isEqualTo("Ximena Arcoíris Pérez");
      assertThat(p.get("TELEFONO")).isEqualTo(persona.telefono());
    }
    assertThat(autor(persona.propuestaIds().get(0))).isEqualTo("Ximena Arcoíris Pérez");
    assertThat(autor(persona.propuestaIds().get(1))).startsWith("Vecinos del barrio");
    assertThat(solicitud(pi).getCorrecciones()).contains("Jalpan de Serra");
  }

  @Test
  void cancellationAnonymisesThePersonEverywhereAndKeepsTheirProposals() {
    var persona = escenario.persona();
    assertThat(escenario.enlaces(persona.participanteIds().get(0))).isEqualTo(2);
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.CANCELACION, null, null);

    responder(pi, responder("Cancelamos sus datos."));
    ejecutarAsync(pi, TASK_EJERCER_DERECHO);
    ejecutarAsync(pi, TASK_ENVIAR_RESPUESTA);
    assertThat(pi).isEnded();
    String folio = solicitud(pi).getFolio();

    for (Long id : persona.participanteIds()) {
      var p = escenario.participante(id);
      assertThat(p.get("NOMBRE")).isEqualTo("Participante anónimo");
      assertThat(p.get("CORREO")).isEqualTo("anonimo-" + id + "@anonimo.invalid");
      assertThat(p.get("TELEFONO")).isNull();
      assertThat(p.get("MUNICIPIO")).isNull();
      assertThat(p.get("GENERO")).isNull();
      assertThat(p.get("ORGANIZACION")).isNull();
    }
    // every column that holds personal data, searched for every old value, and the personal links
    // (the answer of this very request goes to the requester's address: legal record of the request)
    assertThat(escenario.datosPersonalesRestantes(persona, folio, NOTIFICACION_RESPUESTA)).isEmpty();
    // the proposals stay, with their text, attributed to "Participante anónimo" when signed by name
    assertThat(autor(persona.propuestaIds().get(0))).isEqualTo("Participante anónimo");
    assertThat(autor(persona.propuestaIds().get(1))).startsWith("Vecinos del barrio");
    assertThat(jdbc.queryForObject("select count(*) from propuesta where participante_id = ? and propuesta = ?",
        Integer.class, persona.participanteIds().get(0), "Propuesta para la mesa")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select problema from propuesta where id = ?", String.class,
        persona.propuestaIds().get(0))).isEqualTo("Problema de Participante anónimo");
    assertThat(decisiones(folio)).contains(DERECHO_EJERCIDO);
  }

  @Test
  void oppositionToCommunicationsMarksThePersonAsNotToBeContacted() {
    var persona = escenario.persona();
    String folio = servicio.recibir(null, persona.correo(), DerechoArco.OPOSICION, "No quiero más correos", null,
        TratamientoArco.COMUNICACIONES, "Correos informativos");
    ProcessInstance pi = confirmar(folio);

    responder(pi, responder("Dejaremos de escribirle."));
    ejecutarAsync(pi, TASK_EJERCER_DERECHO);
    ejecutarAsync(pi, TASK_ENVIAR_RESPUESTA);

    assertThat(pi).isEnded();
    for (Long id : persona.participanteIds()) {
      assertThat(escenario.participante(id).get("NO_CONTACTAR")).isNotNull();
      assertThat(escenario.participante(id).get("GENERO")).isEqualTo("mujer");
    }
    assertThat(solicitud(pi).getTratamiento()).isEqualTo(TratamientoArco.COMUNICACIONES);
  }

  @Test
  void dueDateCountsTwentyBusinessDaysAcrossAHolidayAndWeekends() {
    var persona = escenario.persona();
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.ACCESO, null, null);

    // from Monday 9 Nov 2026: weekends and Monday 16 Nov (Revolución) do not count
    Task tarea = tarea(pi);
    assertThat(tarea.getDueDate()).isEqualTo(plazos.finDelDia(LocalDate.of(2026, 12, 8)));
    assertThat(solicitud(pi).getVencimiento()).isEqualTo(plazos.finDelDia(LocalDate.of(2026, 12, 8)).toInstant());
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).taskCandidateGroup(Grupos.DATOS_PERSONALES).count())
        .isEqualTo(1);
    Job recordatorio = timer(pi, TIMER_RECORDATORIO);
    assertThat(recordatorio.getDuedate()).isEqualTo(plazos.inicioDelDia(LocalDate.of(2026, 12, 1)));
  }

  @Test
  void extensionOnceWithAReasonMovesTheDeadlineTenBusinessDaysAndNotifiesThePerson() {
    var persona = escenario.persona();
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.ACCESO, null, null);

    // a reason is required
    assertThatThrownBy(() -> responder(pi, prorrogar(null))).hasRootCauseInstanceOf(ValidacionException.class);

    responder(pi, prorrogar("Volumen de información"));
    ejecutarAsync(pi, TASK_NOTIFICAR_PRORROGA);

    assertThat(pi).isWaitingAt(TASK_ATENDER).hasPassed(TASK_NOTIFICAR_PRORROGA);
    Task segunda = tarea(pi);
    // 10 business days from 8 Dec 2026
    assertThat(segunda.getDueDate()).isEqualTo(plazos.finDelDia(LocalDate.of(2026, 12, 22)));
    assertThat(timer(pi, TIMER_RECORDATORIO).getDuedate()).isEqualTo(plazos.inicioDelDia(LocalDate.of(2026, 12, 15)));
    SolicitudArco s = solicitud(pi);
    assertThat(s.getEstado()).isEqualTo(EstadoSolicitudArco.PRORROGADA);
    assertThat(s.getProrrogaMotivo()).isEqualTo("Volumen de información");
    assertThat(tiposEnviados(s.getFolio())).contains(NOTIFICACION_PRORROGA);

    // only once
    assertThatThrownBy(() -> responder(pi, prorrogar("Otra vez"))).hasRootCauseInstanceOf(ValidacionException.class);
    responder(pi, responder("Aquí están sus datos."));
    ejecutarAsync(pi, TASK_EJERCER_DERECHO);
    ejecutarAsync(pi, TASK_ENVIAR_RESPUESTA);
    assertThat(pi).isEnded();
    assertThat(decisiones(s.getFolio())).containsExactly(IDENTIDAD_CONFIRMADA, PRORROGADA, RESPONDIDA, DERECHO_EJERCIDO);
  }

  @Test
  void reminderFiveBusinessDaysBeforeTheDeadlineNotifiesTheDataProtectionStaff() {
    var persona = escenario.persona();
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.ACCESO, null, null);

    motor.dispararTimer(pi.getId(), TIMER_RECORDATORIO);
    ejecutarAsync(pi, TASK_RECORDAR);

    assertThat(pi).isWaitingAt(TASK_ATENDER).hasPassed(TASK_RECORDAR, EVENT_RECORDATORIO_ENVIADO);
    Integer n = jdbc.queryForObject(
        "select count(*) from notificacion where folio = ? and tipo = ? and destinatario_grupo = ?",
        Integer.class, solicitud(pi).getFolio(), NOTIFICACION_RECORDATORIO, Grupos.DATOS_PERSONALES);
    assertThat(n).isEqualTo(1);
  }

  @Test
  void identityNeverConfirmedClosesTheRequestAsNotConfirmed() {
    var persona = escenario.persona();
    String folio = servicio.recibir(null, persona.correo(), DerechoArco.CANCELACION, "Borren mis datos", null, null, null);
    ProcessInstance pi = instancia(folio);
    ejecutarAsync(pi, TASK_ENVIAR_CONFIRMACION);
    assertThat(pi).isWaitingAt(GATEWAY_ESPERA_IDENTIDAD);

    motor.dispararTimer(pi.getId(), TIMER_IDENTIDAD_NO_CONFIRMADA);

    assertThat(pi).isEnded().hasPassed(TASK_CERRAR_NO_CONFIRMADA, EVENT_SOLICITUD_NO_CONFIRMADA)
        .hasNotPassed(TASK_ATENDER);
    SolicitudArco s = solicitudes.findByFolio(folio).orElseThrow();
    assertThat(s.getEstado()).isEqualTo(EstadoSolicitudArco.NO_CONFIRMADA);
    assertThat(decisiones(folio)).containsExactly(NO_CONFIRMADA);
    // the link no longer works, and nothing was cancelled
    assertThatThrownBy(() -> servicio.confirmarIdentidad(s.getToken())).isInstanceOf(ValidacionException.class);
    assertThat(escenario.participante(persona.participanteIds().get(0)).get("NOMBRE")).isEqualTo(persona.nombre());
  }

  @Test
  void onlyTheDataProtectionStaffSeesAndWorksTheTask() {
    var persona = escenario.persona();
    ProcessInstance pi = recibirYConfirmar(persona.correo(), DerechoArco.ACCESO, null, null);
    String tareaId = tarea(pi).getId();

    identityService.setAuthentication("arco-stl", List.of(Grupos.STL));
    assertThat(taskService.createTaskQuery().taskId(tareaId).count()).isZero();
    identityService.setAuthentication("arco-facilitador", List.of(Grupos.FACILITADORES));
    assertThat(taskService.createTaskQuery().taskId(tareaId).count()).isZero();

    identityService.setAuthentication("arco-dp", List.of(Grupos.DATOS_PERSONALES));
    assertThat(taskService.createTaskQuery().taskId(tareaId).count()).isEqualTo(1);
    assertThat(formularios.mostrado(
            processEngine.getFormService().getTaskFormVariables(tareaId), FormularioAtenderSolicitudArco.class).correo())
        .isEqualTo(persona.correo());
    motor.completarAutenticado(tarea(pi), "arco-dp", List.of(Grupos.DATOS_PERSONALES), responder("Listo."));

    assertThat(pi).isWaitingAt(TASK_EJERCER_DERECHO);
    assertThat(solicitud(pi).getRespuestaUsuario()).isEqualTo("arco-dp");
  }

  @Test
  void aRequestIsValidatedAndGetsAFolioOfTheYear() {
    assertThatThrownBy(() -> servicio.recibir(null, "no-es-correo", DerechoArco.ACCESO, "x", null, null, null))
        .isInstanceOf(ValidacionException.class);
    String folio = servicio.recibir(null, "nadie@example.org", DerechoArco.ACCESO, "Mis datos", null, null, null);
    assertThat(folio).matches("ARCO-2026-\\d{4}");
    assertThat(instancia(folio)).isNotNull();
    assertThatThrownBy(() -> servicio.confirmarIdentidad("desconocido")).isInstanceOf(ValidacionException.class);
  }

  // --- Helpers ------------------------------------------------------------------------------------

  private ProcessInstance recibirYConfirmar(String correo, DerechoArco derecho, String rectificar, TratamientoArco t) {
    String folio = servicio.recibir(null, correo, derecho, "Solicitud de prueba", rectificar, t, null);
    return confirmar(folio);
  }

  private ProcessInstance confirmar(String folio) {
    ProcessInstance pi = instancia(folio);
    ejecutarAsync(pi, TASK_ENVIAR_CONFIRMACION);
    reloj(CONFIRMACION);
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();
    assertThat(servicio.confirmarIdentidad(token)).isEqualTo(folio);
    assertThat(pi).isWaitingAt(TASK_ATENDER);
    return pi;
  }

  /** The staff's answer, as the form submits it. */
  private static Map<String, Object> responder(String respuesta) {
    return Formularios.variables(FormularioAtenderSolicitudArco.respuesta(respuesta));
  }

  /** The staff's extension with its reason, as the form submits it. */
  private static Map<String, Object> prorrogar(String motivo) {
    return Formularios.variables(FormularioAtenderSolicitudArco.prorroga(motivo));
  }

  private void responder(ProcessInstance pi, Map<String, Object> valores) {
    motor.completar(pi.getId(), TASK_ATENDER, "dp1", new HashMap<>(valores));
  }

  private ProcessInstance instancia(String folio) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(folio).singleResult();
  }

  private Task tarea(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_ATENDER).singleResult();
  }

  private Job timer(ProcessInstance pi, String actividad) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(actividad).timers().singleResult();
  }

  private void ejecutarAsync(ProcessInstance pi, String actividad) {
    motor.ejecutar(pi.getId(), actividad);
  }

  private SolicitudArco solicitud(ProcessInstance pi) {
    return solicitudes.findById(((Number) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(VAR_SOLICITUD_ID).singleResult().getValue()).longValue()).orElseThrow();
  }

  private String autor(Long propuestaId) {
    return jdbc.queryForObject("select autor_publico from propuesta where id = ?", String.class, propuestaId);
  }

  private List<String> tiposEnviados(String folio) {
    return jdbc.queryForList("select tipo from notificacion where folio = ?", String.class, folio);
  }

  private List<String> decisiones(String folio) {
    return auditoria.historial(folio).stream().map(RegistroDecision::getDecision).toList();
  }

  private void reloj(ZonedDateTime momento) {
    motor.avanzarA(momento);
  }
}
