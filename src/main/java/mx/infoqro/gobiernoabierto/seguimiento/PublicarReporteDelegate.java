package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublicarReporte (async): publishes the verified report and updates the milestones. */
@Component("publicarReporteDelegate")
class PublicarReporteDelegate implements JavaDelegate {

  private final ReportesAvance servicio;

  PublicarReporteDelegate(ReportesAvance servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    servicio.publicarReporte(VariablesProceso.id(execution, VAR_REPORTE_ID));
  }
}
