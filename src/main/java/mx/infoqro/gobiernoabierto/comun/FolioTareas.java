package mx.infoqro.gobiernoabierto.comun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task carries its case's folio (the business key of its process instance, e.g. {@code
 * EGA-2026-C-014}) as the task-local variable {@value #VARIABLE}, so that Tasklist's filters list it
 * beside the due date ({@link FiltrosTasklist}). Task-local because the engine enforces the specific
 * variable permissions: a task's candidate groups read the task's own variables (READ_VARIABLE),
 * not its process's. A built-in listener (added to every user task at parse time) so no model has to
 * declare it and "skip custom listeners" in Cockpit does not skip it. Forms that show a {@code folio}
 * field read the same value.
 */
@Component
public class FolioTareas extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FolioTareas.class);

  /** The task-local variable with the folio. */
  public static final String VARIABLE = "folio";

  private static final TaskListener ANOTAR_FOLIO = FolioTareas::anotar;

  private final ObjectProvider<TaskService> tareas;
  private final ObjectProvider<RuntimeService> ejecucion;

  FolioTareas(ObjectProvider<TaskService> tareas, ObjectProvider<RuntimeService> ejecucion) {
    this.tareas = tareas;
    this.ejecucion = ejecucion;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuracion) {
    List<BpmnParseListener> oyentes =
        configuracion.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuracion.getCustomPostBPMNParseListeners());
    oyentes.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element elemento, ScopeImpl ambito, ActivityImpl actividad) {
            ((UserTaskActivityBehavior) actividad.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ANOTAR_FOLIO);
          }
        });
    configuracion.setCustomPostBPMNParseListeners(oyentes);
  }

  private static void anotar(DelegateTask tarea) {
    String folio = tarea.getExecution() == null ? null : tarea.getExecution().getProcessBusinessKey();
    if (folio != null) {
      tarea.setVariableLocal(VARIABLE, folio);
    }
  }

  /**
   * Open tasks created before this listener existed (older databases) get their folio. Idempotent;
   * run at every start.
   */
  public void completarTareasAnteriores() {
    Set<String> conFolio =
        ejecucion.getObject().createVariableInstanceQuery().variableName(VARIABLE).list().stream()
            .map(VariableInstance::getTaskId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    int anotadas = 0;
    for (Task tarea : tareas.getObject().createTaskQuery().list()) {
      if (conFolio.contains(tarea.getId()) || tarea.getProcessInstanceId() == null) {
        continue;
      }
      String folio =
          ejecucion.getObject().createProcessInstanceQuery().processInstanceId(tarea.getProcessInstanceId()).singleResult()
              .getBusinessKey();
      if (folio != null) {
        tareas.getObject().setVariableLocal(tarea.getId(), VARIABLE, folio);
        anotadas++;
      }
    }
    if (anotadas > 0) {
      LOG.info("Wrote the folio of {} open tasks created before tasks carried it", anotadas);
    }
  }
}
