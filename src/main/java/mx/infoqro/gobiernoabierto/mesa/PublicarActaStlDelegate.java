package mx.infoqro.gobiernoabierto.mesa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublicarActaStl: the minutes and agreements the session approved become public. */
@Component("publicarActaStlDelegate")
class PublicarActaStlDelegate implements JavaDelegate {

  private final SesionesStl sesiones;

  PublicarActaStlDelegate(SesionesStl sesiones) {
    this.sesiones = sesiones;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    sesiones.publicarActa(SesionStlBpmn.sesionStlId(ejecucion));
  }
}
