package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CerrarSolicitudNoConfirmada: closes a request whose identity was never confirmed. */
@Component("cerrarSolicitudNoConfirmadaDelegate")
class CerrarSolicitudNoConfirmadaDelegate implements JavaDelegate {

  private final TramiteArco servicio;

  CerrarSolicitudNoConfirmadaDelegate(TramiteArco servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.cerrarNoConfirmada(solicitudId(ejecucion));
  }
}
