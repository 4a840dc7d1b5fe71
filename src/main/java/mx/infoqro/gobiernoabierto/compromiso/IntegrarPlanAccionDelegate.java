package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_COMPROMISOS_APROBADOS_IDS;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IntegrarPlanAccion of the edition: the approved commitments form the action plan; their ids drive the follow-up. */
@Component("integrarPlanAccionDelegate")
class IntegrarPlanAccionDelegate implements JavaDelegate {

  private final PlanAccionService planes;

  IntegrarPlanAccionDelegate(PlanAccionService planes) {
    this.planes = planes;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ejecucion.setVariable(VAR_COMPROMISOS_APROBADOS_IDS, planes.integrar(VariablesProceso.id(ejecucion, VAR_EJERCICIO_ID)));
  }
}
