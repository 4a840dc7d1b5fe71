package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ProgramarSesionStl: offers the editions whose forum is installed; schedules the session and
 * invites the forum. The instance then carries the edition, the session and its folio.
 */
@Component("programarSesionStlListener")
class ProgramarSesionStlListener extends ListenerFormulario<FormularioProgramarSesionStl> {

  private final SesionesStl sesiones;
  private final Auditoria auditoria;

  ProgramarSesionStlListener(SesionesStl sesiones, Auditoria auditoria) {
    super(FormularioProgramarSesionStl.class);
    this.sesiones = sesiones;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioProgramarSesionStl prellenar(DelegateTask tarea) {
    return sesiones.formularioProgramar(SesionStlBpmn.ejercicioIdOpcional(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioProgramarSesionStl f) {
    SesionStl sesion = sesiones.programar(f, auditoria.actor(tarea));
    DelegateExecution ejecucion = tarea.getExecution();
    ejecucion.setVariable(SesionStlBpmn.VAR_EJERCICIO_ID, sesion.getEjercicio().getId());
    ejecucion.setVariable(SesionStlBpmn.VAR_SESION_STL_ID, sesion.getId());
    ejecucion.getProcessInstance().setProcessBusinessKey(SesionesStl.folio(sesion));
  }
}
