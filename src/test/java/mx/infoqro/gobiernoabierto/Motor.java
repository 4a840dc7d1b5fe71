package mx.infoqro.gobiernoabierto;

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
import org.springframework.stereotype.Component;

/**
 * The steps tests take on the engine, as the job executor and Tasklist would: the job executor is
 * off in tests, so timers and async continuations are executed here explicitly, never slept on.
 * {@link PruebaIntegracion} tests have one as {@code motor}; tests outside it (browser tests,
 * benchmarks) make one with {@code new Motor(engine)}. Every step fails with the activity's name
 * when there is nothing to act on.
 */
@Component
public class Motor {

  /** Rounds of async continuations after which a chain is taken for a loop (a job re-creating itself). */
  private static final int VUELTAS_MAXIMAS = 100;

  private final ProcessEngine engine;

  public Motor(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The id of the running instance of the process with that business key. */
  public String instancia(String claveProceso, String claveNegocio) {
    ProcessInstance pi =
        engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(claveProceso)
            .processInstanceBusinessKey(claveNegocio)
            .singleResult();
    if (pi == null) {
      throw new AssertionError("No running " + claveProceso + " with business key " + claveNegocio);
    }
    return pi.getId();
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
      throw new AssertionError("No job at " + actividad + " in " + processInstanceId);
    }
    return job;
  }

  /** Executes the job waiting at the activity now, whatever its due date (the clock stays). */
  public void ejecutar(String processInstanceId, String actividad) {
    engine.getManagementService().executeJob(trabajo(processInstanceId, actividad).getId());
  }

  /**
   * Executes the timer at the activity at its due date: the engine's clock ({@link ClockUtil},
   * which the whole application reads) moves there first, never back. {@link PruebaIntegracion}
   * resets it after each test.
   */
  public void dispararTimer(String processInstanceId, String actividad) {
    Job job = trabajo(processInstanceId, actividad);
    if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(job.getDuedate());
    }
    engine.getManagementService().executeJob(job.getId());
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
    throw new AssertionError("Async jobs still queued after " + VUELTAS_MAXIMAS + " rounds");
  }

  /** The async continuations of one instance, until none is left. */
  public int ejecutarAsincronos(String processInstanceId) {
    return ejecutarAsincronos(q -> q.processInstanceId(processInstanceId));
  }

  /**
   * The async continuations of every case of an edition (the instances whose business key starts
   * with its folio: the edition, its registrations, tables, approvals, follow-ups), until none is
   * left. Mail delivery (keyed by the notification) is not among them.
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
    throw new AssertionError("Async jobs of " + folio + " still queued after " + VUELTAS_MAXIMAS + " rounds");
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
      throw new AssertionError("No task " + actividad + " in " + processInstanceId);
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
    String asignada = engine.getTaskService().createTaskQuery().taskId(tarea.getId()).singleResult().getAssignee();
    if (!usuario.equals(asignada)) {
      engine.getTaskService().claim(tarea.getId(), usuario);
    }
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
}
