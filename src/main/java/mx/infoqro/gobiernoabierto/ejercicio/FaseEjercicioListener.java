package mx.infoqro.gobiernoabierto.ejercicio;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener on the activities and flows where a phase of the edition starts (see {@link
 * EjercicioBpmn#FASE_POR_ELEMENTO}): moves the edition to that phase.
 */
@Component("faseEjercicioListener")
class FaseEjercicioListener implements ExecutionListener {

  private final EjercicioService ejercicios;

  FaseEjercicioListener(EjercicioService ejercicios) {
    this.ejercicios = ejercicios;
  }

  @Override
  public void notify(DelegateExecution ejecucion) {
    String elemento =
        ejecucion.getCurrentTransitionId() != null ? ejecucion.getCurrentTransitionId() : ejecucion.getCurrentActivityId();
    FaseEjercicio fase = EjercicioBpmn.FASE_POR_ELEMENTO.get(elemento);
    if (fase == null) {
      throw new IllegalStateException("No phase is mapped to element " + elemento);
    }
    ejercicios.cambiarFase(EjercicioBpmn.ejercicioId(ejecucion), fase);
  }
}
