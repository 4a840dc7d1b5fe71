package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnviarRespuestaArco (async): sends the answer and closes the request. */
@Component("enviarRespuestaArcoDelegate")
class EnviarRespuestaArcoDelegate implements JavaDelegate {

  private final TramiteArco servicio;

  EnviarRespuestaArcoDelegate(TramiteArco servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.enviarRespuesta(solicitudId(ejecucion));
  }
}
