package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.EvaluacionRepository;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.Escenarios.CompromisoAprobado;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One test per path of {@code seguimiento-compromiso}. Forms are submitted as Tasklist does, through
 * {@code motor} (FormService.submitTaskForm: prefilled task-local fields receive the submitted
 * values); timers and async steps are executed explicitly with the engine clock moved to their due date.
 */
class SeguimientoCompromisoProcessTest extends PruebaIntegracion {

  private static final String ENLACE = "enlace.dependencia";
  private static final String ANALISTA = "analista.comision";

  @Autowired ReporteAvanceRepository reportes;
  @Autowired CompromisoRepository compromisos;
  @Autowired EvaluacionRepository evaluaciones;
  @Autowired NotificacionRepository notificaciones;
  @Autowired Auditoria auditoria;
  @Autowired Plazos plazos;
  @Autowired TransactionTemplate tx;
  @Autowired Formularios formularios;

  private FormService formService;
  private CompromisoAprobado caso;

  @BeforeEach
  void prepararCaso() {
    formService = processEngine.getFormService();
    caso = escenarios.compromisoAprobado();
  }

  // ------------------------------------------------------------------ paths

  @Test
  void aReportIsSentVerifiedAndPublishedAndTheCommitmentIsEvaluatedAtThePlanEnd() {
    ProcessInstance pi = iniciar();

    assertThat(pi).isWaitingAt(TIMER_FIN_PLAN);
    assertThat(compromiso().getEstado()).isEqualTo(EstadoCompromiso.EN_IMPLEMENTACION);
    int anio = caso.inicioPlan().getYear();
    assertThat(runtimeService.getVariable(pi.getId(), VAR_CICLO_REPORTE))
        .isEqualTo("R4/" + anio + "-03-31T09:00:00-06:00/P3M");
    assertThat(runtimeService.getVariable(pi.getId(), VAR_FECHA_FIN_PLAN))
        .isEqualTo(plazos.finDelDia(caso.finPlan()));
    assertThat(runtimeService.getVariable(pi.getId(), VAR_GRUPO_RESPONSABLE)).isEqualTo(caso.sujeto().grupo());
    Job ciclo = jobCiclo(pi);
    assertThat(ciclo.getDuedate()).isEqualTo(a0900(anio, 3, 31));

    dispararCiclo(pi);

    Job siguiente = jobCiclo(pi);
    assertThat(siguiente.getId()).isNotEqualTo(ciclo.getId());
    assertThat(siguiente.getDuedate()).isEqualTo(a0900(anio, 6, 30));
    Task reportar = unaTarea(pi, TASK_REPORTAR_AVANCE);
    assertThat(candidatos(reportar)).containsExactly(caso.sujeto().grupo());
    assertThat(reportar.getDueDate()).isEqualTo(plazos.reporte());
    ReporteAvance abierto = reporteDe(reportar);
    assertThat(abierto.getPeriodo()).isEqualTo(1);
    assertThat(abierto.getFechaCorte()).isEqualTo(LocalDate.of(anio, 3, 31));
    assertThat(abierto.getEstado()).isEqualTo(EstadoReporte.PENDIENTE);
    assertThat(mostrado(reportar, FormularioReportarAvance.class).avances())
        .extracting(FormularioReportarAvance.Avance::hito, FormularioReportarAvance.Avance::estado)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Primer hito (vence el " + fecha(hitos().get(0).getFechaFin()) + ")", Hito.EstadoHito.NO_INICIADO),
            org.assertj.core.groups.Tuple.tuple("Segundo hito (vence el " + fecha(hitos().get(1).getFechaFin()) + ")", Hito.EstadoHito.NO_INICIADO));

    reportar(reportar, avance("EN_PROCESO", 60, "COMPLETADO", 100), "Se publicó el informe.", evidencia("Informe", "https://example.org/informe.pdf"));

