package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Base of the listeners of the three decision tasks (STL, agency, Pleno). On {@code create} it
 * writes the read-only view of the draft and an empty observations field as task-local variables,
 * and removes the decision of an earlier round, so that a completion without a decision is caught by
 * the service instead of reusing a stale one. The decision itself is not preset: it lands in the
 * process scope, where the gateway reads it. On {@code complete} the subclass hands the form to the
 * service.
 */
abstract class TareaDecisionCompromiso implements TaskListener {

  protected final AprobacionCompromisoService servicio;
  protected final Auditoria auditoria;
  private final String variableDecision;

  TareaDecisionCompromiso(AprobacionCompromisoService servicio, Auditoria auditoria, String variableDecision) {
    this.servicio = servicio;
    this.auditoria = auditoria;
    this.variableDecision = variableDecision;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long compromisoId = compromisoId(tarea);
    switch (tarea.getEventName()) {
      case EVENTNAME_CREATE -> {
        VistaCompromiso vista = servicio.vista(compromisoId);
        tarea.setVariableLocal(CAMPO_FOLIO, vista.folio());
        tarea.setVariableLocal(CAMPO_TITULO, vista.titulo());
        tarea.setVariableLocal(CAMPO_EJE, vista.eje());
        tarea.setVariableLocal(CAMPO_PROBLEMA, vista.problema());
        tarea.setVariableLocal(CAMPO_DESCRIPCION, vista.descripcion());
        tarea.setVariableLocal(CAMPO_HITOS_RESUMEN, vista.hitosResumen());
        tarea.setVariableLocal(CAMPO_SUJETO_RESPONSABLE, vista.sujetoResponsable());
        tarea.setVariableLocal(CAMPO_RONDA, vista.ronda());
        tarea.setVariableLocal(CAMPO_OBSERVACIONES_ANTERIORES, vista.observacionesAnteriores());
        tarea.setVariableLocal(CAMPO_OBSERVACIONES, null);
        tarea.removeVariable(variableDecision);
        alCrear(tarea);
      }
      case EVENTNAME_COMPLETE -> alCompletar(tarea, compromisoId, auditoria.actor(tarea));
      default -> {
        // only create and complete are wired in the model
      }
    }
  }

  /** Extra fields to preset locally; none by default. */
  protected void alCrear(DelegateTask tarea) {}

  /** Hands the submitted form to the service, which validates and stores it. */
  protected abstract void alCompletar(DelegateTask tarea, Long compromisoId, String usuario);
}
