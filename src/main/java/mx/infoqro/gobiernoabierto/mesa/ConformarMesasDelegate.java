package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_MESA_IDS;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConformarMesas of the edition: one table per axis with quorum; the ids drive the tables' instances. */
@Component("conformarMesasDelegate")
class ConformarMesasDelegate implements JavaDelegate {

  private final ConformacionMesasService conformacion;

  ConformarMesasDelegate(ConformacionMesasService conformacion) {
    this.conformacion = conformacion;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ejecucion.setVariable(VAR_MESA_IDS, conformacion.conformar(VariablesProceso.id(ejecucion, VAR_EJERCICIO_ID)));
  }
}
