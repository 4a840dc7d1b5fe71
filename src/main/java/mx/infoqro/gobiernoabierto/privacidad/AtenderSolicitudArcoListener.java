package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;

import java.util.HashMap;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AtenderSolicitudArco: on create shows the request (task-local, read-only fields); on
 * complete hands the decision, reason, answer and corrections to the service, and writes the new
 * deadline of an extension into the process.
 */
@Component("atenderSolicitudArcoListener")
class AtenderSolicitudArcoListener implements TaskListener {

  private final DerechosArcoService servicio;
  private final Auditoria auditoria;

  AtenderSolicitudArcoListener(DerechosArcoService servicio, Auditoria auditoria) {
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long id = solicitudId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      tarea.setVariablesLocal(servicio.vista(id));
      tarea.setVariableLocal(CAMPO_MOTIVO_PRORROGA, null);
      tarea.setVariableLocal(CAMPO_RESPUESTA, null);
      tarea.setVariableLocal(CAMPO_NOMBRE_CORREGIDO, null);
      tarea.setVariableLocal(CAMPO_TELEFONO_CORREGIDO, null);
      tarea.setVariableLocal(CAMPO_MUNICIPIO_CORREGIDO, null);
      tarea.setVariableLocal(CAMPO_ORGANIZACION_CORREGIDA, null);
      return;
    }
    if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      Map<String, String> correcciones = new HashMap<>();
      correcciones.put("nombre", texto(tarea, CAMPO_NOMBRE_CORREGIDO));
      correcciones.put("telefono", texto(tarea, CAMPO_TELEFONO_CORREGIDO));
      correcciones.put("municipio", texto(tarea, CAMPO_MUNICIPIO_CORREGIDO));
      correcciones.put("organizacion", texto(tarea, CAMPO_ORGANIZACION_CORREGIDA));
      Map<String, Object> variables =
          servicio.atender(
              id,
              texto(tarea, VAR_DECISION),
              texto(tarea, CAMPO_MOTIVO_PRORROGA),
              texto(tarea, CAMPO_RESPUESTA),
              correcciones,
              auditoria.actor(tarea));
      tarea.getExecution().setVariables(variables);
    }
  }
}
