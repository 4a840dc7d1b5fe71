package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.VAR_COMPROMISO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluarCompromiso: opens the evaluation (the commitment, its approval criteria, its
 * follow-up summary and any evaluation already recorded); hands the IRM scales to {@link
 * EvaluacionFinal#evaluar}.
 */
@Component("evaluarCompromisoListener")
class EvaluarCompromisoListener extends ListenerFormulario<FormularioEvaluarCompromiso> {

  private final EvaluacionFinal evaluacion;
  private final Auditoria auditoria;

  EvaluarCompromisoListener(EvaluacionFinal evaluacion, Auditoria auditoria) {
    super(FormularioEvaluarCompromiso.class);
    this.evaluacion = evaluacion;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioEvaluarCompromiso prellenar(DelegateTask tarea) {
    return evaluacion.formulario(VariablesProceso.id(tarea, VAR_COMPROMISO_ID));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioEvaluarCompromiso f) {
    evaluacion.evaluar(VariablesProceso.id(tarea, VAR_COMPROMISO_ID), f, auditoria.actor(tarea));
  }
}
