package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_VerificarReporte: shows the sent report read-only, with no decision (a corrected report is
 * decided anew); hands the decision and observations to {@link ReportesAvance#verificarReporte}. The
 * decision lands in the report path's scope, where the gateway reads it.
 */
@Component("verificarReporteListener")
class VerificarReporteListener extends ListenerFormulario<FormularioVerificarReporte> {

  private final ReportesAvance reportes;
  private final Auditoria auditoria;

  VerificarReporteListener(ReportesAvance reportes, Auditoria auditoria) {
    super(FormularioVerificarReporte.class);
    this.reportes = reportes;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioVerificarReporte prellenar(DelegateTask tarea) {
    return reportes.formularioVerificacion(VariablesProceso.id(tarea, VAR_REPORTE_ID));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioVerificarReporte f) {
    reportes.verificarReporte(
        VariablesProceso.id(tarea, VAR_REPORTE_ID), f.decisionVerificacion(), f.observaciones(), auditoria.actor(tarea));
  }
}
