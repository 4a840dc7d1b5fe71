package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordarVencimientoArco (async): reminds the data-protection staff of the deadline. */
@Component("recordarVencimientoArcoDelegate")
class RecordarVencimientoArcoDelegate implements JavaDelegate {

  private final TramiteArco servicio;

  RecordarVencimientoArcoDelegate(TramiteArco servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.recordarVencimiento(solicitudId(ejecucion));
  }
}
