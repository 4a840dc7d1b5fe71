package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistrarAprobacion (async): the commitment becomes APROBADO and the parties are notified. */
@Component("registrarAprobacionCompromisoDelegate")
class RegistrarAprobacionCompromisoDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  RegistrarAprobacionCompromisoDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.registrarAprobacion(compromisoId(ejecucion));
  }
}
