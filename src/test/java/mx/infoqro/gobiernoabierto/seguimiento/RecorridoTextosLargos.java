package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.Escenarios.CompromisoAprobado;
import mx.infoqro.gobiernoabierto.TextoLargo;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.EvaluacionRepository;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commitment whose milestones and progress reports carry texts as long as their forms allow
 * (accents and characters outside the Basic Multilingual Plane included) followed through the end
 * of its plan: reported, returned with long observations, corrected, verified, published, the plan
 * period ends ({@code Timer_FinPlan}, executed explicitly) and it is evaluated. No step fails, no
 * incident is left, every text is stored whole, and none of them lives in a process variable: the
 * forms show them through their prefill (issue 10, item 2). Run on each database by
 * infraestructura/RepositoriosComunes.
 */
@Component
public class RecorridoTextosLargos {

  private static final String ENLACE = "enlace.textos.largos";
  private static final String ANALISTA = "analista.textos.largos";
  /** What the process keeps: ids, the report cycle, the plan's end, the agency's group, the decision. */
  private static final Set<String> VARIABLES_DEL_PROCESO =
      Set.of(
          VAR_EJERCICIO_ID, VAR_COMPROMISO_ID, VAR_CICLO_REPORTE, VAR_FECHA_FIN_PLAN, VAR_GRUPO_RESPONSABLE,
          VAR_REPORTE_ID, VAR_DECISION_VERIFICACION);

  private final ProcessEngine engine;
  private final Motor motor;
  private final Escenarios escenarios;
  private final Formularios formularios;
  private final CompromisoRepository compromisos;
  private final ReporteAvanceRepository reportes;
  private final EvaluacionRepository evaluaciones;
  private final Auditoria auditoria;
  private final TransactionTemplate tx;

  RecorridoTextosLargos(
      ProcessEngine engine,
      Escenarios escenarios,
      Formularios formularios,
      CompromisoRepository compromisos,
      ReporteAvanceRepository reportes,
      EvaluacionRepository evaluaciones,
      Auditoria auditoria,
      TransactionTemplate tx) {
    this.engine = engine;
    this.motor = new Motor(engine);
    this.escenarios = escenarios;
    this.formularios = formularios;
    this.compromisos = compromisos;
    this.reportes = reportes;
    this.evaluaciones = evaluaciones;
    this.auditoria = auditoria;
    this.tx = tx;
  }

  private static String texto(int n, String semilla) {
    return TextoLargo.de(n, semilla);
  }

  /** An http address of exactly {@code n} characters. */
  private static String url(int n, String semilla) {
    String base = "https://evidencias.example.org/" + semilla + "/";
    return base + "a".repeat(n - base.length());
  }

