package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Date;
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
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.Borrador;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
  @Autowired Formularios formularios;

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
    String revision = task(TASK_REVISAR_STL, pi).getId();
    FormularioRevisarCompromisoStl prellenado = mostrado(revision, FormularioRevisarCompromisoStl.class);
    Assertions.assertThat(prellenado.titulo()).isEqualTo(compromiso.getTitulo());
    Assertions.assertThat(prellenado.sujetoResponsable()).isEqualTo(sujeto.getNombre() + " (" + sujeto.getSiglas() + ")");
    Assertions.assertThat(prellenado.ronda()).isEqualTo("1 de 3");
    Assertions.assertThat(prellenado.verificable()).isFalse();
    Assertions.assertThat(prellenado.decisionStl()).isNull();
    Assertions.assertThat(taskService.getVariablesLocal(revision)).doesNotContainKey(VAR_DECISION_STL);
    Assertions.assertThat(prellenado.hitosResumen())
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

    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, ACEPTAR, "Lo cumpliremos.");

    assertThat(pi).isWaitingAt(TASK_APROBAR_PLENO);
    assertThat(task(TASK_APROBAR_PLENO, pi)).hasCandidateGroup(Grupos.PLENO);
    assertEstado(EstadoCompromiso.EN_APROBACION_PLENO, 1);

    decidir(pi, TASK_APROBAR_PLENO, USUARIO_PLENO, APROBAR, null);

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
    FormularioAtenderObservaciones prellenado =
        mostrado(task(TASK_ATENDER_OBSERVACIONES, pi).getId(), FormularioAtenderObservaciones.class);
    Assertions.assertThat(prellenado.observacionesAnteriores()).isEqualTo("Precise el resultado esperado.");
    Assertions.assertThat(prellenado.devueltoPor()).isEqualTo("Secretariado Técnico Local");
    Assertions.assertThat(prellenado.titulo()).isEqualTo(compromiso.getTitulo());
    Assertions.assertThat(prellenado.sujetoResponsableId()).isEqualTo(sujeto.getId());
    Assertions.assertThat(prellenado.hitos()).extracting(BorradorCompromisoService.BorradorHito::descripcion)
        .containsExactly("Primer hito", "Segundo hito");
    Assertions.assertThat(prellenado.sujetosOpciones()).extracting(OpcionFormulario::value).contains(String.valueOf(sujeto.getId()));
    Assertions.assertThat(prellenado.valores()).as("the scenario's draft names no value yet").isEmpty();

    atenderObservaciones(pi, "Compromiso con resultado preciso", null);

    assertThat(pi).isWaitingAt(TASK_REVISAR_STL);
    assertEstado(EstadoCompromiso.EN_REVISION_STL, 2);
    Compromiso revisado = recargar();
    Assertions.assertThat(revisado.getTitulo()).isEqualTo("Compromiso con resultado preciso");
    Assertions.assertThat(revisado.getValores()).isEqualTo("TRANSPARENCIA,PARTICIPACION_CIUDADANA");
    Assertions.assertThat(hitos.findByCompromisoIdOrderByFechaFin(compromiso.getId()))
        .extracting(Hito::getDescripcion)
        .containsExactly("Primer hito", "Segundo hito", "Tercer hito");
    FormularioRevisarCompromisoStl segunda = mostrado(task(TASK_REVISAR_STL, pi).getId(), FormularioRevisarCompromisoStl.class);
    Assertions.assertThat(segunda.ronda()).isEqualTo("2 de 3");
    Assertions.assertThat(segunda.observacionesAnteriores()).isEqualTo("Precise el resultado esperado.");
    Assertions.assertThat(segunda.titulo()).isEqualTo("Compromiso con resultado preciso");

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

    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, DEVOLVER, "No es de nuestra competencia.");

    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    assertEstado(EstadoCompromiso.DEVUELTO, 1);
    FormularioAtenderObservaciones devuelto =
        mostrado(task(TASK_ATENDER_OBSERVACIONES, pi).getId(), FormularioAtenderObservaciones.class);
    Assertions.assertThat(devuelto.devueltoPor()).isEqualTo("Dependencia responsable");
    Assertions.assertThat(devuelto.observacionesAnteriores()).isEqualTo("No es de nuestra competencia.");

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
    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, ACEPTAR, null);

    decidir(pi, TASK_APROBAR_PLENO, USUARIO_PLENO, DEVOLVER, "Ajuste las fechas al periodo del plan.");

    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    assertEstado(EstadoCompromiso.DEVUELTO, 1);
    Assertions.assertThat(mostrado(task(TASK_ATENDER_OBSERVACIONES, pi).getId(), FormularioAtenderObservaciones.class).devueltoPor())
        .isEqualTo("Pleno de la Comisión");

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
    motor.avanzarA(new Date(temporizador.getDuedate().getTime() + 1000));
    motor.ejecutar(pi.getId(), TIMER_RECORDATORIO_ACEPTACION);
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

    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, ACEPTAR, null);

    assertThat(pi).isWaitingAt(TASK_APROBAR_PLENO);
    Assertions.assertThat(trabajos(pi, TIMER_ESCALAMIENTO_ACEPTACION)).isEmpty();
  }

  @Test
  void overdueAcceptanceIsEscalatedToThePlenoAndTheCommissionAndLogged() {
    ProcessInstance pi = iniciar();
    revisarStl(pi, APROBAR, true, true, null);

    Job temporizador = trabajo(pi, TIMER_ESCALAMIENTO_ACEPTACION);
    Assertions.assertThat(temporizador.getDuedate()).isEqualTo(task(TASK_ACEPTAR, pi).getDueDate());
    motor.avanzarA(new Date(temporizador.getDuedate().getTime() + 1000));
    motor.ejecutar(pi.getId(), TIMER_ESCALAMIENTO_ACEPTACION);
    ejecutarTrabajo(pi, TASK_ESCALAR_ACEPTACION);

    assertThat(pi).hasPassed(TASK_ESCALAR_ACEPTACION, EVENT_ACEPTACION_ESCALADA).isWaitingAt(TASK_ACEPTAR);
    Assertions.assertThat(notificaciones.findByFolioAndTipo(compromiso.getFolio(), NOTIFICACION_ESCALAMIENTO))
        .extracting(Notificacion::getDestinatarioGrupo)
        .containsExactlyInAnyOrder(Grupos.PLENO, Grupos.COMISION);
    Assertions.assertThat(decisiones()).containsExactly(REVISION_INICIADA, APROBADO_STL, ESCALADO);
    Assertions.assertThat(historial().get(2).getMotivo()).contains(sujeto.getNombre());
    assertEstado(EstadoCompromiso.EN_ACEPTACION, 1);

    // the agency can still answer after the escalation
    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, ACEPTAR, null);
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
    Map<String, Object> campos = Formularios.variables(borradorDeLaMesa(tarea, "Título nuevo", null, List.of()));

    assertThatThrownBy(() -> motor.completar(tarea, USUARIO_MESA, campos))
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
    motor.completarSinFormulario(
        task(TASK_REVISAR_STL, pi),
        USUARIO_STL,
        Formularios.variables(
            FormularioRevisarCompromisoStl.revision(null, true, null, null, null, DEVOLVER, "Agregue un hito de evaluación.")));
    assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
    Assertions.assertThat(recargar().getObservaciones()).isEqualTo("Agregue un hito de evaluación.");

    Task mesa = task(TASK_ATENDER_OBSERVACIONES, pi);
    motor.completarSinFormulario(mesa, USUARIO_MESA, camposDeLaMesa(mesa, "Título corregido", null));

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

  /** The task's form as Tasklist shows it. */
  private <F extends Record> F mostrado(String tareaId, Class<F> tipo) {
    return formularios.mostrado(processEngine.getFormService().getTaskFormVariables(tareaId), tipo);
  }

  /** Claims the task and submits its form as Tasklist does. */
  private void enviar(ProcessInstance pi, String tareaId, String usuario, Map<String, Object> campos) {
    motor.completar(pi.getId(), tareaId, usuario, campos);
  }

  private void revisarStl(
      ProcessInstance pi, String decision, boolean verificable, boolean relevante, String observaciones) {
    enviar(
        pi,
        TASK_REVISAR_STL,
        USUARIO_STL,
        Formularios.variables(
            FormularioRevisarCompromisoStl.revision(true, verificable, relevante, true, true, decision, observaciones)));
  }

  /** The agency's ({@link #TASK_ACEPTAR}) or the Pleno's decision with its observations. */
  private void decidir(ProcessInstance pi, String tareaId, String usuario, String decision, String observaciones) {
    Record formulario =
        TASK_ACEPTAR.equals(tareaId)
            ? FormularioAceptarCompromiso.decision(decision, observaciones)
            : FormularioAprobarCompromisoPleno.decision(decision, observaciones);
    enviar(pi, tareaId, usuario, Formularios.variables(formulario));
  }

  /** The table keeps the prefilled draft, changes the title (and agency), and adds a milestone. */
  private void atenderObservaciones(ProcessInstance pi, String titulo, Long sujetoId) {
    Task tarea = task(TASK_ATENDER_OBSERVACIONES, pi);
    enviar(pi, TASK_ATENDER_OBSERVACIONES, USUARIO_MESA, camposDeLaMesa(tarea, titulo, sujetoId));
  }

  private Map<String, Object> camposDeLaMesa(Task tarea, String titulo, Long sujetoId) {
    LocalDate inicio = LocalDate.of(ejercicio.getAnio(), 8, 1);
    return Formularios.variables(
        borradorDeLaMesa(
            tarea,
            titulo,
            sujetoId,
            List.of(
                new BorradorHito("Primer hito", "Informe", inicio, inicio.plusMonths(4)),
                new BorradorHito("Segundo hito", "Portal", inicio.plusMonths(4), inicio.plusMonths(10)),
                new BorradorHito("Tercer hito", "Evaluación", inicio.plusMonths(10), inicio.plusMonths(12)))));
  }

  /** The prefilled draft with a new title (and agency), status quo, contribution, values, contact and milestones. */
  private FormularioAtenderObservaciones borradorDeLaMesa(Task tarea, String titulo, Long sujetoId, List<BorradorHito> hitos) {
    FormularioAtenderObservaciones p = mostrado(tarea.getId(), FormularioAtenderObservaciones.class);
    return FormularioAtenderObservaciones.correccion(new Borrador(
        titulo,
        p.problema(),
        "Sin datos abiertos",
        p.descripcion(),
        "Publica la información",
        EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.PARTICIPACION_CIUDADANA),
        sujetoId != null ? sujetoId : p.sujetoResponsableId(),
        null,
        "enlace@example.org",
        p.fechaInicio(),
        p.fechaFin(),
        hitos));
  }

  private void aprobarHastaElFinal(ProcessInstance pi) {
    revisarStl(pi, APROBAR, true, true, null);
    decidir(pi, TASK_ACEPTAR, USUARIO_ENLACE, ACEPTAR, null);
    decidir(pi, TASK_APROBAR_PLENO, USUARIO_PLENO, APROBAR, null);
    ejecutarTrabajo(pi, TASK_REGISTRAR_APROBACION);
  }

  private List<Job> trabajos(ProcessInstance pi, String actividad) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(actividad).list();
  }

  private Job trabajo(ProcessInstance pi, String actividad) {
    return motor.trabajo(pi.getId(), actividad);
  }

  private void ejecutarTrabajo(ProcessInstance pi, String actividad) {
    motor.ejecutar(pi.getId(), actividad);
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
