package mx.infoqro.gobiernoabierto.registro;

import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CerrarRegistro of the edition: freezes every registration at the close of the window. */
@Component("cerrarRegistroDelegate")
class CerrarRegistroDelegate implements JavaDelegate {

  private final CierreRegistro cierre;

  CerrarRegistroDelegate(CierreRegistro cierre) {
    this.cierre = cierre;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    cierre.cerrar(EjercicioBpmn.ejercicioId(ejecucion));
  }
}
