package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordarReporte (async): reminds the agency's liaisons of the pending report. */
@Component("recordarReporteDelegate")
class RecordarReporteDelegate implements JavaDelegate {

  private final SeguimientoService servicio;

  RecordarReporteDelegate(SeguimientoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    servicio.recordarReporte(VariablesProceso.id(execution, VAR_REPORTE_ID));
  }
}
