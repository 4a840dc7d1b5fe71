package mx.infoqro.gobiernoabierto.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Tasklist filters. Tasklist lists no task at all until a filter exists, so the common filters and
 * one per role are created at start, idempotently (by name); an agency's filter is created when the
 * agency is registered.
 */
@Service
public class FiltrosTasklist {

  private final FilterService filterService;
  private final TaskService taskService;

  FiltrosTasklist(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** The filters every user needs, then one per staff role. */
  public void asegurarFiltrosComunes() {
    asegurar(
        "Tareas de mis grupos",
        "Tareas abiertas de los grupos a los que pertenezco",
        -30,
        "#1d6a96",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    asegurar(
        "Mis tareas",
        "Tareas asignadas a mí",
        -20,
        "#2e7d32",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    asegurar(
        "Vencidas",
        "Tareas de mis grupos cuya fecha límite ya pasó",
        -10,
        "#b71c1c",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    int prioridad = 10;
    for (String[] rol : Grupos.ROLES) {
      asegurarFiltroGrupo(rol[0], rol[1], prioridad++);
    }
  }

  /** A filter with the open tasks of one group. */
  public void asegurarFiltroGrupo(String grupo, String nombre, int prioridad) {
    asegurar(
        nombre,
        "Tareas abiertas del grupo " + grupo,
        prioridad,
        "#555555",
        taskService.createTaskQuery().taskCandidateGroup(grupo).includeAssignedTasks());
  }

  private void asegurar(String nombre, String descripcion, int prioridad, String color, TaskQuery consulta) {
    if (filterService.createFilterQuery().filterName(nombre).count() > 0) {
      return;
    }
    Map<String, Object> propiedades = new LinkedHashMap<>();
    propiedades.put("description", descripcion);
    propiedades.put("priority", prioridad);
    propiedades.put("color", color);
    propiedades.put("refresh", true);
    Filter filtro = filterService.newTaskFilter(nombre).setQuery(consulta).setProperties(propiedades);
    filterService.saveFilter(filtro);
  }
}
