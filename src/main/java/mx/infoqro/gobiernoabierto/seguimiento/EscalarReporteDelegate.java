package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalarReporte (async): escalates a late report to the Pleno (logged). */
@Component("escalarReporteDelegate")
class EscalarReporteDelegate implements JavaDelegate {

  private final SeguimientoService servicio;

  EscalarReporteDelegate(SeguimientoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    servicio.escalarReporte(VariablesProceso.id(execution, VAR_REPORTE_ID));
  }
}
