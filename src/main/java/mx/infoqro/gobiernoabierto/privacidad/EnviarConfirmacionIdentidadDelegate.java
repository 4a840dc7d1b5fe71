package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnviarConfirmacionIdentidad (async): mails the link and sets when it expires. */
@Component("enviarConfirmacionIdentidadDelegate")
class EnviarConfirmacionIdentidadDelegate implements JavaDelegate {

  private final TramiteArco servicio;

  EnviarConfirmacionIdentidadDelegate(TramiteArco servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ejecucion.setVariable(VAR_LIMITE_CONFIRMACION, servicio.enviarConfirmacion(solicitudId(ejecucion)));
  }
}
