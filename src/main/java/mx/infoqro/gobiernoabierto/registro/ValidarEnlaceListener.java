package mx.infoqro.gobiernoabierto.registro;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ValidarEnlace: shows the registration; hands comision's decision and reason to the
 * service, which validates, stores and logs them.
 */
@Component("validarEnlaceListener")
class ValidarEnlaceListener extends ListenerFormulario<FormularioValidarEnlace> {

  private final ValidacionEnlaces servicio;
  private final Auditoria auditoria;

  ValidarEnlaceListener(ValidacionEnlaces servicio, Auditoria auditoria) {
    super(FormularioValidarEnlace.class);
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioValidarEnlace prellenar(DelegateTask tarea) {
    return servicio.vistaValidacion(RegistroParticipanteBpmn.registroId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioValidarEnlace f) {
    servicio.validarEnlace(
        RegistroParticipanteBpmn.registroId(tarea), f.decisionEnlace(), f.motivoRechazo(), auditoria.actor(tarea));
  }
}
