package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistrarAprobacion (async): the commitment becomes APROBADO and the parties are notified. */
@Component("registrarAprobacionDelegate")
class RegistrarAprobacionDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  RegistrarAprobacionDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.registrarAprobacion(compromisoId(ejecucion));
  }
}
