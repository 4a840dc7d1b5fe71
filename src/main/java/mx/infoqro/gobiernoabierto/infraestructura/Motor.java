package mx.infoqro.gobiernoabierto.infraestructura;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The one way code drives the engine by hand, as the job executor and Tasklist would: the job
 * executor is off in tests (and stopped while the demo plays), so timers and async continuations
 * are executed here explicitly, never slept on; tasks are claimed and their forms submitted through
 * the form service; the engine's clock moves here and nowhere else. The process tests, the demo
 * ({@code demo/PasosDemo}), the whole-edition test and the benchmarks use it alike; {@code
 * MotorUnicoTest} fails when another class submits a form, completes a task, executes a job or sets
 * the clock.
 *
 * <p>Not a component (it moves the clock: production never needs one): {@code PruebaIntegracion}
 * tests have one as {@code motor}, the demo's steps make their own, tests outside them (browser
 * tests, benchmarks) make one with {@code new Motor(engine)}. Every step fails with the activity's
 * name when there is nothing to act on.
 */
public class Motor {

  /** Rounds of async continuations after which a chain is taken for a loop (a job re-creating itself). */
  private static final int VUELTAS_MAXIMAS = 100;

  private final ProcessEngine engine;

  public Motor(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * The id of the running instance of the process with that business key (an edition, or one of its
   * cases: a registration, a table, a commitment's approval or follow-up).
   */
  public String instancia(String claveProceso, String claveNegocio) {
    ProcessInstance pi =
        engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(claveProceso)
            .processInstanceBusinessKey(claveNegocio)
            .singleResult();
    if (pi == null) {
      throw new IllegalStateException("No running " + claveProceso + " with business key " + claveNegocio);
    }
    return pi.getId();
  }

  // --- the clock -----------------------------------------------------------------------------

  /**
   * Sets the engine's clock ({@link ClockUtil}, which the whole application reads) to {@code
   * momento}, forward or back: a test's day, or the demo playing an edition of the past. The one
   * place that sets it ({@link #dispararTimer} only ever moves it forward); {@link #relojReal()}
   * gives the real time back.
   */
  public void avanzarA(Instant momento) {
    ClockUtil.setCurrentTime(Date.from(momento));
  }

  /** {@link #avanzarA(Instant)} for a date of the engine's API (e.g. a job's due date). */
  public void avanzarA(Date momento) {
    avanzarA(momento.toInstant());
  }

  /** {@link #avanzarA(Instant)} for a moment in a time zone (the demo's and the tests' days). */
  public void avanzarA(ZonedDateTime momento) {
    avanzarA(momento.toInstant());
  }

  /** Moves the engine's clock forward by {@code lapso} from where it is. */
  public void avanzar(Duration lapso) {
    avanzarA(ClockUtil.getCurrentTime().toInstant().plus(lapso));
  }

  /** Gives the engine its real clock back ({@link ClockUtil#reset}): after a test, or a play of the demo. */
  public void relojReal() {
    ClockUtil.reset();
  }

  // --- jobs ----------------------------------------------------------------------------------

  /** The single job (timer or async continuation) waiting at the activity of the instance. */
  public Job trabajo(String processInstanceId, String actividad) {
    Job job =
        engine.getManagementService().createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(actividad)
            .singleResult();
    if (job == null) {
      throw new IllegalStateException("No job at " + actividad + " in " + processInstanceId);
    }
    return job;
  }

  /** Executes the job waiting at the activity now, whatever its due date (the clock stays). */
  public void ejecutar(String processInstanceId, String actividad) {
    engine.getManagementService().executeJob(trabajo(processInstanceId, actividad).getId());
  }

  /**
   * Executes now the timer of the process' definition, not of an instance, at the activity: a timer
   * start event (a scheduled run); the clock stays.
   */
  public void ejecutarInicio(String claveProceso, String actividad) {
    Job job =
        engine.getManagementService().createJobQuery()
            .processDefinitionKey(claveProceso)
            .activityId(actividad)
            .timers()
            .singleResult();
    if (job == null) {
      throw new IllegalStateException("No timer at " + actividad + " of " + claveProceso);
    }
    engine.getManagementService().executeJob(job.getId());
  }

  /**
   * Executes the timer at the activity at its due date: the engine's clock ({@link ClockUtil},
   * which the whole application reads) moves there first, never back. {@code PruebaIntegracion}
   * resets it after each test, the demo when its play ends.
   */
  public void dispararTimer(String processInstanceId, String actividad) {
    dispararTimer(trabajo(processInstanceId, actividad));
  }

  /** {@link #dispararTimer(String, String)} for a job already found (e.g. the earliest timer of all). */
  public void dispararTimer(Job job) {
    if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(job.getDuedate());
    }
    ejecutar(job.getId());
  }

  /**
   * Fires, earliest first, the timers of the instance due at or before {@code momento} (each moves
   * the clock to its due date; a timer a fired one sets, if due too, fires as well); returns how many.
   */
  public int dispararTimersHasta(String processInstanceId, Instant momento) {
    Date limite = Date.from(momento);
    for (int disparados = 0; disparados < VUELTAS_MAXIMAS; disparados++) {
      List<Job> vencidos = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
          .duedateLowerThan(new Date(limite.getTime() + 1)).orderByJobDuedate().asc().listPage(0, 1);
      if (vencidos.isEmpty()) {
        return disparados;
      }
      dispararTimer(vencidos.get(0));
    }
    throw new IllegalStateException("Timers of " + processInstanceId + " still due after " + VUELTAS_MAXIMAS + " rounds");
  }

  /** Executes the job with that id now, whatever its due date (the clock stays); its failure is thrown. */
  public void ejecutar(String jobId) {
    engine.getManagementService().executeJob(jobId);
  }

  /**
   * Executes the executable async continuations (message jobs; timers are left) that {@code filtro}
   * selects, round after round, until it selects none: a step may queue the next one.
   *
   * @return how many jobs ran
   */
  public int ejecutarAsincronos(UnaryOperator<JobQuery> filtro) {
    int ejecutados = 0;
    for (int vuelta = 0; vuelta < VUELTAS_MAXIMAS; vuelta++) {
      List<Job> pendientes = filtro.apply(engine.getManagementService().createJobQuery().messages().executable()).list();
      if (pendientes.isEmpty()) {
        return ejecutados;
      }
      for (Job job : pendientes) {
        engine.getManagementService().executeJob(job.getId());
        ejecutados++;
      }
    }
    throw new IllegalStateException("Async jobs still queued after " + VUELTAS_MAXIMAS + " rounds");
  }

  /** The async continuations of one instance, until none is left. */
  public int ejecutarAsincronos(String processInstanceId) {
    return ejecutarAsincronos(q -> q.processInstanceId(processInstanceId));
  }

  /**
   * The async continuations of every case of an edition (the instances whose business key starts
   * with its folio: the edition, its registrations, tables, approvals, follow-ups; or of one
   * commitment's cases, given its folio), until none is left. Mail delivery (keyed by the
   * notification) is not among them.
   */
  public int ejecutarAsincronosDeEdicion(String folio) {
    int ejecutados = 0;
    for (int vuelta = 0; vuelta < VUELTAS_MAXIMAS; vuelta++) {
      Set<String> casos = new HashSet<>();
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(folio + "%").list()
          .forEach(pi -> casos.add(pi.getId()));
      int ronda = casos.isEmpty() ? 0 : ejecutarAsincronos(q -> q.processInstanceIds(casos));
      if (ronda == 0) {
        return ejecutados;
      }
      ejecutados += ronda; // a job may have started a new case: look again
    }
    throw new IllegalStateException("Async jobs of " + folio + " still queued after " + VUELTAS_MAXIMAS + " rounds");
  }

  // --- tasks ---------------------------------------------------------------------------------

  /** The single task at the activity of the instance. */
  public Task tarea(String processInstanceId, String actividad) {
    Task tarea =
        engine.getTaskService().createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(actividad)
            .singleResult();
    if (tarea == null) {
      throw new IllegalStateException("No task " + actividad + " in " + processInstanceId);
    }
    return tarea;
  }

  /** Claims the task at the activity as {@code usuario} and submits its form, as Tasklist does. */
  public void completar(String processInstanceId, String actividad, String usuario, Map<String, Object> valores) {
    completar(tarea(processInstanceId, actividad), usuario, valores);
  }

  /**
   * Claims the task as {@code usuario} (unless it is already theirs; another person's claim fails)
   * and submits the form values through the FormService, as Tasklist does: the form's validation
   * and the task listeners run. No user is authenticated, so no authorization applies.
   */
  public void completar(Task tarea, String usuario, Map<String, Object> valores) {
    reclamar(tarea, usuario);
    engine.getFormService().submitTaskForm(tarea.getId(), valores);
  }

  /**
   * {@link #completar(Task, String, Map)} with {@code usuario} signed in with {@code grupos}, as in
   * Tasklist: the engine checks the group's authorizations, and the decision is recorded as theirs.
   */
  public void completarAutenticado(Task tarea, String usuario, List<String> grupos, Map<String, Object> valores) {
    engine.getIdentityService().setAuthentication(usuario, grupos);
    try {
      completar(tarea, usuario, valores);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Claims the task as {@code usuario} (unless it is already theirs) and completes it with {@code
   * valores} through {@code TaskService.complete}, as REST {@code /complete} does, not through its
   * form: the values land in the execution, and the task listeners run. For the tests of that path
   * only; people submit forms ({@link #completar(Task, String, Map)}).
   */
  public void completarSinFormulario(Task tarea, String usuario, Map<String, Object> valores) {
    reclamar(tarea, usuario);
    engine.getTaskService().complete(tarea.getId(), valores);
  }

  /**
   * Submits the form of the task with that id as it stands, claimed or not, through the FormService:
   * for the tests of the forms themselves (their validation at the limits), which claim nothing.
   */
  public void enviar(String taskId, Map<String, Object> valores) {
    engine.getFormService().submitTaskForm(taskId, valores);
  }

  private void reclamar(Task tarea, String usuario) {
    String asignada = engine.getTaskService().createTaskQuery().taskId(tarea.getId()).singleResult().getAssignee();
    if (!usuario.equals(asignada)) {
      engine.getTaskService().claim(tarea.getId(), usuario);
    }
  }
}
