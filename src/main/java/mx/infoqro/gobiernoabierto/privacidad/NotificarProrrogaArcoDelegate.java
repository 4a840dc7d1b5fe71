package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotificarProrrogaArco (async): tells the person of the extension. */
@Component("notificarProrrogaArcoDelegate")
class NotificarProrrogaArcoDelegate implements JavaDelegate {

  private final TramiteArco servicio;

  NotificarProrrogaArcoDelegate(TramiteArco servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.notificarProrroga(solicitudId(ejecucion));
  }
}
