package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EjercerDerechoArco (async): carries out the right on the person's data. */
@Component("ejercerDerechoArcoDelegate")
class EjercerDerechoArcoDelegate implements JavaDelegate {

  private final EjercicioDerechoArco servicio;

  EjercerDerechoArcoDelegate(EjercicioDerechoArco servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.ejercer(solicitudId(ejecucion));
  }
}
