package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IniciarNuevaRonda: the revised draft goes back to the STL in the next round. */
@Component("iniciarNuevaRondaDelegate")
class IniciarNuevaRondaDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  IniciarNuevaRondaDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.iniciarNuevaRonda(compromisoId(ejecucion));
  }
}
