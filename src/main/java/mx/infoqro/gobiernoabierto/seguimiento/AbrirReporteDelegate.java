package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AbrirReporte: opens the report of the next period. Several report paths can run at once, so
 * {@code reporteId} is written locally to this path's SubProcess_Reporte scope (where the model
 * declares it), never to the process instance.
 */
@Component("abrirReporteDelegate")
class AbrirReporteDelegate implements JavaDelegate {

  private final SeguimientoService servicio;

  AbrirReporteDelegate(SeguimientoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reporteId = servicio.abrirReporte(VariablesProceso.id(execution, VAR_COMPROMISO_ID));
    execution.setVariableLocal(VAR_REPORTE_ID, reporteId);
  }
}
