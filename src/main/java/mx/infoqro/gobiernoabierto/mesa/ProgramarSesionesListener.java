package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ProgramarSesiones: opens the form with one empty session row; on completion schedules the
 * sessions (the completing user becomes the table's facilitator).
 */
@Component("programarSesionesListener")
class ProgramarSesionesListener implements TaskListener {

  private final MesaService mesaService;
  private final Auditoria auditoria;
  private final Plazos plazos;

  ProgramarSesionesListener(MesaService mesaService, Auditoria auditoria, Plazos plazos) {
    this.mesaService = mesaService;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long mesaId = TareasMesa.mesaId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      Vista vista = mesaService.vista(mesaId);
      TareasMesa.encabezado(tarea, vista);
      Map<String, Object> filaVacia = new HashMap<>();
      filaVacia.put(CAMPO_FECHA_HORA, null);
      filaVacia.put(CAMPO_LUGAR, null);
      filaVacia.put(CAMPO_ENLACE, null);
      tarea.setVariableLocal(CAMPO_SESIONES, FormularioTarea.json(List.of(filaVacia)));
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      mesaService.programarSesiones(
          mesaId,
          FormularioMesa.sesiones(FormularioTarea.filas(tarea, CAMPO_SESIONES), plazos.ahora().getZone()),
          auditoria.actor(tarea));
    }
  }
}
