package mx.infoqro.gobiernoabierto.compromiso;

import java.util.Set;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_SolicitarCambio: offers the commitments in implementation the requester's group may ask
 * about and the active agencies; records the request (one open per commitment). The instance then
 * carries the request, the commitment and its folio as business key.
 */
@Component("solicitarCambioListener")
class SolicitarCambioListener extends ListenerFormulario<FormularioSolicitarCambio> {

  private final CambiosCompromiso cambios;
  private final VistasCambio vistas;
  private final Auditoria auditoria;

  SolicitarCambioListener(CambiosCompromiso cambios, VistasCambio vistas, Auditoria auditoria) {
    super(FormularioSolicitarCambio.class);
    this.cambios = cambios;
    this.vistas = vistas;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioSolicitarCambio prellenar(DelegateTask tarea) {
    String grupo = (String) tarea.getVariable(CambioCompromisoBpmn.VAR_GRUPO_SOLICITANTE);
    return new FormularioSolicitarCambio(vistas.compromisosOpciones(grupo), null, null, null, null,
        vistas.sujetosOpciones(), null, null, null, null);
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioSolicitarCambio f) {
    String grupo = (String) tarea.getVariable(CambioCompromisoBpmn.VAR_GRUPO_SOLICITANTE);
    CambioCompromiso cambio = cambios.solicitar(f.folio(), auditoria.actor(tarea), Set.of(grupo), f.solicitud());
    DelegateExecution ejecucion = tarea.getExecution();
    ejecucion.setVariable(CambioCompromisoBpmn.VAR_CAMBIO_ID, cambio.getId());
    ejecucion.setVariable(CambioCompromisoBpmn.VAR_COMPROMISO_ID, cambio.getCompromiso().getId());
    ejecucion.getProcessInstance().setProcessBusinessKey(cambio.getCompromiso().getFolio());
  }
}
