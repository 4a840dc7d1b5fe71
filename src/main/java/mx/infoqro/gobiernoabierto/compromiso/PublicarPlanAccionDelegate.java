package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublicarPlanAccion of the edition: the signed plan is published. */
@Component("publicarPlanAccionDelegate")
class PublicarPlanAccionDelegate implements JavaDelegate {

  private final PlanAccionService planes;

  PublicarPlanAccionDelegate(PlanAccionService planes) {
    this.planes = planes;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    planes.publicar(VariablesProceso.id(ejecucion, VAR_EJERCICIO_ID));
  }
}
