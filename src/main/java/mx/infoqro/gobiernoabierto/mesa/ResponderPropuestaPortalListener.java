package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.mesa.MesaService.PropuestaVista;
import mx.infoqro.gobiernoabierto.mesa.MesaService.TareaPropuestaPortal;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResponderPropuestaPortal: shows the proposal received on the portal (read-only) and goes to
 * the table's facilitator when the table has one (the task stays a candidate task of
 * facilitadores); on completion stores the reasoned response through the same rule as
 * Task_ResponderPropuestas.
 */
@Component("responderPropuestaPortalListener")
class ResponderPropuestaPortalListener implements TaskListener {

  private final MesaService mesaService;
  private final Auditoria auditoria;

  ResponderPropuestaPortalListener(MesaService mesaService, Auditoria auditoria) {
    this.mesaService = mesaService;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long mesaId = TareasMesa.mesaId(tarea);
    Long propuestaId = propuestaId(tarea);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      TareaPropuestaPortal datos = mesaService.tareaPropuestaPortal(mesaId, propuestaId);
      Vista vista = datos.mesa();
      TareasMesa.encabezado(tarea, vista);
      PropuestaVista p = datos.propuesta();
      tarea.setVariableLocal(CAMPO_PROPUESTA_NUMERO, "#" + p.id());
      tarea.setVariableLocal(CAMPO_PROPUESTA_AUTOR, p.autorPublico());
      tarea.setVariableLocal(CAMPO_PROPUESTA_PROBLEMA, p.problema());
      tarea.setVariableLocal(CAMPO_PROPUESTA_CAUSA, datos.causa() != null ? datos.causa() : "(sin causa indicada)");
      tarea.setVariableLocal(CAMPO_PROPUESTA_TEXTO, p.propuesta());
      List<PropuestaVista> otras = vista.propuestas().stream().filter(o -> !o.id().equals(propuestaId)).toList();
      tarea.setVariableLocal(CAMPO_PROPUESTAS_OPCIONES, FormularioTarea.json(FormularioMesa.opcionesPropuestas(otras)));
      // Submitted values land in the task, not in the table's process
      tarea.setVariableLocal(CAMPO_DECISION, null);
      tarea.setVariableLocal(CAMPO_FUSIONADA_CON, null);
      tarea.setVariableLocal(CAMPO_RAZON, null);
      // The table's facilitator gets the task: mesa/Facilitacion, the one place for it
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      mesaService.responderPropuesta(
          mesaId,
          FormularioMesa.respuesta(
              propuestaId,
              FormularioTarea.valor(tarea, CAMPO_DECISION),
              FormularioTarea.valor(tarea, CAMPO_RAZON),
              FormularioTarea.valor(tarea, CAMPO_FUSIONADA_CON)),
          auditoria.actor(tarea));
    }
  }

  private static Long propuestaId(DelegateTask tarea) {
    Object valor = tarea.getVariable(VAR_PROPUESTA_PORTAL_ID);
    if (!(valor instanceof Number numero)) {
      throw new IllegalStateException("La tarea no tiene la variable " + VAR_PROPUESTA_PORTAL_ID);
    }
    return numero.longValue();
  }
}
