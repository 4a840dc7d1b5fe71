package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ContarRondas: whether the returned commitment used its last round, for Gateway_RondasAgotadas. */
@Component("contarRondasDelegate")
class ContarRondasDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  ContarRondasDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ejecucion.setVariable(VAR_RONDAS_AGOTADAS, servicio.rondasAgotadas(compromisoId(ejecucion)));
  }
}
