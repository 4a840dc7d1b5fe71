package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AtenderObservaciones: the table revises the returned draft; the service validates and stores
 * it, and the process variable {@code grupoResponsable} follows the agency the table named.
 */
@Component("atenderObservacionesCompromisoListener")
class AtenderObservacionesCompromisoListener extends ListenerFormulario<FormularioAtenderObservaciones> {

  private final ObservacionesCompromiso servicio;
  private final Auditoria auditoria;

  AtenderObservacionesCompromisoListener(ObservacionesCompromiso servicio, Auditoria auditoria) {
    super(FormularioAtenderObservaciones.class);
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAtenderObservaciones prellenar(DelegateTask tarea) {
    return servicio.formulario(AprobacionCompromisoBpmn.compromisoId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAtenderObservaciones f) {
    String grupo =
        servicio.atenderObservaciones(AprobacionCompromisoBpmn.compromisoId(tarea), f.borrador(), auditoria.actor(tarea));
    tarea.getExecution().setVariable(AprobacionCompromisoBpmn.VAR_GRUPO_RESPONSABLE, grupo);
  }
}
