package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.cambioId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerarVersionPlan (async): the plan's next PDF with the applied change; earlier versions untouched. */
@Component("generarVersionPlanDelegate")
class GenerarVersionPlanDelegate implements JavaDelegate {

  private final DocumentoPlanAccion documentos;

  GenerarVersionPlanDelegate(DocumentoPlanAccion documentos) {
    this.documentos = documentos;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    documentos.nuevaVersion(cambioId(ejecucion));
  }
}