  /** Walks the commitment to the end of its plan; fails (AssertionError) at the first broken expectation. */
  public void recorrer() {
    try {
      CompromisoAprobado caso = escenarios.compromisoAprobado();
      List<Long> hitos = hitosLargos(caso);
      ProcessInstance pi = escenarios.seguimiento(caso);
      motor.dispararTimer(pi.getId(), TIMER_CICLO_REPORTE);

      // The report, every text at its form's limit; one character more is refused with the field's message
      Task reportar = tarea(pi, TASK_REPORTAR_AVANCE);
      Long reporteId = (Long) engine.getTaskService().getVariable(reportar.getId(), VAR_REPORTE_ID);
      FormularioReportarAvance largo = reporte(hitos.size(), "primero");
      FormularioReportarAvance demasiado =
          new FormularioReportarAvance(null, null, null, largo.avances(), largo.narrativa() + "x", largo.evidencias());
      assertThatThrownBy(() -> enviar(reportar, ENLACE, caso.sujeto().grupo(), demasiado))
          .hasRootCauseInstanceOf(ValidacionException.class)
          .rootCause()
          .hasMessage("«Narrativa del avance» admite hasta 8000 caracteres; el texto enviado tiene 8001.");
      assertThat(reporte(reporteId).getEstado()).isEqualTo(EstadoReporte.PENDIENTE);
      enviar(reportar, ENLACE, caso.sujeto().grupo(), largo);

      // Returned with observations at their limit; the corrected form shows everything as sent
      Task verificar = tarea(pi, TASK_VERIFICAR_REPORTE);
      FormularioVerificarReporte aVerificar = mostrado(verificar, FormularioVerificarReporte.class);
      assertThat(aVerificar.narrativa()).isEqualTo(largo.narrativa());
      assertThat(aVerificar.resumenAvances()).hasSizeGreaterThan(4000).contains(largo.avances().get(0).comentario());
      assertThat(aVerificar.resumenEvidencias()).hasSizeGreaterThan(4000);
      String observaciones = texto(4000, "devolución");
      enviar(verificar, ANALISTA, Grupos.COMISION,
          new FormularioVerificarReporte(null, null, null, null, null, null, DEVOLVER, observaciones));
      Task corregir = tarea(pi, TASK_REPORTAR_AVANCE);
      FormularioReportarAvance devuelto = mostrado(corregir, FormularioReportarAvance.class);
      assertThat(devuelto.observacionesDevolucion()).isEqualTo(observaciones);
      assertThat(devuelto.narrativa()).isEqualTo(largo.narrativa());
      assertThat(devuelto.avances()).extracting(Avance::comentario)
          .containsExactlyElementsOf(largo.avances().stream().map(Avance::comentario).toList());
      assertThat(devuelto.evidencias()).containsExactlyElementsOf(largo.evidencias());
      FormularioReportarAvance corregido = reporte(hitos.size(), "corregido");
      enviar(corregir, ENLACE, caso.sujeto().grupo(), corregido);
      enviar(tarea(pi, TASK_VERIFICAR_REPORTE), ANALISTA, Grupos.COMISION,
          new FormularioVerificarReporte(null, null, null, null, null, null, VERIFICAR, texto(4000, "verificación")));
      ejecutar(pi, TASK_PUBLICAR_REPORTE);
      ReporteAvance publicado = reporte(reporteId);
      assertThat(publicado.getEstado()).isEqualTo(EstadoReporte.PUBLICADO);
      assertThat(publicado.getNarrativa()).isEqualTo(corregido.narrativa());
      assertThat(publicado.getAvances()).extracting(AvanceHito::getComentario)
          .containsExactlyInAnyOrderElementsOf(corregido.avances().stream().map(Avance::comentario).toList());
      assertThat(publicado.getEvidencias()).extracting(Evidencia::getUrl)
          .containsExactlyInAnyOrderElementsOf(corregido.evidencias().stream().map(EvidenciaEnlace::url).toList());

      // The plan ends: its timer opens the evaluation, whose summary of the milestones is long
      motor.dispararTimer(pi.getId(), TIMER_FIN_PLAN);
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
      Task evaluar = tarea(pi, TASK_EVALUAR_COMPROMISO);
      FormularioEvaluarCompromiso aEvaluar = mostrado(evaluar, FormularioEvaluarCompromiso.class);
      assertThat(aEvaluar.resumenSeguimiento()).hasSizeGreaterThan(4000).contains(descripcion(hitos.size() - 1));
      String comentario = texto(4000, "evaluación");
      String evidencia = texto(2000, "evidencia");
      enviar(evaluar, ANALISTA, Grupos.COMISION,
          new FormularioEvaluarCompromiso(
              null, null, null, null, Evaluacion.Potencial.SUSTANCIAL, Evaluacion.Cumplimiento.SUSTANCIAL,
              Evaluacion.AperturaGobierno.SIGNIFICATIVO, comentario, evidencia));

      // The end: nothing failed, every text is whole where it belongs, none in a process variable
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
      assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
      assertThat(compromisos.findById(caso.compromisoId()).orElseThrow().getEstado()).isEqualTo(EstadoCompromiso.EVALUADO);
      Evaluacion evaluacion = evaluaciones.findByCompromisoId(caso.compromisoId()).orElseThrow();
      assertThat(evaluacion.getComentario()).isEqualTo(comentario);
      assertThat(evaluacion.getEvidencia()).isEqualTo(evidencia);
      assertThat(auditoria.historial(caso.folio()))
          .filteredOn(r -> EstadoReporte.DEVUELTO.name().equals(r.getDecision()) || EstadoCompromiso.EVALUADO.name().equals(r.getDecision()))
          .extracting(RegistroDecision::getMotivo)
          .hasSize(2)
          .anySatisfy(m -> assertThat(m).isEqualTo(observaciones))
          .anySatisfy(m -> assertThat(m).endsWith(comentario).hasSizeGreaterThan(4000));
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
          .filteredOn(v -> v.getTaskId() == null)
          .extracting(HistoricVariableInstance::getName)
          .allMatch(VARIABLES_DEL_PROCESO::contains);
    } finally {
      motor.relojReal();
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Five milestones with descriptions and products at their limit, within the plan. */
  private List<Long> hitosLargos(CompromisoAprobado caso) {
    return tx.execute(
        s -> {
          Compromiso c = compromisos.findById(caso.compromisoId()).orElseThrow();
          c.getHitos().clear();
          compromisos.flush();
          for (int i = 0; i < 5; i++) {
            LocalDate fin = caso.inicioPlan().plusMonths(2L * (i + 1));
            c.agregarHito(new Hito(descripcion(i), texto(1000, "producto " + i), caso.inicioPlan(), fin));
          }
          return compromisos.saveAndFlush(c).getHitos().stream().map(Hito::getId).toList();
        });
  }

  private static String descripcion(int i) {
    return texto(1000, "hito " + i);
  }

  /** A report with every text at its form's limit: narrative, each milestone's comment, three links. */
  private static FormularioReportarAvance reporte(int hitos, String version) {
    List<Avance> avances =
        IntStream.range(0, hitos)
            .mapToObj(i -> new Avance(null, null, Hito.EstadoHito.EN_PROCESO, 10 * (i + 1), texto(2000, version + " comentario " + i)))
            .toList();
    List<EvidenciaEnlace> evidencias = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      evidencias.add(new EvidenciaEnlace(texto(1000, version + " evidencia " + i), url(1000, version + i)));
    }
    return FormularioReportarAvance.reporte(avances, texto(8000, version + " narrativa"), evidencias);
  }

  /** Submits the task's form as its user (with the user's group, as Tasklist authenticates). */
  private void enviar(Task tarea, String usuario, String grupo, Record formulario) {
    motor.completarAutenticado(tarea, usuario, List.of(grupo), Formularios.variables(formulario));
  }

  private <F extends Record> F mostrado(Task tarea, Class<F> tipo) {
    return formularios.mostrado(engine.getFormService().getTaskFormVariables(tarea.getId()), tipo);
  }

  private Task tarea(ProcessInstance pi, String actividad) {
    List<Task> tareas =
        engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(actividad).list();
    assertThat(tareas).as("open tasks %s", actividad).hasSize(1);
    return tareas.get(0);
  }

  private void ejecutar(ProcessInstance pi, String actividad) {
    motor.ejecutar(pi.getId(), actividad);
  }

  private ReporteAvance reporte(Long id) {
    return tx.execute(
        s -> {
          ReporteAvance r = reportes.findById(id).orElseThrow();
          r.getAvances().size();
          r.getEvidencias().size();
          return r;
        });
  }
}
