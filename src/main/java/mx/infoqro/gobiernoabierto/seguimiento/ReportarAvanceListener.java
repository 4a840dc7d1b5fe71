package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ReportarAvance: opens the report of the period (one row per milestone, narrative, evidence,
 * the commission's observations when it was returned); hands what the agency submitted to {@link
 * ReportesAvance#registrarReporte}.
 */
@Component("reportarAvanceListener")
class ReportarAvanceListener extends ListenerFormulario<FormularioReportarAvance> {

  private final ReportesAvance reportes;
  private final Auditoria auditoria;

  ReportarAvanceListener(ReportesAvance reportes, Auditoria auditoria) {
    super(FormularioReportarAvance.class);
    this.reportes = reportes;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioReportarAvance prellenar(DelegateTask tarea) {
    return reportes.formularioReporte(VariablesProceso.id(tarea, VAR_REPORTE_ID));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioReportarAvance f) {
    reportes.registrarReporte(
        VariablesProceso.id(tarea, VAR_REPORTE_ID), f.avances(), f.narrativa(), f.evidencias(), auditoria.actor(tarea));
  }
}
