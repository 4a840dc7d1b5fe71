package mx.infoqro.gobiernoabierto.mesa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotificarRespuestaPropuesta: tells the author of a portal proposal its reasoned response. */
@Component("notificarRespuestaPropuestaDelegate")
class NotificarRespuestaPropuestaDelegate implements JavaDelegate {

  private final RespuestasPropuestas respuestas;

  NotificarRespuestaPropuestaDelegate(RespuestasPropuestas respuestas) {
    this.respuestas = respuestas;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    respuestas.notificarRespuesta(MesaBpmn.propuestaPortalId(ejecucion));
  }
}
