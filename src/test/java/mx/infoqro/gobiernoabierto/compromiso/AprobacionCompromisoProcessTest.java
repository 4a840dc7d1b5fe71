package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path of {@code aprobacion-compromiso}. Tasks are completed as Tasklist does with a
 * Camunda Form: claimed, then submitted through the form service (the submitted fields overwrite the
 * task-local prefill).
 */
class AprobacionCompromisoProcessTest extends PruebaIntegracion {

  private static final String USUARIO_STL = "stl.revisora";
  private static final String USUARIO_ENLACE = "enlace.dependencia";
  private static final String USUARIO_PLENO = "comisionada.pleno";
  private static final String USUARIO_MESA = "facilitador.mesa";

  @Autowired CompromisoRepository compromisos;
  @Autowired EvaluacionRepository evaluaciones;
  @Autowired HitoRepository hitos;
  @Autowired NotificacionRepository notificaciones;
  @Autowired Auditoria auditoria;
  @Autowired Plazos plazos;

  private Ejercicio ejercicio;
  private SujetoObligado sujeto;
  private Compromiso compromiso;

  @BeforeEach
  void borrador() {
    ejercicio = escenarios.ejercicio();
    sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "anticorrupcion", sujeto);
    compromiso = escenarios.compromiso(mesa, sujeto);
  }

  @Test
  void approvedDraftEndsApprovedWithItsEvaluationAndNotifications() {
    ProcessInstance pi = iniciar();

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL).hasVariables(VAR_GRUPO_RESPONSABLE);
    assertThat(task(TASK_REVISAR_STL, pi)).hasCandidateGroup(Grupos.STL);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), VAR_GRUPO_RESPONSABLE)).isEqualTo(sujeto.grupo());
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 1);
    Map<String, Object> prellenado = taskService.getVariablesLocal(task(TASK_REVISAR_STL, pi).getId());
    Assertions.assertThat(prellenado)
        .containsEntry(CAMPO_TITULO, compromiso.getTitulo())
        .containsEntry(CAMPO_SUJETO_RESPONSABLE, sujeto.getNombre() + " (" + sujeto.getSiglas() + ")")
        .containsEntry(CAMPO_RONDA, "1 de 3")
        .containsEntry(CAMPO_VERIFICABLE, false)
        .doesNotContainKey(VAR_DECISION_STL);
    Assertions.assertThat((String) prellenado.get(CAMPO_HITOS_RESUMEN))
        .contains("1. Primer hito (producto esperado: Informe; del 01/08/")
        .contains("2. Segundo hito");

    revisarStl(pi, APROBAR, true, true, null);

    assertThat(pi).isWaitingAt(TASK_ACEPTAR);
    Date plazoEsperado = plazos.aceptacionCompromiso();
    assertThat(task(TASK_ACEPTAR, pi)).hasCandidateGroup(sujeto.grupo()).hasDueDate(plazoEsperado);
    assertEstado(EstadoCompromiso.EN_ACEPTACION, 1);
    Evaluacion evaluacion = evaluaciones.findByCompromisoId(compromiso.getId()).orElseThrow();
    Assertions.assertThat(evaluacion.getVerificable()).isTrue();
    Assertions.assertThat(evaluacion.getRelevante()).isTrue();
    // the form fields stayed in the completed task: only ids, decisions and flags reach the process
    Assertions.assertThat(runtimeService.getVariables(pi.getId()))
        .containsOnlyKeys(VAR_EJERCICIO_ID, VAR_COMPROMISO_ID, VAR_GRUPO_RESPONSABLE, VAR_DECISION_STL);

    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, VAR_DECISION_ENLACE, ACEPTAR, "Lo cumpliremos.");

    assertThat(pi).isWaitingAt(TASK_APROBAR_PLENO);
    assertThat(task(TASK_APROBAR_PLENO, pi)).hasCandidateGroup(Grupos.PLENO);
    assertEstado(EstadoCompromiso.EN_APROBACION_PLENO, 1);

    decidir(pi, TASK_APROBAR_PLENO, USUARIO_PLENO, VAR_DECISION_PLENO, APROBAR, null);

    assertThat(pi).isWaitingAt(TASK_REGISTRAR_APROBACION);
    ejecutarTrabajo(pi, TASK_REGISTRAR_APROBACION);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            TASK_INICIAR_REVISION,
            TASK_REVISAR_STL,
            TASK_ACEPTAR,
            TASK_APROBAR_PLENO,
            TASK_REGISTRAR_APROBACION,
            EVENT_COMPROMISO_APROBADO)
        .hasNotPassed(TASK_ATENDER_OBSERVACIONES, TASK_RECORDAR_ACEPTACION, TASK_ESCALAR_ACEPTACION);
    Compromiso aprobado = recargar();
    Assertions.assertThat(aprobado.getEstado()).isEqualTo(EstadoCompromiso.APROBADO);
    Assertions.assertThat(aprobado.getAprobado()).isNotNull();
    Assertions.assertThat(historial())
        .extracting(RegistroDecision::getDecision, RegistroDecision::getUsuario)
        .containsExactly(
            Assertions.tuple(REVISION_INICIADA, Auditoria.SISTEMA),
            Assertions.tuple(APROBADO_STL, USUARIO_STL),
            Assertions.tuple(ACEPTADO_DEPENDENCIA, USUARIO_ENLACE),
            Assertions.tuple(APROBADO_PLENO, USUARIO_PLENO),
            Assertions.tuple(APROBADO, Auditoria.SISTEMA));
    Assertions.assertThat(notificaciones.findByFolioAndTipo(compromiso.getFolio(), NOTIFICACION_APROBADO))
        .extracting(Notificacion::getDestinatarioGrupo)
        .containsExactlyInAnyOrder(sujeto.grupo(), Grupos.FACILITADORES);
  }

  @Test
  void draftReturnedByTheStlGoesBackToTheTableAndIsReviewedAgain() {
    ProcessInstance pi = iniciar();

    revisarStl(pi, DEVOLVER, true, false, "Precise el resultado esperado.");

    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    assertThat(task(TASK_ATENDER_OBSERVACIONES, pi)).hasCandidateGroup(Grupos.FACILITADORES);
    assertEstado(EstadoCompromiso.DEVUELTO, 1);
    Assertions.assertThat(recargar().getObservaciones()).isEqualTo("Precise el resultado esperado.");
    Map<String, Object> prellenado = taskService.getVariablesLocal(task(TASK_ATENDER_OBSERVACIONES, pi).getId());
    Assertions.assertThat(prellenado)
        .containsEntry(CAMPO_OBSERVACIONES_ANTERIORES, "Precise el resultado esperado.")
        .containsEntry(CAMPO_DEVUELTO_POR, "Secretariado Técnico Local")
        .containsEntry(CAMPO_TITULO, compromiso.getTitulo())
        .containsEntry(CAMPO_SUJETO_RESPONSABLE_ID, String.valueOf(sujeto.getId()))
        .containsKeys(CAMPO_HITOS, CAMPO_SUJETOS_OPCIONES, CAMPO_VALORES);

    atenderObservaciones(pi, "Compromiso con resultado preciso", null);

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 2);
    Compromiso revisado = recargar();
    Assertions.assertThat(revisado.getTitulo()).isEqualTo("Compromiso con resultado preciso");
    Assertions.assertThat(revisado.getValores()).isEqualTo("TRANSPARENCIA,PARTICIPACION_CIUDADANA");
    Assertions.assertThat(hitos.findByCompromisoIdOrderByFechaFin(compromiso.getId()))
        .extracting(Hito::getDescripcion)
        .containsExactly("Primer hito", "Segundo hito", "Tercer hito");
    Assertions.assertThat(taskService.getVariablesLocal(task(TASK_REVISAR_STL, pi).getId()))
        .containsEntry(CAMPO_RONDA, "2 de 3")
        .containsEntry(CAMPO_OBSERVACIONES_ANTERIORES, "Precise el resultado esperado.")
        .containsEntry(CAMPO_TITULO, "Compromiso con resultado preciso");

    aprobarHastaElFinal(pi);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            TASK_REVISAR_STL,
            TASK_CONTAR_RONDAS,
            TASK_ATENDER_OBSERVACIONES,
            TASK_INICIAR_NUEVA_RONDA,
            TASK_REVISAR_STL,
            TASK_ACEPTAR,
            EVENT_COMPROMISO_APROBADO);
    assertEstado(EstadoCompromiso.APROBADO, 2);
    Assertions.assertThat(decisiones())
        .containsExactly(
            REVISION_INICIADA,
            DEVUELTO_STL,
            OBSERVACIONES_ATENDIDAS,
            NUEVA_RONDA,
            APROBADO_STL,
            ACEPTADO_DEPENDENCIA,
            APROBADO_PLENO,
            APROBADO);
    RegistroDecision devolucion = historial().get(1);
    Assertions.assertThat(devolucion.getUsuario()).isEqualTo(USUARIO_STL);
    Assertions.assertThat(devolucion.getMotivo())
        .startsWith("Precise el resultado esperado.")
        .contains("relevante para los valores de gobierno abierto");
    Assertions.assertThat(historial().get(2).getUsuario()).isEqualTo(USUARIO_MESA);
  }

  @Test
  void draftReturnedByTheAgencyGoesBackToTheTableWhichMayNameAnotherAgency() {
    SujetoObligado otro = escenarios.sujeto();
    ProcessInstance pi = iniciar();
    revisarStl(pi, APROBAR, true, true, null);

    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, VAR_DECISION_ENLACE, DEVOLVER, "No es de nuestra competencia.");

    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    assertEstado(EstadoCompromiso.DEVUELTO, 1);
    Assertions.assertThat(taskService.getVariablesLocal(task(TASK_ATENDER_OBSERVACIONES, pi).getId()))
        .containsEntry(CAMPO_DEVUELTO_POR, "Dependencia responsable")
        .containsEntry(CAMPO_OBSERVACIONES_ANTERIORES, "No es de nuestra competencia.");

    atenderObservaciones(pi, compromiso.getTitulo(), otro.getId());

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 2);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), VAR_GRUPO_RESPONSABLE)).isEqualTo(otro.grupo());
    Assertions.assertThat(recargar().getSujetoResponsable().getId()).isEqualTo(otro.getId());

    revisarStl(pi, APROBAR, true, true, null);

    assertThat(pi).isWaitingAt(TASK_ACEPTAR);
    assertThat(task(TASK_ACEPTAR, pi)).hasCandidateGroup(otro.grupo());
    Assertions.assertThat(decisiones())
        .containsExactly(
            REVISION_INICIADA,
            APROBADO_STL,
            DEVUELTO_DEPENDENCIA,
            OBSERVACIONES_ATENDIDAS,
            NUEVA_RONDA,
            APROBADO_STL);
    Assertions.assertThat(historial().get(2).getUsuario()).isEqualTo(USUARIO_ENLACE);
  }

  @Test
  void draftReturnedByThePlenoGoesBackToTheTableAndStartsAnotherRound() {
    ProcessInstance pi = iniciar();
    revisarStl(pi, APROBAR, true, true, null);
    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, VAR_DECISION_ENLACE, ACEPTAR, null);

    decidir(pi, TASK_APROBAR_PLENO, USUARIO_PLENO, VAR_DECISION_PLENO, DEVOLVER, "Ajuste las fechas al periodo del plan.");

    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    assertEstado(EstadoCompromiso.DEVUELTO, 1);
    Assertions.assertThat(taskService.getVariablesLocal(task(TASK_ATENDER_OBSERVACIONES, pi).getId()))
        .containsEntry(CAMPO_DEVUELTO_POR, "Pleno de la Comisión");

    atenderObservaciones(pi, compromiso.getTitulo(), null);

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL).hasNotPassed(TASK_REGISTRAR_APROBACION);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 2);
    Assertions.assertThat(decisiones())
        .containsExactly(
            REVISION_INICIADA,
            APROBADO_STL,
            ACEPTADO_DEPENDENCIA,
            DEVUELTO_PLENO,
            OBSERVACIONES_ATENDIDAS,
            NUEVA_RONDA);
    Assertions.assertThat(historial().get(3).getUsuario()).isEqualTo(USUARIO_PLENO);
    Assertions.assertThat(historial().get(3).getMotivo()).isEqualTo("Ajuste las fechas al periodo del plan.");
  }

  @Test
  void draftReturnedInTheLastRoundEndsNotApprovedWithAPublicReason() {
    ProcessInstance pi = iniciar();
    revisarStl(pi, DEVOLVER, false, false, "Primera ronda: falta el problema.");
    atenderObservaciones(pi, compromiso.getTitulo(), null);
    revisarStl(pi, DEVOLVER, false, false, "Segunda ronda: sigue sin hitos verificables.");
    atenderObservaciones(pi, compromiso.getTitulo(), null);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 3);

    revisarStl(pi, DEVOLVER, false, false, "Tercera ronda: no es verificable.");

    assertThat(pi)
        .isEnded()
        .hasPassed(TASK_DECLARAR_NO_APROBADO, EVENT_COMPROMISO_NO_APROBADO)
        .hasNotPassed(TASK_ACEPTAR, TASK_APROBAR_PLENO, EVENT_COMPROMISO_APROBADO);
    Compromiso noAprobado = recargar();
    Assertions.assertThat(noAprobado.getEstado()).isEqualTo(EstadoCompromiso.NO_APROBADO);
    Assertions.assertThat(noAprobado.getRonda()).isEqualTo(3);
    Assertions.assertThat(noAprobado.getAprobado()).isNull();
    Assertions.assertThat(noAprobado.getMotivoNoAprobado())
        .contains("3 rondas")
        .contains("Secretariado Técnico Local")
        .contains("Tercera ronda: no es verificable.");
    Assertions.assertThat(decisiones())
        .containsExactly(
            REVISION_INICIADA,
            DEVUELTO_STL,
            OBSERVACIONES_ATENDIDAS,
            NUEVA_RONDA,
            DEVUELTO_STL,
            OBSERVACIONES_ATENDIDAS,
            NUEVA_RONDA,
            DEVUELTO_STL,
            NO_APROBADO);
    RegistroDecision ultimo = historial().get(8);
    Assertions.assertThat(ultimo.getMotivo()).isEqualTo(noAprobado.getMotivoNoAprobado());
    Assertions.assertThat(ultimo.getUsuario()).isEqualTo(Auditoria.SISTEMA);
  }

  @Test
  void agencyIsRemindedOfAPendingAcceptanceAndTheTaskStaysOpen() {
    ProcessInstance pi = iniciar();
    revisarStl(pi, APROBAR, true, true, null);
    Date recordatorioEsperado = plazos.recordatorioAceptacion();

    Job temporizador = trabajo(pi, TIMER_RECORDATORIO_ACEPTACION);
    Assertions.assertThat(temporizador.getDuedate()).isEqualTo(recordatorioEsperado);
    ClockUtil.setCurrentTime(new Date(temporizador.getDuedate().getTime() + 1000));
    managementService.executeJob(temporizador.getId());
    ejecutarTrabajo(pi, TASK_RECORDAR_ACEPTACION);

    assertThat(pi).hasPassed(TASK_RECORDAR_ACEPTACION, EVENT_RECORDATORIO_ENVIADO).isWaitingAt(TASK_ACEPTAR);
    Assertions.assertThat(notificaciones.findByFolioAndTipo(compromiso.getFolio(), NOTIFICACION_RECORDATORIO))
        .singleElement()
        .satisfies(
            n -> {
              Assertions.assertThat(n.getDestinatarioGrupo()).isEqualTo(sujeto.grupo());
              Assertions.assertThat(n.getCuerpo()).contains(compromiso.getFolio()).contains(sujeto.getNombre());
            });
    assertEstado(EstadoCompromiso.EN_ACEPTACION, 1);
    Assertions.assertThat(decisiones()).containsExactly(REVISION_INICIADA, APROBADO_STL);
    Assertions.assertThat(trabajos(pi, TIMER_ESCALAMIENTO_ACEPTACION)).hasSize(1);

    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, VAR_DECISION_ENLACE, ACEPTAR, null);

    assertThat(pi).isWaitingAt(TASK_APROBAR_PLENO);
    Assertions.assertThat(trabajos(pi, TIMER_ESCALAMIENTO_ACEPTACION)).isEmpty();
  }

  @Test
  void overdueAcceptanceIsEscalatedToThePlenoAndTheCommissionAndLogged() {
    ProcessInstance pi = iniciar();
    revisarStl(pi, APROBAR, true, true, null);

    Job temporizador = trabajo(pi, TIMER_ESCALAMIENTO_ACEPTACION);
    Assertions.assertThat(temporizador.getDuedate()).isEqualTo(task(TASK_ACEPTAR, pi).getDueDate());
    ClockUtil.setCurrentTime(new Date(temporizador.getDuedate().getTime() + 1000));
    managementService.executeJob(temporizador.getId());
    ejecutarTrabajo(pi, TASK_ESCALAR_ACEPTACION);

    assertThat(pi).hasPassed(TASK_ESCALAR_ACEPTACION, EVENT_ACEPTACION_ESCALADA).isWaitingAt(TASK_ACEPTAR);
    Assertions.assertThat(notificaciones.findByFolioAndTipo(compromiso.getFolio(), NOTIFICACION_ESCALAMIENTO))
        .extracting(Notificacion::getDestinatarioGrupo)
        .containsExactlyInAnyOrder(Grupos.PLENO, Grupos.COMISION);
    Assertions.assertThat(decisiones()).containsExactly(REVISION_INICIADA, APROBADO_STL, ESCALADO);
    Assertions.assertThat(historial().get(2).getMotivo()).contains(sujeto.getNombre());
    assertEstado(EstadoCompromiso.EN_ACEPTACION, 1);

    // the agency can still answer after the escalation
    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, VAR_DECISION_ENLACE, ACEPTAR, null);
    assertThat(pi).isWaitingAt(TASK_APROBAR_PLENO);
  }

  @Test
  void returningWithoutObservationsIsRejectedAndChangesNothing() {
    ProcessInstance pi = iniciar();
    Task tarea = task(TASK_REVISAR_STL, pi);

    assertThatThrownBy(() -> revisarStl(pi, DEVOLVER, true, true, "   "))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .hasMessageContaining("observaciones");

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL);
    Assertions.assertThat(task(TASK_REVISAR_STL, pi).getId()).isEqualTo(tarea.getId());
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 1);
    Assertions.assertThat(recargar().getObservaciones()).isNull();
    Assertions.assertThat(decisiones()).containsExactly(REVISION_INICIADA);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), VAR_DECISION_STL)).isNull();
  }

  @Test
  void approvingWithoutVerifiableIsRejectedAndChangesNothing() {
    ProcessInstance pi = iniciar();

    assertThatThrownBy(() -> revisarStl(pi, APROBAR, false, true, null))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .hasMessageContaining("verificable");

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 1);
    Assertions.assertThat(evaluaciones.findByCompromisoId(compromiso.getId())).isEmpty();
    Assertions.assertThat(decisiones()).containsExactly(REVISION_INICIADA);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), VAR_DECISION_STL)).isNull();
  }

  @Test
  void revisedDraftWithoutMilestonesIsRejectedAndChangesNothing() {
    ProcessInstance pi = iniciar();
    revisarStl(pi, DEVOLVER, true, true, "Revise los hitos.");
    Task tarea = task(TASK_ATENDER_OBSERVACIONES, pi);
    VariableMap campos = camposDeLaMesa(tarea, "Título nuevo", null);
    campos.putValue(CAMPO_HITOS, FormularioTarea.json(List.of()));
    taskService.claim(tarea.getId(), USUARIO_MESA);

    assertThatThrownBy(() -> processEngine.getFormService().submitTaskForm(tarea.getId(), campos))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .hasMessageContaining("al menos un hito");

    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    assertEstado(EstadoCompromiso.DEVUELTO, 1);
    Assertions.assertThat(recargar().getTitulo()).isEqualTo(compromiso.getTitulo());
    Assertions.assertThat(hitos.findByCompromisoIdOrderByFechaFin(compromiso.getId())).hasSize(2);
    Assertions.assertThat(decisiones()).containsExactly(REVISION_INICIADA, DEVUELTO_STL);
  }

  @Test
  void formsCompletedThroughTheRestCompleteCallWorkAndLeaveNoFieldsInTheProcess() {
    ProcessInstance pi = iniciar();
    taskService.complete(
        task(TASK_REVISAR_STL, pi).getId(),
        Variables.createVariables()
            .putValue(VAR_DECISION_STL, DEVOLVER)
            .putValue(CAMPO_VERIFICABLE, true)
            .putValue(CAMPO_OBSERVACIONES, "Agregue un hito de evaluación."));
    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    Assertions.assertThat(recargar().getObservaciones()).isEqualTo("Agregue un hito de evaluación.");

    Task mesa = task(TASK_ATENDER_OBSERVACIONES, pi);
    taskService.complete(mesa.getId(), camposDeLaMesa(mesa, "Título corregido", null));

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 2);
    Assertions.assertThat(recargar().getTitulo()).isEqualTo("Título corregido");
    Assertions.assertThat(hitos.findByCompromisoIdOrderByFechaFin(compromiso.getId())).hasSize(3);
    Assertions.assertThat(runtimeService.getVariables(pi.getId()))
        .containsOnlyKeys(
            VAR_EJERCICIO_ID, VAR_COMPROMISO_ID, VAR_GRUPO_RESPONSABLE, VAR_RONDAS_AGOTADAS);
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private ProcessInstance iniciar() {
    return runtimeService.startProcessInstanceByKey(
        KEY,
        compromiso.getFolio(),
        Variables.createVariables()
            .putValue(VAR_EJERCICIO_ID, ejercicio.getId())
            .putValue(VAR_COMPROMISO_ID, compromiso.getId()));
  }

  /** Claims the task and submits its form as Tasklist does. */
  private void enviar(ProcessInstance pi, String tareaId, String usuario, VariableMap campos) {
    Task tarea = task(tareaId, pi);
    taskService.claim(tarea.getId(), usuario);
    processEngine.getFormService().submitTaskForm(tarea.getId(), campos);
  }

  private void revisarStl(
      ProcessInstance pi, String decision, boolean verificable, boolean relevante, String observaciones) {
    enviar(
        pi,
        TASK_REVISAR_STL,
        USUARIO_STL,
        Variables.createVariables()
            .putValue(VAR_DECISION_STL, decision)
            .putValue(CAMPO_ESPECIFICO, true)
            .putValue(CAMPO_VERIFICABLE, verificable)
            .putValue(CAMPO_RELEVANTE, relevante)
            .putValue(CAMPO_HITOS_CON_FECHAS, true)
            .putValue(CAMPO_CON_SUJETO_RESPONSABLE, true)
            .putValue(CAMPO_OBSERVACIONES, observaciones));
  }

  private void decidir(
      ProcessInstance pi, String tareaId, String usuario, String variable, String decision, String observaciones) {
    enviar(
        pi,
        tareaId,
        usuario,
        Variables.createVariables().putValue(variable, decision).putValue(CAMPO_OBSERVACIONES, observaciones));
  }

  /** The table keeps the prefilled draft, changes the title (and agency), and adds a milestone. */
  private void atenderObservaciones(ProcessInstance pi, String titulo, Long sujetoId) {
    Task tarea = task(TASK_ATENDER_OBSERVACIONES, pi);
    VariableMap campos = camposDeLaMesa(tarea, titulo, sujetoId);
    enviar(pi, TASK_ATENDER_OBSERVACIONES, USUARIO_MESA, campos);
  }

  private VariableMap camposDeLaMesa(Task tarea, String titulo, Long sujetoId) {
    Map<String, Object> prellenado = taskService.getVariablesLocal(tarea.getId());
    LocalDate inicio = LocalDate.of(ejercicio.getAnio(), 8, 1);
    List<Map<String, Object>> filas = new ArrayList<>();
    filas.add(hito("Primer hito", "Informe", inicio, inicio.plusMonths(4)));
    filas.add(hito("Segundo hito", "Portal", inicio.plusMonths(4), inicio.plusMonths(10)));
    filas.add(hito("Tercer hito", "Evaluación", inicio.plusMonths(10), inicio.plusMonths(12)));
    return Variables.createVariables()
        .putValue(CAMPO_TITULO, titulo)
        .putValue(CAMPO_PROBLEMA, prellenado.get(CAMPO_PROBLEMA))
        .putValue(CAMPO_STATUS_QUO, "Sin datos abiertos")
        .putValue(CAMPO_DESCRIPCION, prellenado.get(CAMPO_DESCRIPCION))
        .putValue(CAMPO_COMO_RESUELVE, "Publica la información")
        .putValue(CAMPO_VALORES, FormularioTarea.json(List.of("TRANSPARENCIA", "PARTICIPACION_CIUDADANA")))
        .putValue(
            CAMPO_SUJETO_RESPONSABLE_ID,
            sujetoId != null ? String.valueOf(sujetoId) : prellenado.get(CAMPO_SUJETO_RESPONSABLE_ID))
        .putValue(CAMPO_OTROS_ACTORES, null)
        .putValue(CAMPO_CONTACTO, "enlace@example.org")
        .putValue(CAMPO_FECHA_INICIO, prellenado.get(CAMPO_FECHA_INICIO))
        .putValue(CAMPO_FECHA_FIN, prellenado.get(CAMPO_FECHA_FIN))
        .putValue(CAMPO_HITOS, FormularioTarea.json(filas));
  }

  private static Map<String, Object> hito(String descripcion, String producto, LocalDate inicio, LocalDate fin) {
    Map<String, Object> fila = new LinkedHashMap<>();
    fila.put(HITO_DESCRIPCION, descripcion);
    fila.put(HITO_PRODUCTO, producto);
    fila.put(HITO_FECHA_INICIO, inicio.toString());
    fila.put(HITO_FECHA_FIN, fin.toString());
    return fila;
  }

  private void aprobarHastaElFinal(ProcessInstance pi) {
    revisarStl(pi, APROBAR, true, true, null);
    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, VAR_DECISION_ENLACE, ACEPTAR, null);
    decidir(pi, TASK_APROBAR_PLENO, USUARIO_PLENO, VAR_DECISION_PLENO, APROBAR, null);
    ejecutarTrabajo(pi, TASK_REGISTRAR_APROBACION);
  }

  private List<Job> trabajos(ProcessInstance pi, String actividad) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(actividad).list();
  }

  private Job trabajo(ProcessInstance pi, String actividad) {
    List<Job> encontrados = trabajos(pi, actividad);
    Assertions.assertThat(encontrados).as("job of %s", actividad).hasSize(1);
    return encontrados.get(0);
  }

  private void ejecutarTrabajo(ProcessInstance pi, String actividad) {
    managementService.executeJob(trabajo(pi, actividad).getId());
  }

  private Compromiso recargar() {
    return compromisos.findById(compromiso.getId()).orElseThrow();
  }

  private void assertEstado(EstadoCompromiso estado, int ronda) {
    Compromiso actual = recargar();
    Assertions.assertThat(actual.getEstado()).isEqualTo(estado);
    Assertions.assertThat(actual.getRonda()).isEqualTo(ronda);
  }

  private List<RegistroDecision> historial() {
    return auditoria.historial(compromiso.getFolio());
  }

  private List<String> decisiones() {
    return historial().stream().map(RegistroDecision::getDecision).toList();
  }
}
