package mx.infoqro.gobiernoabierto.comun;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Why a person can no longer work a task they still see (two browser tabs, two people of one
 * group, a deadline that moved the case on): the Spanish message for the second attempt. The engine
 * refuses that attempt and changes nothing; its own answer ("Cannot find task with id…", "Task is
 * already claimed by someone else") is English and technical.
 */
@Component
public class TareasConcluidas {

  /** The engine's delete reason of a task that was completed. */
  static final String COMPLETADA = "completed";

  private final TaskService taskService;
  private final HistoryService historyService;

  TareasConcluidas(TaskService taskService, HistoryService historyService) {
    this.taskService = taskService;
    this.historyService = historyService;
  }

  /**
   * The message for an attempt to complete (or claim) task {@code id} that failed, if the failure is
   * explained by the task being gone or taken: completed (by whom), ended with its case, or claimed
   * by someone else. Empty when the task never existed or is still open and free: the engine's own
   * answer stands.
   */
  public Optional<String> explicar(String id, boolean reclamando) {
    Task abierta = taskService.createTaskQuery().taskId(id).singleResult();
    if (abierta != null) {
      return reclamando && abierta.getAssignee() != null
          ? Optional.of(Mensajes.texto("tarea.ya-tomada", abierta.getAssignee()))
          : Optional.empty();
    }
    HistoricTaskInstance historica = historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult();
    if (historica == null) {
      return Optional.empty();
    }
    if (COMPLETADA.equals(historica.getDeleteReason())) {
      return Optional.of(
          historica.getAssignee() != null
              ? Mensajes.texto("tarea.ya-completada", historica.getAssignee())
              : Mensajes.texto("tarea.ya-completada.alguien"));
    }
    return Optional.of(Mensajes.texto("tarea.ya-no-pendiente"));
  }
}
