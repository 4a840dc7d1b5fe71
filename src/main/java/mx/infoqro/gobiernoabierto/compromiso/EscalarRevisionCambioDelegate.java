package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalarRevisionCambio (async): the STL's review is overdue; the Pleno and the commission are told. */
@Component("escalarRevisionCambioDelegate")
class EscalarRevisionCambioDelegate implements JavaDelegate {

  private final AvisosRevisionCambio avisos;

  EscalarRevisionCambioDelegate(AvisosRevisionCambio avisos) {
    this.avisos = avisos;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    avisos.escalarRevision(cambioId(ejecucion));
  }
}
