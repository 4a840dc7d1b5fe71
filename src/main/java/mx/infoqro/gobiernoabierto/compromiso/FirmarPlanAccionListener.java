package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.siNo;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.VAR_EJERCICIO_ID;

import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FirmarPlanAccion of the edition: shows the Pleno the approved commitments; on complete hands
 * the signature (or its refusal with observations) to {@link PlanAccionService#firmar}.
 */
@Component("firmarPlanAccionListener")
class FirmarPlanAccionListener implements TaskListener {

  private final PlanAccionService planes;
  private final Auditoria auditoria;

  FirmarPlanAccionListener(PlanAccionService planes, Auditoria auditoria) {
    this.planes = planes;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long id = (Long) tarea.getVariable(VAR_EJERCICIO_ID);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      var aprobados = planes.aprobados(id);
      String resumen =
          aprobados.isEmpty()
              ? "El plan no tiene compromisos aprobados."
              : aprobados.stream()
                  .map(c -> c.getFolio() + " — " + c.getTitulo() + " (" + c.getSujetoResponsable().getNombre() + ")")
                  .collect(Collectors.joining("\n"));
      tarea.setVariableLocal("resumenPlan", resumen);
      tarea.setVariableLocal("planFirmado", false);
      tarea.setVariableLocal("observaciones", null);
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      planes.firmar(id, siNo(tarea, "planFirmado"), texto(tarea, "observaciones"), auditoria.actor(tarea));
    }
  }
}
