package mx.infoqro.gobiernoabierto.ejercicio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CerrarEjercicio (async): publishes the final report and closes the edition. */
@Component("cerrarEjercicioDelegate")
class CerrarEjercicioDelegate implements JavaDelegate {

  private final EjercicioService ejercicios;

  CerrarEjercicioDelegate(EjercicioService ejercicios) {
    this.ejercicios = ejercicios;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ejercicios.cerrar(EjercicioBpmn.ejercicioId(ejecucion));
  }
}
