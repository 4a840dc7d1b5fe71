package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ProgramarSesiones: opens with one empty session row; schedules the sessions submitted (the
 * completing user becomes the table's facilitator).
 */
@Component("programarSesionesListener")
class ProgramarSesionesListener extends ListenerFormulario<FormularioProgramarSesiones> {

  private final SesionesMesa sesiones;
  private final Auditoria auditoria;

  ProgramarSesionesListener(SesionesMesa sesiones, Auditoria auditoria) {
    super(FormularioProgramarSesiones.class);
    this.sesiones = sesiones;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioProgramarSesiones prellenar(DelegateTask tarea) {
    return sesiones.formularioProgramar(MesaBpmn.mesaId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioProgramarSesiones f) {
    sesiones.programarSesiones(MesaBpmn.mesaId(tarea), f.sesiones(), auditoria.actor(tarea));
  }
}
