package mx.infoqro.gobiernoabierto.comun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Tasklist filters. Tasklist lists no task at all until a filter exists, so the common filters and
 * one per role are created at start, idempotently (by name); an agency's filter is created when the
 * agency is registered. Every filter describes itself and shows each task's folio (the task-local
 * variable {@link FolioTareas#VARIABLE}) beside its due date; filters of older databases are brought
 * up to date at start.
 */
@Service
public class FiltrosTasklist {

  private final FilterService filterService;
  private final TaskService taskService;

  FiltrosTasklist(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** Names of the filters every user (staff and liaisons) reads. */
  public static final List<String> COMUNES =
      List.of(
          Mensajes.texto("tasklist.filtro.mis-grupos"),
          Mensajes.texto("tasklist.filtro.mis-tareas"),
          Mensajes.texto("tasklist.filtro.vencidas"));

  /**
   * The filters every user needs, then one per staff role. Returns the id of each role's filter by
   * group id (for {@link Autorizaciones}).
   */
  public Map<String, String> asegurarFiltrosComunes() {
    asegurar(
        COMUNES.get(0),
        Mensajes.texto("tasklist.filtro.mis-grupos.descripcion"),
        -30,
        "#1d6a96",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    asegurar(
        COMUNES.get(1),
        Mensajes.texto("tasklist.filtro.mis-tareas.descripcion"),
        -20,
        "#2e7d32",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    asegurar(
        COMUNES.get(2),
        Mensajes.texto("tasklist.filtro.vencidas.descripcion"),
        -10,
        "#b71c1c",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    int prioridad = 10;
    Map<String, String> porGrupo = new LinkedHashMap<>();
    for (String[] rol : Grupos.ROLES) {
      porGrupo.put(rol[0], asegurarFiltroGrupo(rol[0], rol[1], prioridad++));
    }
    return porGrupo;
  }

  /** The ids of the {@link #COMUNES} filters that exist. */
  public List<String> idsComunes() {
    return COMUNES.stream()
        .flatMap(nombre -> filterService.createFilterQuery().filterName(nombre).list().stream())
        .map(Filter::getId)
        .toList();
  }

  /** A filter with the open tasks of one group; returns its id. */
  public String asegurarFiltroGrupo(String grupo, String nombre, int prioridad) {
    return asegurar(
        nombre,
        Mensajes.texto("tasklist.filtro.grupo.descripcion", nombre),
        prioridad,
        "#555555",
        taskService.createTaskQuery().taskCandidateGroup(grupo).includeAssignedTasks());
  }

  private String asegurar(String nombre, String descripcion, int prioridad, String color, TaskQuery consulta) {
    List<Filter> existentes = filterService.createFilterQuery().filterName(nombre).list();
    if (!existentes.isEmpty()) {
      return actualizar(existentes.get(0), descripcion);
    }
    Map<String, Object> propiedades = new LinkedHashMap<>();
    propiedades.put("description", descripcion);
    propiedades.put("priority", prioridad);
    propiedades.put("color", color);
    propiedades.put("refresh", true);
    propiedades.putAll(columnas());
    Filter filtro = filterService.newTaskFilter(nombre).setQuery(consulta).setProperties(propiedades);
    return filterService.saveFilter(filtro).getId();
  }

  /**
   * An existing filter gets the current description and columns; its priority, colour and query
   * (perhaps adjusted by an administrator) are kept.
   */
  private String actualizar(Filter filtro, String descripcion) {
    Map<String, Object> propiedades = new LinkedHashMap<>(filtro.getProperties() == null ? Map.of() : filtro.getProperties());
    Map<String, Object> antes = new LinkedHashMap<>(propiedades);
    propiedades.put("description", descripcion);
    propiedades.putAll(columnas());
    if (!propiedades.equals(antes)) {
      filterService.saveFilter(filtro.setProperties(propiedades));
    }
    return filtro.getId();
  }

  /** What Tasklist shows of each task besides its name, process and dates: the case's folio. */
  private static Map<String, Object> columnas() {
    return Map.of(
        "variables", List.of(Map.of("name", FolioTareas.VARIABLE, "label", "Folio")),
        "showUndefinedVariable", false);
  }
}
