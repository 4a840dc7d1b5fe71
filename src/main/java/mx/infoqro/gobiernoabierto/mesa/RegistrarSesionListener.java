package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_RegistrarSesion: offers the scheduled sessions; records the session held and its proposals.
 * The decision {@code mesaCerrada} is written back as a Boolean, the type the gateway branches on,
 * whatever type the form or a REST call submitted.
 */
@Component("registrarSesionListener")
class RegistrarSesionListener extends ListenerFormulario<FormularioRegistrarSesion> {

  private final SesionesMesa sesiones;
  private final Auditoria auditoria;

  RegistrarSesionListener(SesionesMesa sesiones, Auditoria auditoria) {
    super(FormularioRegistrarSesion.class);
    this.sesiones = sesiones;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioRegistrarSesion prellenar(DelegateTask tarea) {
    return sesiones.formularioRegistrar(MesaBpmn.mesaId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioRegistrarSesion f) {
    sesiones.registrarSesion(MesaBpmn.mesaId(tarea), f.registro(), auditoria.actor(tarea));
    tarea.getExecution().setVariable(MesaBpmn.VAR_MESA_CERRADA, f.mesaCerrada());
  }
}
