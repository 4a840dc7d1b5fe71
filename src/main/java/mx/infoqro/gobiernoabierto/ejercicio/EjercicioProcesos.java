package mx.infoqro.gobiernoabierto.ejercicio;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The process facade of the editions: the only place that starts {@code ejercicio-gobierno-abierto}. */
@Component
class EjercicioProcesos {

  private final RuntimeService runtimeService;

  EjercicioProcesos(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts the edition's process at the call's preparation, in the caller's transaction; returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  String iniciar(Ejercicio ejercicio) {
    return runtimeService
        .startProcessInstanceByKey(KEY, ejercicio.getFolio(), Variables.putValue(VAR_EJERCICIO_ID, ejercicio.getId()))
        .getId();
  }
}
