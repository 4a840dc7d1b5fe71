package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IniciarNuevaRonda: the revised draft goes back to the STL in the next round. */
@Component("iniciarNuevaRondaCompromisoDelegate")
class IniciarNuevaRondaCompromisoDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  IniciarNuevaRondaCompromisoDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.iniciarNuevaRonda(compromisoId(ejecucion));
  }
}