    ReporteAvance enviado = reporte(abierto.getId());
    assertThat(enviado.getEstado()).isEqualTo(EstadoReporte.ENVIADO);
    assertThat(enviado.getReportadoPor()).isEqualTo(ENLACE);
    assertThat(enviado.getNarrativa()).isEqualTo("Se publicó el informe.");
    assertThat(enviado.getAvances()).extracting(AvanceHito::getPorcentaje).containsExactlyInAnyOrder(60, 100);
    assertThat(enviado.getEvidencias()).extracting(Evidencia::getUrl).containsExactly("https://example.org/informe.pdf");
    Task verificar = unaTarea(pi, TASK_VERIFICAR_REPORTE);
    assertThat(candidatos(verificar)).containsExactly("comision");
    FormularioVerificarReporte aVerificar = mostrado(verificar, FormularioVerificarReporte.class);
    assertThat(aVerificar.resumenEvidencias()).isEqualTo("• Informe: https://example.org/informe.pdf");
    assertThat(aVerificar.narrativa()).isEqualTo("Se publicó el informe.");
    assertThat(aVerificar.resumenAvances()).contains("• Primer hito: En proceso, 60 %", "• Segundo hito: Completado, 100 %. Sin comentario");

    verificar(verificar, VERIFICAR, null);

