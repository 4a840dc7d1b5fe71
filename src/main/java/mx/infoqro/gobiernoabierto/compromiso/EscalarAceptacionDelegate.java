package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalarAceptacion (async): the acceptance is overdue; the Pleno and the commission are told. */
@Component("escalarAceptacionDelegate")
class EscalarAceptacionDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  EscalarAceptacionDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.escalarAceptacion(compromisoId(ejecucion));
  }
}
