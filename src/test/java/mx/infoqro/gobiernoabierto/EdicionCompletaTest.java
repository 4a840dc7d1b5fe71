package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.FormularioFirmarPlanAccion;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAceptarCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAprobarCompromisoPleno;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.compromiso.EvaluacionRepository;
import mx.infoqro.gobiernoabierto.compromiso.PlanAccion;
import mx.infoqro.gobiernoabierto.compromiso.PlanAccionRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import mx.infoqro.gobiernoabierto.ejercicio.FaseEjercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.seguimiento.EvidenciaEnlace;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioAprobarInformeFinal;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioEvaluarCompromiso;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioPrepararInformeFinal;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioVerificarReporte;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvanceRepository;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.demo.EdicionDemo;
import mx.infoqro.gobiernoabierto.demo.EdicionesDemoPrueba;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One whole edition driven through the engine API, from the call to the closing, on H2: the demo
 * driver plays it up to the approval phase, the test plays the rest as the staff would in
 * Tasklist, and then checks what the database says about the edition, its tables and commitments.
 * The demo driver is imported: outside the demo profile it is no bean.
 */
@Import(EdicionesDemoPrueba.class)
class EdicionCompletaTest extends PruebaIntegracion {

  @Autowired EdicionDemo edicionDemo;
  @Autowired EjercicioRepository ejercicios;
  @Autowired MesaRepository mesas;
  @Autowired PropuestaRepository propuestas;
  @Autowired CompromisoRepository compromisos;
  @Autowired EvaluacionRepository evaluaciones;
  @Autowired PlanAccionRepository planes;
  @Autowired ReporteAvanceRepository reportes;
  @Autowired Auditoria auditoria;
  @Autowired TransactionTemplate tx;
  @Autowired mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl sesionesStl;

  private Ejercicio ejercicio;

  @Test
  void oneEditionRunsFromItsCallToItsClosingAndTheDatabaseTellsItsWholeState() {
    SujetoObligado salud = escenarios.sujeto();
    SujetoObligado movilidad = escenarios.sujeto();
    ejercicio = edicionDemo.hastaAprobacion(escenarios.nuevoAnio(), salud.getClave(), movilidad.getClave());
    String edicion = motor.instancia(EjercicioBpmn.KEY, ejercicio.getFolio());
    assertThat(fase()).isEqualTo(FaseEjercicio.APROBACION);
    // the forum met once during co-creation and its minutes are public
    assertThat(sesionesStl.deEjercicio(ejercicio.getId())).singleElement()
        .satisfies(s -> assertThat(s.publicada()).isTrue())
        .satisfies(s -> assertThat(s.acuerdos()).contains("calendario de las mesas"));
    List<Compromiso> borradores = compromisos.findByEjercicioIdOrderByNumero(ejercicio.getId());
    assertThat(borradores).hasSize(5);
    String[] pis = borradores.stream().map(c -> motor.instancia(AprobacionCompromisoBpmn.KEY, c.getFolio())).toArray(String[]::new);

    // Approval: four commitments approved, the fifth returned until its rounds run out
    decidirStl(pis[0], AprobacionCompromisoBpmn.APROBAR, null);
    for (int i = 0; i < 3; i++) {
      completar(pis[i], AprobacionCompromisoBpmn.TASK_ACEPTAR, Formularios.variables(
          FormularioAceptarCompromiso.decision(AprobacionCompromisoBpmn.ACEPTAR, null)));
    }
    for (int i = 0; i < 4; i++) {
      completar(pis[i], AprobacionCompromisoBpmn.TASK_APROBAR_PLENO, Formularios.variables(
          FormularioAprobarCompromisoPleno.decision(AprobacionCompromisoBpmn.APROBAR, null)));
    }
    for (int ronda = 2; ronda <= 3; ronda++) {
      completar(pis[4], AprobacionCompromisoBpmn.TASK_ATENDER_OBSERVACIONES, Map.of());
      decidirStl(pis[4], AprobacionCompromisoBpmn.DEVOLVER, "Ronda " + ronda + ": los hitos siguen sin producto verificable.");
    }
    motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());

