package mx.infoqro.gobiernoabierto.compromiso;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IdentificarSolicitante: the group of whoever started the request from Tasklist (the
 * commission or their agency's liaisons) works it; anyone else is refused with a Spanish message
 * and no instance is left.
 */
@Component("identificarSolicitanteDelegate")
class IdentificarSolicitanteDelegate implements JavaDelegate {

  private final VistasCambio vistas;

  IdentificarSolicitanteDelegate(VistasCambio vistas) {
    this.vistas = vistas;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String solicitante = (String) ejecucion.getVariable(CambioCompromisoBpmn.VAR_SOLICITANTE);
    ejecucion.setVariable(CambioCompromisoBpmn.VAR_GRUPO_SOLICITANTE, vistas.grupoSolicitante(solicitante));
  }
}
