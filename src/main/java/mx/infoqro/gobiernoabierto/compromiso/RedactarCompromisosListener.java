package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_RedactarCompromisos of the table: opens one empty draft (with one empty milestone) and the
 * options of agencies and incorporated proposals; stores the drafts submitted.
 */
@Component("redactarCompromisosListener")
class RedactarCompromisosListener extends ListenerFormulario<FormularioRedactarCompromisos> {

  private final RedaccionCompromisos redaccion;
  private final Auditoria auditoria;

  RedactarCompromisosListener(RedaccionCompromisos redaccion, Auditoria auditoria) {
    super(FormularioRedactarCompromisos.class);
    this.redaccion = redaccion;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioRedactarCompromisos prellenar(DelegateTask tarea) {
    return redaccion.formulario(MesaBpmn.mesaId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioRedactarCompromisos f) {
    redaccion.redactar(MesaBpmn.mesaId(tarea), f.propuestos(), auditoria.actor(tarea));
  }
}
