package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IniciarSeguimiento: the commitment goes into implementation; the report cycle is computed. */
@Component("iniciarSeguimientoDelegate")
class IniciarSeguimientoDelegate implements JavaDelegate {

  private final SeguimientoService servicio;

  IniciarSeguimientoDelegate(SeguimientoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var inicio =
        servicio.iniciar(
            VariablesProceso.id(execution, VAR_EJERCICIO_ID), VariablesProceso.id(execution, VAR_COMPROMISO_ID));
    execution.setVariable(VAR_CICLO_REPORTE, inicio.cicloReporte());
    execution.setVariable(VAR_FECHA_FIN_PLAN, inicio.fechaFinPlan());
    execution.setVariable(VAR_GRUPO_RESPONSABLE, inicio.grupoResponsable());
  }
}
