package mx.infoqro.gobiernoabierto.registro;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistrarEnlaceSinValidar: the window closed before the validation; logs that it does not count. */
@Component("registrarEnlaceSinValidarDelegate")
class RegistrarEnlaceSinValidarDelegate implements JavaDelegate {

  private final ValidacionEnlaces validacion;

  RegistrarEnlaceSinValidarDelegate(ValidacionEnlaces validacion) {
    this.validacion = validacion;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    validacion.registrarSinValidar(RegistroParticipanteBpmn.registroId(ejecucion));
  }
}
