package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalarRevisionCambio (async): the STL's review is overdue; the Pleno and the commission are told. */
@Component("escalarRevisionCambioDelegate")
class EscalarRevisionCambioDelegate implements JavaDelegate {

  private final CambiosCompromiso cambios;

  EscalarRevisionCambioDelegate(CambiosCompromiso cambios) {
    this.cambios = cambios;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    cambios.escalarRevision(cambioId(ejecucion));
  }
}
