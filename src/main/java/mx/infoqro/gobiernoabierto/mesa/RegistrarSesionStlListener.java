package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_RegistrarSesionStl: records the session held; the model branches on the quorum the service computed. */
@Component("registrarSesionStlListener")
class RegistrarSesionStlListener extends ListenerFormulario<FormularioRegistrarSesionStl> {

  private final SesionesStl sesiones;
  private final Auditoria auditoria;

  RegistrarSesionStlListener(SesionesStl sesiones, Auditoria auditoria) {
    super(FormularioRegistrarSesionStl.class);
    this.sesiones = sesiones;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioRegistrarSesionStl prellenar(DelegateTask tarea) {
    return sesiones.formularioRegistrar(SesionStlBpmn.sesionStlId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioRegistrarSesionStl f) {
    boolean quorum = sesiones.registrar(SesionStlBpmn.sesionStlId(tarea), f, auditoria.actor(tarea));
    tarea.getExecution().setVariable(SesionStlBpmn.VAR_QUORUM, quorum);
  }
}
