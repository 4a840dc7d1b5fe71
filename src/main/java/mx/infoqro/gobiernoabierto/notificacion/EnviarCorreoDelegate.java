package mx.infoqro.gobiernoabierto.notificacion;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnviarCorreo: sends the notification {@code notificacionId}; a failure fails the job. */
@Component("enviarCorreoDelegate")
class EnviarCorreoDelegate implements JavaDelegate {

  private final EnvioCorreoService envio;

  EnviarCorreoDelegate(EnvioCorreoService envio) {
    this.envio = envio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    envio.enviar(VariablesProceso.id(ejecucion, EnvioNotificacionBpmn.VAR_NOTIFICACION_ID));
  }
}
