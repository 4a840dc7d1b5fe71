package mx.infoqro.gobiernoabierto.registro;

import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordarRegistro of the edition: reminds the invited agencies that have not registered. */
@Component("recordarRegistroDelegate")
class RecordarRegistroDelegate implements JavaDelegate {

  private final CierreRegistro cierre;

  RecordarRegistroDelegate(CierreRegistro cierre) {
    this.cierre = cierre;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    cierre.recordar(EjercicioBpmn.ejercicioId(ejecucion));
  }
}
