package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ValidarEnlace: on create shows the registration (task-local, read-only fields); on complete
 * hands comision's decision and reason to the service, which validates, stores and logs them.
 */
@Component("validarEnlaceListener")
class ValidarEnlaceListener implements TaskListener {

  private final RegistroService servicio;
  private final Auditoria auditoria;

  ValidarEnlaceListener(RegistroService servicio, Auditoria auditoria) {
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long id = registroId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      tarea.setVariablesLocal(servicio.vistaValidacion(id));
      tarea.setVariableLocal(CAMPO_MOTIVO, null);
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      servicio.validarEnlace(id, texto(tarea, VAR_DECISION), texto(tarea, CAMPO_MOTIVO), auditoria.actor(tarea));
    }
  }
}