    assertThat(reporte(abierto.getId()).getEstado()).isEqualTo(EstadoReporte.VERIFICADO);
    assertThat(reporte(abierto.getId()).getVerificadoPor()).isEqualTo(ANALISTA);
    ejecutarAsync(pi, TASK_PUBLICAR_REPORTE);
    assertThat(reporte(abierto.getId()).getEstado()).isEqualTo(EstadoReporte.PUBLICADO);
    assertThat(reporte(abierto.getId()).getPublicado()).isNotNull();
    assertThat(hitos())
        .extracting(Hito::getEstado, Hito::getPorcentaje)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Hito.EstadoHito.EN_PROCESO, 60),
            org.assertj.core.groups.Tuple.tuple(Hito.EstadoHito.COMPLETADO, 100));

    dispararFinPlan(pi);

    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_CICLO_REPORTE).count())
        .as("the report cycle ends with the plan period")
        .isZero();
    Task evaluar = unaTarea(pi, TASK_EVALUAR_COMPROMISO);
    assertThat(candidatos(evaluar)).containsExactly("comision");
    assertThat(evaluar.getDueDate()).isEqualTo(plazos.enDiasHabiles(20));
    assertThat(mostrado(evaluar, FormularioEvaluarCompromiso.class).resumenSeguimiento()).contains("Periodo 1", "publicado");

    motor.completarAutenticado( // as Tasklist: the user with its groups
        evaluar, ANALISTA, List.of(Grupos.COMISION),
        evaluacion(
            Evaluacion.Potencial.SUSTANCIAL, Evaluacion.Cumplimiento.SUSTANCIAL, Evaluacion.AperturaGobierno.SIGNIFICATIVO,
            "El portal abrió los datos de compras.", "https://example.org/evaluacion"));

    Evaluacion evaluacion = evaluaciones.findByCompromisoId(caso.compromisoId()).orElseThrow();
    assertThat(evaluacion.getPotencial()).isEqualTo(Evaluacion.Potencial.SUSTANCIAL);
    assertThat(evaluacion.getCumplimiento()).isEqualTo(Evaluacion.Cumplimiento.SUSTANCIAL);
    assertThat(evaluacion.getAbrioGobierno()).isEqualTo(Evaluacion.AperturaGobierno.SIGNIFICATIVO);
    assertThat(evaluacion.getComentario()).isEqualTo("El portal abrió los datos de compras.");
    assertThat(evaluacion.getEvidencia()).isEqualTo("https://example.org/evaluacion");
    assertThat(evaluacion.getEvaluadoPor()).isEqualTo(ANALISTA);
    assertThat(compromiso().getEstado()).isEqualTo(EstadoCompromiso.EVALUADO);
    assertThat(pi).isEnded();
    assertThat(pi)
        .hasPassedInOrder(
            TASK_INICIAR_SEGUIMIENTO,
            TIMER_CICLO_REPORTE,
            TASK_ABRIR_REPORTE,
            TASK_REPORTAR_AVANCE,
            TASK_VERIFICAR_REPORTE,
            TASK_PUBLICAR_REPORTE,
            EVENT_REPORTE_PUBLICADO,
            TIMER_FIN_PLAN,
            TASK_EVALUAR_COMPROMISO,
            EVENT_COMPROMISO_EVALUADO);
    assertThat(pi).hasNotPassed(TASK_RECORDAR_REPORTE, TASK_ESCALAR_REPORTE);
    assertThat(decisiones())
        .containsExactly("EN_IMPLEMENTACION", "ENVIADO", "VERIFICADO", "PUBLICADO", "EVALUADO");
    assertThat(historial()).filteredOn(r -> r.getDecision().equals("EVALUADO")).singleElement()
        .satisfies(r -> {
          assertThat(r.getUsuario()).isEqualTo(ANALISTA);
          assertThat(r.getMotivo()).contains("Sustancial", "Significativo", "El portal abrió los datos de compras.");
        });
  }

  @Test
  void aReturnedReportGoesBackToTheAgencyAndIsCorrected() {
    ProcessInstance pi = iniciar();
    dispararCiclo(pi);
    Task reportar = unaTarea(pi, TASK_REPORTAR_AVANCE);
    Long reporteId = reporteDe(reportar).getId();
    reportar(reportar, avance("EN_PROCESO", 30, "NO_INICIADO", 0), "Primer avance.", evidencia("Foto", "https://example.org/foto.jpg"));
    Task verificar = unaTarea(pi, TASK_VERIFICAR_REPORTE);

    assertThatThrownBy(() -> verificar(verificar, DEVOLVER, " "))
        .rootCause()
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("observaciones");
    assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.ENVIADO);
    assertThat(pi).isWaitingAt(TASK_VERIFICAR_REPORTE);

    verificar(verificar, DEVOLVER, "La foto no acredita el avance; adjunte el acta.");

    assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.DEVUELTO);
    assertThat(reporte(reporteId).getObservaciones()).isEqualTo("La foto no acredita el avance; adjunte el acta.");
    Task corregir = unaTarea(pi, TASK_REPORTAR_AVANCE);
    FormularioReportarAvance devuelto = mostrado(corregir, FormularioReportarAvance.class);
    assertThat(devuelto.observacionesDevolucion()).isEqualTo("La foto no acredita el avance; adjunte el acta.");
    assertThat(devuelto.narrativa()).isEqualTo("Primer avance.");
    assertThat(devuelto.avances())
        .extracting(FormularioReportarAvance.Avance::estado, FormularioReportarAvance.Avance::porcentaje)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Hito.EstadoHito.EN_PROCESO, 30),
            org.assertj.core.groups.Tuple.tuple(Hito.EstadoHito.NO_INICIADO, 0));
    assertThat(devuelto.evidencias()).containsExactly(new EvidenciaEnlace("Foto", "https://example.org/foto.jpg"));
    assertThat(runtimeService.getVariable(pi.getId(), VAR_DECISION_VERIFICACION))
        .as("the decision stays in the report's own scope")
        .isNull();

    reportar(corregir, avance("EN_PROCESO", 40, "NO_INICIADO", 0), "Avance corregido.", evidencia("Acta", "https://example.org/acta.pdf"));

    ReporteAvance corregido = reporte(reporteId);
    assertThat(corregido.getEstado()).isEqualTo(EstadoReporte.ENVIADO);
    assertThat(corregido.getNarrativa()).isEqualTo("Avance corregido.");
    assertThat(corregido.getAvances()).hasSize(2).extracting(AvanceHito::getPorcentaje).containsExactlyInAnyOrder(40, 0);
    assertThat(corregido.getEvidencias()).extracting(Evidencia::getUrl).containsExactly("https://example.org/acta.pdf");
    Task verificarDeNuevo = unaTarea(pi, TASK_VERIFICAR_REPORTE);
    assertThat(taskService.getVariable(verificarDeNuevo.getId(), VAR_DECISION_VERIFICACION))
        .as("the second verification starts without the first decision")
        .isNull();

    verificar(verificarDeNuevo, VERIFICAR, null);
    ejecutarAsync(pi, TASK_PUBLICAR_REPORTE);

    assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.PUBLICADO);
    assertThat(hitos()).extracting(Hito::getPorcentaje).containsExactly(40, 0);
    assertThat(pi).hasPassed(EVENT_REPORTE_PUBLICADO);
    assertThat(pi).isWaitingAt(TIMER_FIN_PLAN);
    assertThat(decisiones())
        .containsExactly("EN_IMPLEMENTACION", "ENVIADO", "DEVUELTO", "ENVIADO", "VERIFICADO", "PUBLICADO");
    assertThat(historial()).filteredOn(r -> r.getDecision().equals("DEVUELTO")).singleElement()
        .satisfies(r -> {
          assertThat(r.getUsuario()).isEqualTo(ANALISTA);
          assertThat(r.getMotivo()).isEqualTo("La foto no acredita el avance; adjunte el acta.");
        });
  }

  @Test
  void aPendingReportRemindsTheAgencyAndStaysOpen() {
    ProcessInstance pi = iniciar();
    dispararCiclo(pi);
    Task reportar = unaTarea(pi, TASK_REPORTAR_AVANCE);
    Long reporteId = reporteDe(reportar).getId();
    Job recordatorio = job(pi, TIMER_RECORDATORIO_REPORTE);
    assertThat(recordatorio.getDuedate()).isEqualTo(plazos.recordatorioReporte());

    motor.dispararTimer(pi.getId(), TIMER_RECORDATORIO_REPORTE);
    assertThat(notificaciones.findByFolioAndTipo(caso.folio(), NOTIFICACION_RECORDATORIO_REPORTE))
        .as("the reminder is sent by its own async step")
        .isEmpty();
    ejecutarAsync(pi, TASK_RECORDAR_REPORTE);

    List<Notificacion> enviadas = notificaciones.findByFolioAndTipo(caso.folio(), NOTIFICACION_RECORDATORIO_REPORTE);
    assertThat(enviadas).singleElement().satisfies(n -> {
      assertThat(n.getDestinatarioGrupo()).isEqualTo(caso.sujeto().grupo());
      assertThat(n.getAsunto()).contains(caso.folio());
      assertThat(n.getCuerpo()).contains("periodo 1", "31/03/" + caso.inicioPlan().getYear());
    });
    assertThat(pi).hasPassed(TASK_RECORDAR_REPORTE, EVENT_RECORDATORIO_ENVIADO);
    assertThat(pi).hasNotPassed(TASK_ESCALAR_REPORTE);
    assertThat(unaTarea(pi, TASK_REPORTAR_AVANCE).getId()).isEqualTo(reportar.getId());
    assertThat(job(pi, TIMER_ESCALAMIENTO_REPORTE)).isNotNull();
    assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.PENDIENTE);
    assertThat(decisiones()).containsExactly("EN_IMPLEMENTACION");
  }

  @Test
  void aLateReportIsEscalatedToThePlenoAndLogged() {
    ProcessInstance pi = iniciar();
    dispararCiclo(pi);
    Task reportar = unaTarea(pi, TASK_REPORTAR_AVANCE);
    Long reporteId = reporteDe(reportar).getId();
    Job escalamiento = job(pi, TIMER_ESCALAMIENTO_REPORTE);
    assertThat(escalamiento.getDuedate()).isEqualTo(reportar.getDueDate());

    motor.dispararTimer(pi.getId(), TIMER_ESCALAMIENTO_REPORTE);
    ejecutarAsync(pi, TASK_ESCALAR_REPORTE);

    assertThat(notificaciones.findByFolioAndTipo(caso.folio(), NOTIFICACION_ESCALAMIENTO_REPORTE))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.getDestinatarioGrupo()).isEqualTo("pleno");
          assertThat(n.getCuerpo()).contains(caso.sujeto().getNombre(), "periodo 1");
        });
    assertThat(historial()).filteredOn(r -> r.getDecision().equals("ESCALADO")).singleElement()
        .satisfies(r -> {
          assertThat(r.getEntidad()).isEqualTo("ReporteAvance");
          assertThat(r.getEntidadId()).isEqualTo(reporteId);
          assertThat(r.getUsuario()).isEqualTo(Auditoria.SISTEMA);
        });
    assertThat(pi).hasPassed(TASK_ESCALAR_REPORTE, EVENT_REPORTE_ESCALADO);
    assertThat(unaTarea(pi, TASK_REPORTAR_AVANCE).getId()).isEqualTo(reportar.getId());
    assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.PENDIENTE);
  }

  @Test
  void twoCyclesOpenTheReportsOfPeriodsOneAndTwoEachWithItsOwnVariables() {
    ProcessInstance pi = iniciar();
    int anio = caso.inicioPlan().getYear();

    dispararCiclo(pi);
    dispararCiclo(pi);

    assertThat(jobCiclo(pi).getDuedate()).as("the cycle goes on").isEqualTo(a0900(anio, 9, 30));
    List<Task> tareas = tareas(pi, TASK_REPORTAR_AVANCE);
    assertThat(tareas).hasSize(2);
    Map<Integer, Task> porPeriodo = new HashMap<>();
    for (Task tarea : tareas) {
      porPeriodo.put(reporteDe(tarea).getPeriodo(), tarea);
    }
    assertThat(porPeriodo).containsOnlyKeys(1, 2);
    assertThat(reporteDe(porPeriodo.get(1)).getFechaCorte()).isEqualTo(LocalDate.of(anio, 3, 31));
    assertThat(reporteDe(porPeriodo.get(2)).getFechaCorte()).isEqualTo(LocalDate.of(anio, 6, 30));
    assertThat(runtimeService.getVariable(pi.getId(), VAR_REPORTE_ID))
        .as("reporteId is local to each report path")
        .isNull();

    // The later report is verified first; the earlier one, published afterwards, must not roll milestones back
    // Completed through TaskService (REST /complete) rather than submit-form: the values reach the service too
    identityService.setAuthentication(ENLACE, List.of(caso.sujeto().grupo())); // as Tasklist: the user with its groups
    Map<String, Object> segundo =
        Formularios.variables(
            FormularioReportarAvance.reporte(avance("EN_PROCESO", 70, "EN_PROCESO", 20), "Segundo trimestre.", List.of()));
    motor.completarSinFormulario(porPeriodo.get(2), ENLACE, segundo);
    identityService.clearAuthentication();
    assertThat(runtimeService.getVariables(pi.getId())).as("form data never stays in the process")
        .doesNotContainKeys(segundo.keySet().toArray(String[]::new));
    verificar(unaTarea(pi, TASK_VERIFICAR_REPORTE), VERIFICAR, null);
    ejecutarAsync(pi, TASK_PUBLICAR_REPORTE);
    reportar(porPeriodo.get(1), avance("EN_PROCESO", 35, "NO_INICIADO", 0), "Primer trimestre.", List.of());
    verificar(unaTarea(pi, TASK_VERIFICAR_REPORTE), VERIFICAR, null);
    ejecutarAsync(pi, TASK_PUBLICAR_REPORTE);

    List<ReporteAvance> todos = reportes.findByCompromisoIdOrderByPeriodo(caso.compromisoId());
    assertThat(todos).extracting(ReporteAvance::getPeriodo, ReporteAvance::getEstado, ReporteAvance::getNarrativa)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, EstadoReporte.PUBLICADO, "Primer trimestre."),
            org.assertj.core.groups.Tuple.tuple(2, EstadoReporte.PUBLICADO, "Segundo trimestre."));
    assertThat(hitos()).extracting(Hito::getPorcentaje).containsExactly(70, 20);
    assertThat(pi).isWaitingAt(TIMER_FIN_PLAN);
  }

  @Test
  void theEvaluationEndsTheFollowUpEvenWithAReportNeverSent() {
    ProcessInstance pi = iniciar();
    dispararCiclo(pi);
    Long reporteId = reporteDe(unaTarea(pi, TASK_REPORTAR_AVANCE)).getId();

    dispararFinPlan(pi);

    assertThat(pi).isWaitingAt(TASK_REPORTAR_AVANCE, TASK_EVALUAR_COMPROMISO);
    assertThat(mostrado(unaTarea(pi, TASK_EVALUAR_COMPROMISO), FormularioEvaluarCompromiso.class).resumenSeguimiento())
        .contains("Periodo 1", "pendiente de entrega");

    motor.completarAutenticado( // as Tasklist: the user with its groups
        unaTarea(pi, TASK_EVALUAR_COMPROMISO), ANALISTA, List.of(Grupos.COMISION),
        evaluacion(
            Evaluacion.Potencial.MODESTO, Evaluacion.Cumplimiento.SIN_EVIDENCIA, Evaluacion.AperturaGobierno.NO_CAMBIO,
            "La dependencia no entregó evidencia.", null));

    assertThat(pi).isEnded();
    assertThat(pi).hasNotPassed(TASK_VERIFICAR_REPORTE);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.PENDIENTE);
    assertThat(compromiso().getEstado()).isEqualTo(EstadoCompromiso.EVALUADO);
    assertThat(evaluaciones.findByCompromisoId(caso.compromisoId()).orElseThrow().getCumplimiento())
        .isEqualTo(Evaluacion.Cumplimiento.SIN_EVIDENCIA);
    assertThat(decisiones()).containsExactly("EN_IMPLEMENTACION", "EVALUADO");
  }

  @Test
  void anIncompleteEvaluationLeavesTheTaskOpenAndChangesNothing() {
    ProcessInstance pi = iniciar();
    dispararFinPlan(pi);
    Task evaluar = unaTarea(pi, TASK_EVALUAR_COMPROMISO);

    assertThatThrownBy(
            () ->
                motor.completarAutenticado( // as Tasklist: the user with its groups
                    evaluar, ANALISTA, List.of(Grupos.COMISION),
                    evaluacion(
                        Evaluacion.Potencial.MODESTO, Evaluacion.Cumplimiento.LIMITADO, Evaluacion.AperturaGobierno.MARGINAL,
                        " ", null)))
        .rootCause()
        .isInstanceOf(ValidacionException.class)
        .hasMessage("El campo «Comentario de la evaluación» es obligatorio.");

    assertThat(pi).isWaitingAt(TASK_EVALUAR_COMPROMISO);
    assertThat(compromiso().getEstado()).isEqualTo(EstadoCompromiso.EN_IMPLEMENTACION);
    assertThat(evaluaciones.findByCompromisoId(caso.compromisoId())).isEmpty();
    assertThat(decisiones()).containsExactly("EN_IMPLEMENTACION");
  }

  @Test
  void aBadEvidenceAddressLeavesTheTaskOpenAndChangesNothing() {
    ProcessInstance pi = iniciar();
    dispararCiclo(pi);
    Task reportar = unaTarea(pi, TASK_REPORTAR_AVANCE);
    Long reporteId = reporteDe(reportar).getId();

    assertThatThrownBy(
            () -> reportar(reportar, avance("EN_PROCESO", 50, "NO_INICIADO", 0), "Avance.", evidencia("Acta", "www.example.org/acta.pdf")))
        .rootCause()
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("http://");

    sinCambios(pi, reportar, reporteId);
  }

  @Test
  void aPercentageOutOfRangeLeavesTheTaskOpenAndChangesNothing() {
    ProcessInstance pi = iniciar();
    dispararCiclo(pi);
    Task reportar = unaTarea(pi, TASK_REPORTAR_AVANCE);
    Long reporteId = reporteDe(reportar).getId();

    assertThatThrownBy(
            () -> reportar(reportar, avance("EN_PROCESO", 150, "NO_INICIADO", 0), "Avance.", evidencia("Acta", "https://example.org/acta.pdf")))
        .rootCause()
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("entre 0 y 100");

    sinCambios(pi, reportar, reporteId);
  }

  // ------------------------------------------------------------------ helpers

  private void sinCambios(ProcessInstance pi, Task reportar, Long reporteId) {
    assertThat(unaTarea(pi, TASK_REPORTAR_AVANCE).getId()).isEqualTo(reportar.getId());
    ReporteAvance reporte = reporte(reporteId);
    assertThat(reporte.getEstado()).isEqualTo(EstadoReporte.PENDIENTE);
    assertThat(reporte.getNarrativa()).isNull();
    assertThat(reporte.getAvances()).isEmpty();
    assertThat(reporte.getEvidencias()).isEmpty();
    assertThat(mostrado(reportar, FormularioReportarAvance.class).narrativa()).isNull();
    assertThat(pi).hasNotPassed(TASK_VERIFICAR_REPORTE);
    assertThat(decisiones()).containsExactly("EN_IMPLEMENTACION");
  }

  private ProcessInstance iniciar() {
    return escenarios.seguimiento(caso);
  }

  private Job job(ProcessInstance pi, String actividad) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(actividad).singleResult();
  }

  private Job jobCiclo(ProcessInstance pi) {
    return job(pi, TIMER_CICLO_REPORTE);
  }

  /** Fires the report cycle at its due date; the timer reschedules itself for the next period. */
  private void dispararCiclo(ProcessInstance pi) {
    motor.dispararTimer(pi.getId(), TIMER_CICLO_REPORTE);
  }

  private void dispararFinPlan(ProcessInstance pi) {
    Job fin = job(pi, TIMER_FIN_PLAN);
    assertThat(fin.getDuedate()).isEqualTo(plazos.finDelDia(caso.finPlan()));
    motor.dispararTimer(pi.getId(), TIMER_FIN_PLAN);
  }

  private void ejecutarAsync(ProcessInstance pi, String actividad) {
    motor.ejecutar(pi.getId(), actividad);
  }

  private List<Task> tareas(ProcessInstance pi, String actividad) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(actividad).list();
  }

  private Task unaTarea(ProcessInstance pi, String actividad) {
    List<Task> lista = tareas(pi, actividad);
    assertThat(lista).as("open tasks " + actividad).hasSize(1);
    return lista.get(0);
  }

  private List<String> candidatos(Task tarea) {
    return taskService.getIdentityLinksForTask(tarea.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()))
        .map(l -> l.getGroupId())
        .toList();
  }

  private ReporteAvance reporteDe(Task tarea) {
    Object id = taskService.getVariable(tarea.getId(), VAR_REPORTE_ID);
    assertThat(id).as("reporteId visible from the task").isNotNull();
    return reporte(((Number) id).longValue());
  }

  private void reportar(Task tarea, List<FormularioReportarAvance.Avance> avances, String narrativa, List<EvidenciaEnlace> evidencias) {
    motor.completarAutenticado( // as Tasklist: the user with its groups
        tarea, ENLACE, List.of(caso.sujeto().grupo()),
        Formularios.variables(FormularioReportarAvance.reporte(avances, narrativa, evidencias)));
  }

  private void verificar(Task tarea, String decision, String observaciones) {
    motor.completarAutenticado( // as Tasklist: the user with its groups
        tarea, ANALISTA, List.of(Grupos.COMISION),
        Formularios.variables(FormularioVerificarReporte.decision(decision, observaciones)));
  }

  private static Map<String, Object> evaluacion(
      Evaluacion.Potencial potencial,
      Evaluacion.Cumplimiento cumplimiento,
      Evaluacion.AperturaGobierno abrioGobierno,
      String comentario,
      String evidencia) {
    return Formularios.variables(
        FormularioEvaluarCompromiso.evaluacion(potencial, cumplimiento, abrioGobierno, comentario, evidencia));
  }

  /** The task's form as Tasklist shows it. */
  private <F extends Record> F mostrado(Task tarea, Class<F> tipo) {
    return formularios.mostrado(formService.getTaskFormVariables(tarea.getId()), tipo);
  }

  /** The milestone rows as form-js submits them (no hidden id: rows follow the milestones' order). */
  private static List<FormularioReportarAvance.Avance> avance(String estado1, int porcentaje1, String estado2, int porcentaje2) {
    return List.of(
        new FormularioReportarAvance.Avance(null, "Primer hito", Hito.EstadoHito.valueOf(estado1), porcentaje1, null),
        new FormularioReportarAvance.Avance(null, "Segundo hito", Hito.EstadoHito.valueOf(estado2), porcentaje2, "Sin comentario"));
  }

  private static List<EvidenciaEnlace> evidencia(String descripcion, String url) {
    return List.of(new EvidenciaEnlace(descripcion, url));
  }

  private static String fecha(LocalDate dia) {
    return String.format("%02d/%02d/%d", dia.getDayOfMonth(), dia.getMonthValue(), dia.getYear());
  }

  private static Date a0900(int anio, int mes, int dia) {
    return Date.from(OffsetDateTime.of(anio, mes, dia, 9, 0, 0, 0, ZoneOffset.ofHours(-6)).toInstant());
  }

  private <T> T enTx(Supplier<T> consulta) {
    return tx.execute(s -> consulta.get());
  }

  private ReporteAvance reporte(Long id) {
    return enTx(
        () -> {
          ReporteAvance r = reportes.findById(id).orElseThrow();
          r.getAvances().size();
          r.getEvidencias().size();
          return r;
        });
  }

  private Compromiso compromiso() {
    return compromisos.findById(caso.compromisoId()).orElseThrow();
  }

  private List<Hito> hitos() {
    return enTx(() -> List.copyOf(compromisos.findById(caso.compromisoId()).orElseThrow().getHitos()));
  }

  private List<RegistroDecision> historial() {
    return auditoria.historial(caso.folio());
  }

  private List<String> decisiones() {
    return historial().stream().map(RegistroDecision::getDecision).toList();
  }
}
