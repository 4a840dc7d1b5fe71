package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoAplicado;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up after an approved change (issue #28), in the change's transaction. Its timers hold
 * no date of the commitment (the report cycle and the end of the plan come from the edition's call;
 * the report's reminder and deadline from the day the report opens), and the late marks and the
 * progress are read from the milestones' tables, so a moved date or a removed milestone needs
 * nothing here. What the instance holds from its creation is the responsible agency's group: when
 * the change passes the commitment to another agency, the instance and its open report go to the
 * new agency's liaisons (an old liaison's claim is released).
 */
@Component
class SeguimientoTrasCambio {

  private final RuntimeService runtime;
  private final TaskService tareas;

  SeguimientoTrasCambio(RuntimeService runtime, TaskService tareas) {
    this.runtime = runtime;
    this.tareas = tareas;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void alAplicar(CambioCompromisoAplicado aplicado) {
    if (aplicado.grupoAnterior().equals(aplicado.grupoNuevo())) {
      return;
    }
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(SeguimientoBpmn.KEY)
        .variableValueEquals(SeguimientoBpmn.VAR_COMPROMISO_ID, aplicado.compromisoId()).list()) {
      runtime.setVariable(pi.getId(), SeguimientoBpmn.VAR_GRUPO_RESPONSABLE, aplicado.grupoNuevo());
      for (Task t : tareas.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(aplicado.grupoAnterior()).list()) {
        tareas.deleteCandidateGroup(t.getId(), aplicado.grupoAnterior());
        tareas.addCandidateGroup(t.getId(), aplicado.grupoNuevo());
        if (t.getAssignee() != null) {
          tareas.setAssignee(t.getId(), null);
        }
      }
    }
  }
}
