package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResponderPropuestas: lists every proposal of the table; on completion stores the reasoned
 * response to each.
 */
@Component("responderPropuestasListener")
class ResponderPropuestasListener implements TaskListener {

  private final MesaService mesaService;
  private final Auditoria auditoria;

  ResponderPropuestasListener(MesaService mesaService, Auditoria auditoria) {
    this.mesaService = mesaService;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long mesaId = TareasMesa.mesaId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      Vista vista = mesaService.vista(mesaId);
      TareasMesa.encabezado(tarea, vista);
      tarea.setVariableLocal(CAMPO_RESPUESTAS, FormularioTarea.json(FormularioMesa.filasRespuestas(vista.propuestas())));
      tarea.setVariableLocal(
          CAMPO_PROPUESTAS_OPCIONES, FormularioTarea.json(FormularioMesa.opcionesPropuestas(vista.propuestas())));
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      mesaService.responderPropuestas(
          mesaId, FormularioMesa.respuestas(FormularioTarea.filas(tarea, CAMPO_RESPUESTAS)), auditoria.actor(tarea));
    }
  }
}
