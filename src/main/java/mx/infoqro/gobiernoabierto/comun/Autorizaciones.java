package mx.infoqro.gobiernoabierto.comun;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every Camunda authorization the application grants, in one table: the rows every staff role
 * needs ({@link #BASE}) and the rows each feature contributes for its own processes ({@link
 * Aporte} beans, e.g. an agency's liaisons read the models of the processes whose tasks they work).
 * Authorization is enabled (application.yaml); these grants are what each group needs, and nothing
 * more:
 *
 * <ul>
 *   <li>Tasks are not in the table (but for the commission's READ on all of them, which Cockpit's
 *       human-task dashboard asks for): the engine grants READ and TASK_WORK on a task to its candidate
 *       groups and assignee when the task is created ({@code defaultUserPermissionNameForTask}),
 *       so each group (and each agency's {@code so-<clave>}) sees and works only its own tasks.
 *       TASK_WORK (claim, complete, submit the form) instead of the default UPDATE: nobody moves a
 *       task's domain deadline or hands it to another group from Tasklist. The price: Tasklist's
 *       "Unclaim" needs TASK_ASSIGN, which also allows changing the due date, so a claimed task is
 *       released by an administrator.
 *   <li>Filters: READ per filter and per group (not a global READ on every filter), so an agency's
 *       liaisons see the common filters and their own agency's filter, not one per agency.
 *   <li>Forms: Camunda Forms are deployment resources, but the engine reads them for whoever may
 *       read the task; no DEPLOYMENT grant is needed (checked by the authorization matrix test).
 *   <li>{@code pleno}: read-only over everything in Cockpit; {@code comision} also retries failed
 *       jobs (resolving incidents) with UPDATE_INSTANCE on the definitions (one grant that covers
 *       every instance, also of later versions) but never deletes.
 *   <li>Variables: the engine enforces the specific variable permissions ({@code
 *       enforceSpecificVariablePermission}), so READ on an instance, its history or a task no
 *       longer shows its variables (task-local form values hold personal data, e.g. a commitment's
 *       contact). A task's candidate groups and assignee get READ_VARIABLE on it from the engine;
 *       only {@code comision} (and {@code camunda-admin}) reads the variables of every instance,
 *       task and history; {@code pleno} sees instances and their history without variables.
 *   <li>{@code camunda-admin}: ALL on every resource, granted by the Camunda starter.
 * </ul>
 *
 * <p>Idempotent and safe on several nodes: an existing grant of the same group on the same resource
 * only gets the permissions it lacks (permissions added by hand through Admin are kept); a grant
 * created at the same time by another node (unique key of ACT_RU_AUTHORIZATION) is read again.
 */
@Service
public class Autorizaciones {

  private static final Logger LOG = LoggerFactory.getLogger(Autorizaciones.class);

  /** Stands for every agency's group {@code so-<clave>} in the table. */
  public static final String SUJETOS = "so-<clave>";

  /** Stands for the ids of the common Tasklist filters ({@link FiltrosTasklist#COMUNES}). */
  static final String FILTROS_COMUNES = "<filtros comunes>";

  /** Stands for the id of the group's own Tasklist filter. */
  static final String FILTRO_PROPIO = "<filtro del grupo>";

  /** Staff groups that read every process model (Tasklist draws the diagram of their tasks). */
  private static final List<String> PERSONAL =
      List.of(Grupos.COMISION, Grupos.PLENO, Grupos.STL, Grupos.FACILITADORES);
  /** Every staff group granted at start. */
  private static final List<String> GRUPOS_PERSONAL =
      List.of(Grupos.COMISION, Grupos.PLENO, Grupos.STL, Grupos.FACILITADORES, Grupos.DATOS_PERSONALES);
  private static final List<String> TODOS =
      List.of(Grupos.COMISION, Grupos.PLENO, Grupos.STL, Grupos.FACILITADORES, Grupos.DATOS_PERSONALES, SUJETOS);

  /** One row: these groups get these permissions on this resource. */
  public record Concesion(List<String> grupos, Resource recurso, String recursoId, Permission... permisos) {}

  /** A feature's rows of the table: the grants its own processes need. */
  public interface Aporte {
    List<Concesion> concesiones();
  }

  /** The rows every staff role needs. Rows for the same group and resource add up to one authorization. */
  static final List<Concesion> BASE =
      List.of(
          // Tasklist for everyone who works tasks; Cockpit only for the commission and its plenary
          new Concesion(TODOS, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
          new Concesion(List.of(Grupos.COMISION, Grupos.PLENO), Resources.APPLICATION, "cockpit", Permissions.ACCESS),
          // Tasklist filters: the common ones and the group's own
          new Concesion(TODOS, Resources.FILTER, FILTROS_COMUNES, Permissions.READ),
          new Concesion(TODOS, Resources.FILTER, FILTRO_PROPIO, Permissions.READ),
          // Tasklist draws the diagram of a task's process: the models (not their instances)
          new Concesion(PERSONAL, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ),
          // Cockpit, read-only: instances, their history, the decision tables
          new Concesion(
              List.of(Grupos.COMISION, Grupos.PLENO),
              Resources.PROCESS_DEFINITION,
              "*",
              ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_HISTORY),
          new Concesion(
              List.of(Grupos.COMISION, Grupos.PLENO), Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ),
          new Concesion(
              List.of(Grupos.COMISION, Grupos.PLENO),
              Resources.DECISION_DEFINITION,
              "*",
              Permissions.READ,
              Permissions.READ_HISTORY),
          // The commission runs the exercise: sees every open task (who holds what) and retries
          // failed jobs (incidents); it deletes nothing
          new Concesion(
              List.of(Grupos.COMISION),
              Resources.PROCESS_DEFINITION,
              "*",
              ProcessDefinitionPermissions.READ_TASK,
              ProcessDefinitionPermissions.UPDATE_INSTANCE),
          // ...including Cockpit's human-task dashboard, which counts every task by group and asks
          // for READ on all tasks (the definitions' READ_TASK above already shows each of them)
          new Concesion(List.of(Grupos.COMISION), Resources.TASK, "*", Permissions.READ),
          // ...and only the commission reads variables (personal data in form values) of every
          // instance, task and history entry
          new Concesion(
              List.of(Grupos.COMISION),
              Resources.PROCESS_DEFINITION,
              "*",
              ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
              ProcessDefinitionPermissions.READ_TASK_VARIABLE,
              ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));

  private final AuthorizationService authorizationService;
  private final TaskService taskService;
  private final FiltrosTasklist filtros;
  private final List<Concesion> tabla;

  Autorizaciones(
      AuthorizationService authorizationService, TaskService taskService, FiltrosTasklist filtros, List<Aporte> aportes) {
    this.authorizationService = authorizationService;
    this.taskService = taskService;
    this.filtros = filtros;
    List<Concesion> todas = new ArrayList<>(BASE);
    aportes.forEach(a -> todas.addAll(a.concesiones()));
    this.tabla = List.copyOf(todas);
  }

  /** The whole table: {@link #BASE} and every feature's rows. */
  public List<Concesion> tabla() {
    return tabla;
  }

  /**
   * At start: the grants of the staff groups, given the id of each role's own filter (by group id).
   */
  public void concederPersonal(Map<String, String> filtroPorGrupo) {
    List<String> comunes = filtros.idsComunes();
    for (String grupo : GRUPOS_PERSONAL) {
      conceder(grupo, grupo, comunes, filtroPorGrupo.get(grupo));
    }
  }

  /** At an agency's registration: the grants of its liaisons' group, given its own filter's id. */
  public void concederSujeto(String grupo, String filtroPropio) {
    conceder(grupo, SUJETOS, filtros.idsComunes(), filtroPropio);
  }

  /**
   * Tasks created while authorization was off (databases older than this class) have no task
   * grants, and tasks created before the specific variable permissions were enforced lack
   * READ_VARIABLE, and tasks created before historic instance permissions were enabled lack the
   * history of the task (Tasklist reads comments through it): gives each open task's candidate
   * groups READ, TASK_WORK and READ_VARIABLE on the task and READ and READ_VARIABLE on its
   * history, as the engine does today.
   */
  public void completarTareasAnteriores() {
    int agregadas = 0;
    for (Task tarea : taskService.createTaskQuery().list()) {
      for (IdentityLink enlace : taskService.getIdentityLinksForTask(tarea.getId())) {
        if (!IdentityLinkType.CANDIDATE.equals(enlace.getType()) || enlace.getGroupId() == null) {
          continue;
        }
        if (asegurar(enlace.getGroupId(), Resources.TASK, tarea.getId(), Set.of(Permissions.READ, TaskPermissions.TASK_WORK, TaskPermissions.READ_VARIABLE))) {
          agregadas++;
        }
        if (asegurar(enlace.getGroupId(), Resources.HISTORIC_TASK, tarea.getId(), Set.of(HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE))) {
          agregadas++;
        }
      }
    }
    if (agregadas > 0) {
      LOG.info("Granted {} task authorizations to candidate groups of tasks created before authorization", agregadas);
    }
  }

  private void conceder(String grupo, String fila, List<String> comunes, String filtroPropio) {
    for (Concesion c : tabla) {
      if (!c.grupos().contains(fila)) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      switch (c.recursoId()) {
        case FILTROS_COMUNES -> ids.addAll(comunes);
        case FILTRO_PROPIO -> {
          if (filtroPropio != null) {
            ids.add(filtroPropio);
          }
        }
        default -> ids.add(c.recursoId());
      }
      for (String id : ids) {
        asegurar(grupo, c.recurso(), id, Set.of(c.permisos()));
      }
    }
  }

  /** Makes the group's grant on the resource hold the permissions; true if anything changed. */
  private boolean asegurar(String grupo, Resource recurso, String recursoId, Set<Permission> permisos) {
    try {
      return guardar(grupo, recurso, recursoId, permisos);
    } catch (ProcessEngineException carrera) {
      // another node created the same grant at the same time: read it again
      LOG.debug("Grant of {} on {} {} created concurrently; retrying", grupo, recurso.resourceName(), recursoId, carrera);
      return guardar(grupo, recurso, recursoId, permisos);
    }
  }

  private boolean guardar(String grupo, Resource recurso, String recursoId, Set<Permission> permisos) {
    Authorization autorizacion =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(grupo)
            .resourceType(recurso)
            .resourceId(recursoId)
            .singleResult();
    boolean nueva = autorizacion == null;
    if (nueva) {
      autorizacion = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      autorizacion.setGroupId(grupo);
      autorizacion.setResource(recurso);
      autorizacion.setResourceId(recursoId);
    }
    boolean cambio = nueva;
    for (Permission permiso : permisos) {
      if (!autorizacion.isPermissionGranted(permiso)) {
        autorizacion.addPermission(permiso);
        cambio = true;
      }
    }
    if (cambio) {
      authorizationService.saveAuthorization(autorizacion);
    }
    return cambio;
  }
}
