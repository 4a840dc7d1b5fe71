package mx.infoqro.gobiernoabierto.registro;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotificarResultadoValidacion (async): tells the liaison comision's decision. */
@Component("notificarResultadoValidacionDelegate")
class NotificarResultadoValidacionDelegate implements JavaDelegate {

  private final ValidacionEnlaces validacion;

  NotificarResultadoValidacionDelegate(ValidacionEnlaces validacion) {
    this.validacion = validacion;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    validacion.notificarValidacion(RegistroParticipanteBpmn.registroId(ejecucion));
  }
}
