package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_FirmarPlanAccion of the edition: shows the Pleno the approved commitments; hands the
 * signature (or its refusal) and the observations to {@link PlanAccionService#firmar}.
 */
@Component("firmarPlanAccionListener")
class FirmarPlanAccionListener extends ListenerFormulario<FormularioFirmarPlanAccion> {

  private final PlanAccionService planes;
  private final Auditoria auditoria;

  FirmarPlanAccionListener(PlanAccionService planes, Auditoria auditoria) {
    super(FormularioFirmarPlanAccion.class);
    this.planes = planes;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioFirmarPlanAccion prellenar(DelegateTask tarea) {
    return planes.formularioFirma(VariablesProceso.id(tarea, VAR_EJERCICIO_ID));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioFirmarPlanAccion f) {
    planes.firmar(VariablesProceso.id(tarea, VAR_EJERCICIO_ID), f.planFirmado(), f.observaciones(), auditoria.actor(tarea));
  }
}
