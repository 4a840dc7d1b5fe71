package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordarAceptacion (async): reminds the agency's liaisons of the pending acceptance. */
@Component("recordarAceptacionDelegate")
class RecordarAceptacionDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  RecordarAceptacionDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.recordarAceptacion(compromisoId(ejecucion));
  }
}