    // Action plan signed by the Pleno and published; the follow-up starts for the four approved
    assertThat(fase()).isEqualTo(FaseEjercicio.PLAN_ACCION);
    completar(edicion, EjercicioBpmn.TASK_FIRMAR_PLAN, Formularios.variables(FormularioFirmarPlanAccion.firma(true, null)));
    motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());
    assertThat(fase()).isEqualTo(FaseEjercicio.SEGUIMIENTO);
    List<Compromiso> aprobados = compromisos.findByEjercicioIdAndEstadoOrderByNumero(ejercicio.getId(), EstadoCompromiso.EN_IMPLEMENTACION);
    assertThat(aprobados).hasSize(4);

    // Follow-up: one report cycle, reported, verified and published; the plan ends; evaluation
    for (Compromiso c : aprobados) {
      String pi = motor.instancia(SeguimientoBpmn.KEY, c.getFolio());
      motor.dispararTimer(pi, SeguimientoBpmn.TIMER_CICLO_REPORTE);
      motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());
      completar(
          pi,
          SeguimientoBpmn.TASK_REPORTAR_AVANCE,
          Formularios.variables(
              FormularioReportarAvance.reporte(
                  List.of(Avance.reportado(Hito.EstadoHito.COMPLETADO, 100), Avance.reportado(Hito.EstadoHito.EN_PROCESO, 40)),
                  "Se publicó el primer conjunto de datos.",
                  List.of(new EvidenciaEnlace("Conjunto de datos", "https://datos.example.mx/" + c.getFolio())))));
      completar(pi, SeguimientoBpmn.TASK_VERIFICAR_REPORTE, Formularios.variables(
          FormularioVerificarReporte.decision(SeguimientoBpmn.VERIFICAR, null)));
      motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());
      motor.dispararTimer(pi, SeguimientoBpmn.TIMER_FIN_PLAN);
      completar(
          pi,
          SeguimientoBpmn.TASK_EVALUAR_COMPROMISO,
          Formularios.variables(
              FormularioEvaluarCompromiso.evaluacion(
                  Evaluacion.Potencial.MODESTO, Evaluacion.Cumplimiento.SUSTANCIAL,
                  Evaluacion.AperturaGobierno.MARGINAL, "Avance sustancial con datos abiertos.", null)));
    }

    // Final report, returned once, approved; the edition closes
    assertThat(fase()).isEqualTo(FaseEjercicio.CIERRE);
    completar(edicion, EjercicioBpmn.TASK_PREPARAR_INFORME, Map.of());
    completar(edicion, EjercicioBpmn.TASK_APROBAR_INFORME, Formularios.variables(
        FormularioAprobarInformeFinal.decision(EjercicioBpmn.DEVOLVER, "Agregue los aprendizajes de la mesa.")));
    completar(edicion, EjercicioBpmn.TASK_PREPARAR_INFORME, Formularios.variables(
        FormularioPrepararInformeFinal.informe("Cuatro compromisos evaluados; aprendizajes de la mesa de servicios públicos.")));
    completar(edicion, EjercicioBpmn.TASK_APROBAR_INFORME, Formularios.variables(
        FormularioAprobarInformeFinal.decision(EjercicioBpmn.APROBAR, null)));
    motor.ejecutarAsincronosDeEdicion(ejercicio.getFolio());

    // Nothing of the edition is still running
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(ejercicio.getFolio() + "%").count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(ejercicio.getFolio() + "%").count())
        .as("1 edition + 6 registrations + 1 forum session + 1 table + 5 approvals + 4 follow-ups + 1 cadence watch")
        .isEqualTo(19);

    // The database tells the final state
    tx.executeWithoutResult(
        s -> {
          Ejercicio cerrado = ejercicios.findById(ejercicio.getId()).orElseThrow();
          assertThat(cerrado.getEstado()).isEqualTo(Ejercicio.EstadoEjercicio.CERRADO);
          assertThat(cerrado.getFase()).isEqualTo(FaseEjercicio.CERRADO);
          assertThat(cerrado.getInformeFinal()).startsWith("Cuatro compromisos evaluados");
          assertThat(cerrado.getInformeFinalPublicado()).isNotNull();

          List<Mesa> todas = mesas.findByEjercicioIdOrderById(ejercicio.getId());
          assertThat(todas).filteredOn(m -> m.getEstado() == Mesa.EstadoMesa.CERRADA).singleElement()
              .satisfies(m -> assertThat(m.getEje().getClave()).isEqualTo("servicios-publicos"));
          assertThat(todas).filteredOn(m -> m.getEstado() == Mesa.EstadoMesa.DESIERTA).hasSize(5)
              .allSatisfy(m -> assertThat(m.getMotivoDesierta()).isNotBlank());
          Mesa mesa = todas.stream().filter(m -> m.getEstado() == Mesa.EstadoMesa.CERRADA).findFirst().orElseThrow();
          assertThat(propuestas.findByMesaIdOrderById(mesa.getId())).hasSize(3)
              .allSatisfy(p -> assertThat(p.respondida()).isTrue())
              .allSatisfy(p -> assertThat(p.getRespuestaRazon()).isNotBlank());

          List<Compromiso> finales = compromisos.findByEjercicioIdOrderByNumero(ejercicio.getId());
          assertThat(finales).extracting(Compromiso::getEstado)
              .containsExactly(
                  EstadoCompromiso.EVALUADO, EstadoCompromiso.EVALUADO, EstadoCompromiso.EVALUADO,
                  EstadoCompromiso.EVALUADO, EstadoCompromiso.NO_APROBADO);
          assertThat(finales.get(4).getMotivoNoAprobado()).isNotBlank();
          assertThat(finales.get(4).getRonda()).isEqualTo(3);
          for (Compromiso c : finales.subList(0, 4)) {
            assertThat(c.getAprobado()).isNotNull();
            Evaluacion ev = evaluaciones.findByCompromisoId(c.getId()).orElseThrow();
            assertThat(ev.getVerificable()).isTrue();
            assertThat(ev.getRelevante()).isTrue();
            assertThat(ev.getCumplimiento()).isEqualTo(Evaluacion.Cumplimiento.SUSTANCIAL);
            assertThat(reportes.findByCompromisoIdOrderByPeriodo(c.getId())).singleElement()
                .extracting(ReporteAvance::getEstado).isEqualTo(ReporteAvance.EstadoReporte.PUBLICADO);
          }
          PlanAccion plan = planes.findByEjercicioId(ejercicio.getId()).orElseThrow();
          assertThat(plan.getNumeroCompromisos()).isEqualTo(4);
          assertThat(plan.getFirmadoPor()).isEqualTo("pleno");
          assertThat(plan.getPublicado()).isNotNull();
        });
    List<String> decisiones = auditoria.historial(ejercicio.getFolio()).stream().map(RegistroDecision::getDecision).toList();
    assertThat(decisiones)
        .contains("APROBADA", "PUBLICADA", "REGISTRO_CERRADO", "INSTALADA", "DESIERTA", "INSTALADO", "FIRMADO", "INFORME_DEVUELTO", "INFORME_APROBADO", "CERRADO");
    assertThat(auditoria.historial(ejercicio.getFolio())).allSatisfy(d -> assertThat(d.getUsuario()).isNotBlank());
  }

  private FaseEjercicio fase() {
    return ejercicios.findById(ejercicio.getId()).orElseThrow().getFase();
  }


  private void decidirStl(String pi, String decision, String observaciones) {
    completar(pi, AprobacionCompromisoBpmn.TASK_REVISAR_STL,
        Formularios.variables(FormularioRevisarCompromisoStl.decision(decision, observaciones)));
  }

  /** Claims the single task at the activity as whoever its candidate group is, and submits its form. */
  private void completar(String pi, String actividad, Map<String, Object> valores) {
    Task tarea = motor.tarea(pi, actividad);
    String grupo =
        taskService.getIdentityLinksForTask(tarea.getId()).stream()
            .filter(l -> l.getGroupId() != null)
            .map(l -> l.getGroupId())
            .findFirst()
            .orElseThrow();
    motor.completar(tarea, grupo.equals("facilitadores") ? "facilitador" : grupo, valores);
  }
}
