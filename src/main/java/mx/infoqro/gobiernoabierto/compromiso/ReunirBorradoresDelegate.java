package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_COMPROMISO_IDS;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReunirBorradores of the edition: the drafts of every table go to approval, one instance each. */
@Component("reunirBorradoresDelegate")
class ReunirBorradoresDelegate implements JavaDelegate {

  private final PlanAccionService planes;

  ReunirBorradoresDelegate(PlanAccionService planes) {
    this.planes = planes;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ejecucion.setVariable(VAR_COMPROMISO_IDS, planes.borradores(VariablesProceso.id(ejecucion, VAR_EJERCICIO_ID)));
  }
}
