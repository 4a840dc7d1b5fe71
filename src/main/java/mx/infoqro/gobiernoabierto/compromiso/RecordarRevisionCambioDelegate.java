package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordarRevisionCambio (async): reminds the STL of the change request it has to review. */
@Component("recordarRevisionCambioDelegate")
class RecordarRevisionCambioDelegate implements JavaDelegate {

  private final AvisosRevisionCambio avisos;

  RecordarRevisionCambioDelegate(AvisosRevisionCambio avisos) {
    this.avisos = avisos;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    avisos.recordarRevision(cambioId(ejecucion));
  }
}
