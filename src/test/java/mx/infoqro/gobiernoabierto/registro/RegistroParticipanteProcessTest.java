package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import mx.infoqro.gobiernoabierto.comun.Formularios;

/** One test per path of registro-participante, with the registrations made through the service. */
class RegistroParticipanteProcessTest extends PruebaRegistro {

  private static final String COMISIONADA = "ana.comision";

  @Autowired Auditoria auditoria;
  @Autowired Plazos plazos;
  @Autowired CierreRegistro cierre;
  @Autowired Formularios formularios;

  FormService formService() {
    return processEngine.getFormService();
  }

  @Test
  void aConfirmedCivilSocietyRegistrationEndsAtRegistroConfirmado() {
    Ejercicio e = edicionAbierta();
    String correo = "proceso.osc@ejemplo.mx";
    tx.executeWithoutResult(s -> servicio.registrar(datos(correo)));
    Registro r = registroDe(e, correo);

    assertThat(confirmacion.confirmar(token(correos(e, correo).get(0).getCuerpo()))).isEqualTo(ConfirmacionRegistro.Confirmacion.CONFIRMADO);

    String clave = claveNegocio(e.getFolio(), r.getId());
    var historica =
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(clave).singleResult();
    assertThat(historica.getProcessDefinitionKey()).isEqualTo(KEY);
    assertThat(historica.getEndTime()).isNotNull();
    assertThat(
            historyService.createHistoricActivityInstanceQuery().processInstanceId(historica.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactly(EVENT_CORREO_CONFIRMADO, GATEWAY_SECTOR, EVENT_REGISTRO_CONFIRMADO);
    assertThat(registroDe(e, correo).getEstado()).isEqualTo(Registro.EstadoRegistro.CONFIRMADO);
    assertThat(registroDe(e, correo).cuenta()).isTrue();
    assertThat(auditoria.historial(clave)).extracting(RegistroDecision::getDecision).containsExactly(REGISTRADO, CONFIRMADO);
  }

  @Test
  void aCivilSocietyInstanceStartedDirectlyEndsWithoutTasks() {
    Ejercicio e = edicionAbierta();
    Registro r = escenarios.registro(e, Sector.CIUDADANIA, null, "anticorrupcion");

    ProcessInstance pi = iniciar(e, r, false);

    assertThat(pi).isEnded().hasPassedInOrder(EVENT_CORREO_CONFIRMADO, GATEWAY_SECTOR, EVENT_REGISTRO_CONFIRMADO);
    assertThat(pi).hasNotPassed(TASK_VALIDAR_ENLACE);
  }

  @Test
  void aValidatedLiaisonCountsAndIsToldByMail() {
    Ejercicio e = edicionAbierta();
    String correo = "proceso.validado@ejemplo.mx";
    SujetoObligado sujeto = escenarios.sujeto();
    ProcessInstance pi = enlaceConfirmado(e, correo, sujeto);

    assertThat(pi).isWaitingAt(TASK_VALIDAR_ENLACE);
    Task tarea = task(pi);
    assertThat(taskService.getIdentityLinksForTask(tarea.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly(Grupos.COMISION);
    assertThat(tarea.getDueDate()).isEqualTo(plazos.finDelDia(cierre(e)));
    assertThat(
            taskService.createTaskQuery().taskId(tarea.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey())
        .isEqualTo("validar-enlace");
    FormularioValidarEnlace formulario =
        formularios.mostrado(formService().getTaskFormVariables(tarea.getId()), FormularioValidarEnlace.class);
    assertThat(formulario)
        .isEqualTo(
            new FormularioValidarEnlace(
                "Luis Enlace", sujeto.getNombre(), correo, "Gobierno (enlace de una dependencia)",
                "Combate a la corrupción", null, null));

    completar(tarea, Map.of(VAR_DECISION, VALIDADO));

    assertThat(pi).isWaitingAt(TASK_NOTIFICAR_VALIDACION);
    assertThat(registroDe(e, correo).getEstado()).isEqualTo(Registro.EstadoRegistro.VALIDADO);
    assertThat(registroDe(e, correo).cuenta()).isTrue();
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_VALIDACION);
    assertThat(pi).isEnded().hasPassedInOrder(TASK_VALIDAR_ENLACE, TASK_NOTIFICAR_VALIDACION, EVENT_FIN_VALIDACION);
    assertThat(correos(e, correo)).extracting(Notificacion::getTipo)
        .containsExactly(NOTIFICACION_CONFIRMACION, NOTIFICACION_CONFIRMADO, NOTIFICACION_VALIDADO);
    RegistroDecision decision = ultimaDecision(e, correo);
    assertThat(decision.getDecision()).isEqualTo(VALIDADO);
    assertThat(decision.getUsuario()).isEqualTo(COMISIONADA);
    // the form's fields stay in the task's scope; the process holds ids, dates and the decision
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .filteredOn(v -> v.getTaskId() == null)
        .extracting(v -> v.getName())
        .doesNotContainAnyElementsOf(Formularios.variables(formulario).keySet())
        .contains(VAR_DECISION);
  }

  @Test
  void aRejectionNeedsAReasonWhichTheLiaisonReceives() {
    Ejercicio e = edicionAbierta();
    String correo = "proceso.rechazado@ejemplo.mx";
    ProcessInstance pi = enlaceConfirmado(e, correo, escenarios.sujeto());
    Task tarea = task(pi);

    assertThatThrownBy(() -> completar(tarea, Map.of(VAR_DECISION, RECHAZADO)))
        .hasMessageContaining("Para rechazar el registro escriba el motivo");
    assertThat(pi).isWaitingAt(TASK_VALIDAR_ENLACE);
    assertThat(registroDe(e, correo).getEstado()).isEqualTo(Registro.EstadoRegistro.PENDIENTE_VALIDACION);

    completar(tarea, rechazo("La dependencia designó a otra persona como enlace."));

    assertThat(registroDe(e, correo).getEstado()).isEqualTo(Registro.EstadoRegistro.RECHAZADO);
    assertThat(registroDe(e, correo).cuenta()).isFalse();
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_VALIDACION);
    assertThat(pi).isEnded().hasPassedInOrder(TASK_VALIDAR_ENLACE, TASK_NOTIFICAR_VALIDACION, EVENT_FIN_VALIDACION);
    Notificacion aviso = correos(e, correo).get(2);
    assertThat(aviso.getTipo()).isEqualTo(NOTIFICACION_RECHAZADO);
    assertThat(aviso.getCuerpo()).contains("La dependencia designó a otra persona como enlace.");
    RegistroDecision decision = ultimaDecision(e, correo);
    assertThat(decision.getDecision()).isEqualTo(RECHAZADO);
    assertThat(decision.getMotivo()).isEqualTo("La dependencia designó a otra persona como enlace.");
  }

  @Test
  void aValidationPendingWhenTheWindowClosesEndsAndTheRegistrationDoesNotCount() {
    Ejercicio e = edicionAbierta();
    String correo = "proceso.sinvalidar@ejemplo.mx";
    ProcessInstance pi = enlaceConfirmado(e, correo, escenarios.sujeto());
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(plazos.finDelDia(cierre(e)));

    reloj(cierre(e).plusDays(1), LocalTime.of(0, 0, 5));
    motor.ejecutar(pi.getId(), TIMER_CIERRE_REGISTRO);

    assertThat(pi).isEnded().hasPassedInOrder(TIMER_CIERRE_REGISTRO, TASK_REGISTRAR_SIN_VALIDAR, EVENT_FIN_SIN_VALIDAR);
    assertThat(pi).hasNotPassed(TASK_NOTIFICAR_VALIDACION);
    assertThat(registroDe(e, correo).getEstado()).isEqualTo(Registro.EstadoRegistro.PENDIENTE_VALIDACION);
    assertThat(registroDe(e, correo).cuenta()).isFalse();
    assertThat(ultimaDecision(e, correo).getDecision()).isEqualTo(SIN_VALIDAR);
    assertThat(ultimaDecision(e, correo).getUsuario()).isEqualTo(Auditoria.SISTEMA);
  }

  @Test
  void aValidationAfterTheRegistrationsWereFrozenIsRefused() {
    Ejercicio e = edicionAbierta();
    String correo = "proceso.congelado@ejemplo.mx";
    ProcessInstance pi = enlaceConfirmado(e, correo, escenarios.sujeto());
    cierre.cerrar(e.getId());

    assertThatThrownBy(() -> completar(task(pi), Map.of(VAR_DECISION, VALIDADO))).hasMessageContaining("ya cerró");
    assertThat(pi).isWaitingAt(TASK_VALIDAR_ENLACE);
    assertThat(registroDe(e, correo).cuenta()).isFalse();
  }

  // --- Helpers -------------------------------------------------------------------------------------

  private ProcessInstance enlaceConfirmado(Ejercicio e, String correo, SujetoObligado sujeto) {
    tx.executeWithoutResult(s -> servicio.registrar(datosEnlace(correo, sujeto.getId())));
    assertThat(confirmacion.confirmar(token(correos(e, correo).get(0).getCuerpo())))
        .isEqualTo(ConfirmacionRegistro.Confirmacion.PENDIENTE_VALIDACION);
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(claveNegocio(e.getFolio(), registroDe(e, correo).getId()))
        .singleResult();
  }

  private ProcessInstance iniciar(Ejercicio e, Registro r, boolean requiereValidacion) {
    return runtimeService.startProcessInstanceByKey(
        KEY,
        claveNegocio(e.getFolio(), r.getId()),
        Map.of(
            VAR_REGISTRO_ID, r.getId(),
            VAR_EJERCICIO_ID, e.getId(),
            VAR_REQUIERE_VALIDACION, requiereValidacion,
            VAR_CIERRE_REGISTRO, plazos.finDelDia(cierre(e))));
  }

  /** As Tasklist does: signed in as a comision member, claim, then submit the form. */
  private void completar(Task tarea, Map<String, Object> valores) {
    motor.completarAutenticado(tarea, COMISIONADA, List.of(Grupos.COMISION), valores);
  }

  private Registro registroDe(Ejercicio e, String correo) {
    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    return registros.findByParticipanteId(p.getId()).orElseThrow();
  }

  private RegistroDecision ultimaDecision(Ejercicio e, String correo) {
    Registro r = registroDe(e, correo);
    List<RegistroDecision> historial = auditoria.historial(claveNegocio(e.getFolio(), r.getId()));
    return historial.get(historial.size() - 1);
  }
}
