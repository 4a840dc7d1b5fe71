package mx.infoqro.gobiernoabierto.demo;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAceptarCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAprobarCompromisoPleno;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioAprobarConvocatoria;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesiones;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;
import mx.infoqro.gobiernoabierto.registro.ConfirmacionRegistro;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import mx.infoqro.gobiernoabierto.registro.DatosRegistro;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.FormularioValidarEnlace;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn;
import mx.infoqro.gobiernoabierto.registro.RegistroService;
import mx.infoqro.gobiernoabierto.registro.Sector;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's steps through the engine, the way people take them in Tasklist: a task claimed and its
 * form submitted as its user, a job or timer executed, the engine clock moved, a registration made
 * as on the portal. The demo's editions ({@link EdicionDemo}, {@link EdicionPasadaDemo}) are played
 * with them; the public ones ({@link #convocatoriaPublicada}, {@link #cerrarRegistroEInstalarStl},
 * {@link #programarSesion}) also set the stage for the browser tests.
 *
 * <p>Not a component: a bean of the demo profile only ({@link EdicionesDemoConfig}); a test without
 * the demo profile imports it explicitly.
 */
public class PasosDemo {

  private final ProcessEngine engine;
  private final EjercicioService ejercicios;
  private final RegistroService registros;
  private final ConfirmacionRegistro confirmacion;
  private final ConsultaRegistros consultaRegistros;
  private final EnlacesParticipante enlaces;
  private final Formularios formularios;
  private final TransactionTemplate tx;

  PasosDemo(
      ProcessEngine engine,
      EjercicioService ejercicios,
      RegistroService registros,
      ConfirmacionRegistro confirmacion,
      ConsultaRegistros consultaRegistros,
      EnlacesParticipante enlaces,
      Formularios formularios,
      TransactionTemplate tx) {
    this.engine = engine;
    this.ejercicios = ejercicios;
    this.registros = registros;
    this.confirmacion = confirmacion;
    this.consultaRegistros = consultaRegistros;
    this.enlaces = enlaces;
    this.formularios = formularios;
    this.tx = tx;
  }

  /**
   * Runs a play with the job executor stopped (the play executes the jobs itself, in order) and
   * gives the engine its real clock back afterwards, whatever happens.
   */
  <T> T jugar(Supplier<T> jugada) {
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean activo = jobExecutor.isActive();
    if (activo) {
      jobExecutor.shutdown();
    }
    try {
      return jugada.get();
    } finally {
      ClockUtil.reset();
      if (activo) {
        jobExecutor.start();
      }
    }
  }

  /** Starts the edition of {@code anio} at {@code inicio}; the call is prepared, approved and published. */
  public Ejercicio convocatoriaPublicada(int anio, ZonedDateTime inicio) {
    avanzarA(inicio);
    Ejercicio ejercicio = ejercicios.iniciar(anio, "comision");
    String pi = ejercicio.getProcessInstanceId();
    // comision keeps the proposed draft (its dates count from today), the Pleno approves it, it is published
    completar(pi, EjercicioBpmn.TASK_PREPARAR_CONVOCATORIA, "comision", Variables.createVariables());
    completar(
        pi,
        EjercicioBpmn.TASK_APROBAR_CONVOCATORIA,
        "pleno",
        Formularios.variables(
            new FormularioAprobarConvocatoria(
                null, null, null, null, null, null, null, null, null, null, null, EjercicioBpmn.APROBAR, null)));
    ejecutar(pi, EjercicioBpmn.TASK_PUBLICAR_CONVOCATORIA);
    return ejercicio;
  }

  /** The registration's reminder and close (timers), then the forum installed. */
  public void cerrarRegistroEInstalarStl(String pi, ZonedDateTime inicio) {
    avanzarA(inicio.plusDays(34));
    ejecutar(pi, EjercicioBpmn.TIMER_RECORDATORIO_REGISTRO);
    ejecutar(pi, EjercicioBpmn.TASK_RECORDAR_REGISTRO);
    avanzarA(inicio.plusDays(38));
    ejecutar(pi, EjercicioBpmn.TIMER_CIERRE_REGISTRO);
    avanzarA(inicio.plusDays(44));
    completar(pi, EjercicioBpmn.TASK_INSTALAR_STL, "comision", FormulariosDemo.stl(inicio.plusDays(44).toLocalDate()));
  }

  /** The table's process instance, its facilitator programs one session at {@code sesion}. */
  public String programarSesion(Mesa mesa, OffsetDateTime sesion, String lugar) {
    String piMesa = subproceso(MesaBpmn.KEY, mesa.getFolio());
    completar(
        piMesa,
        MesaBpmn.TASK_PROGRAMAR_SESIONES,
        "facilitador",
        Formularios.variables(new FormularioProgramarSesiones(null, null, List.of(new NuevaSesion(sesion, lugar, null)))));
    return piMesa;
  }

  /** The STL reviews the commitment. */
  void revisarStl(String pi, String decision, String observaciones) {
    completar(
        pi,
        AprobacionCompromisoBpmn.TASK_REVISAR_STL,
        "stl",
        Formularios.variables(
            new FormularioRevisarCompromisoStl(
                null, null, null, null, null, null, null, null, null, true, true, true, observaciones == null, true,
                decision, observaciones)));
  }

  /** The agency's liaison accepts the commitment. */
  void aceptar(String pi, String claveSujeto, String observaciones) {
    completar(
        pi,
        AprobacionCompromisoBpmn.TASK_ACEPTAR,
        "enlace-" + claveSujeto,
        Formularios.variables(
            new FormularioAceptarCompromiso(
                null, null, null, null, null, null, null, null, null, AprobacionCompromisoBpmn.ACEPTAR, observaciones)));
  }

  /** The Pleno approves the commitment. */
  void aprobarPleno(String pi) {
    completar(
        pi,
        AprobacionCompromisoBpmn.TASK_APROBAR_PLENO,
        "pleno",
        Formularios.variables(
            new FormularioAprobarCompromisoPleno(
                null, null, null, null, null, null, null, null, null, AprobacionCompromisoBpmn.APROBAR, null)));
  }

  /**
   * One person registers on the portal (into the most recent edition whose call is published, which
   * must be {@code ejercicio}) and follows the confirmation link (a fresh one, as the "send me a new
   * link" page gives); an agency's liaison is then validated by comision.
   */
  Participante persona(Ejercicio ejercicio, DatosRegistro datos) {
    String correo = datos.correo();
    Sector sector = datos.sector();
    registros.registrar(datos);
    var participante = consultaRegistros.participante(ejercicio.getId(), correo).orElseThrow();
    String enlace = tx.execute(s -> enlaces.emitir(participante, EnlacesParticipante.Proposito.CONFIRMACION));
    confirmacion.confirmar(enlace.substring(enlace.lastIndexOf('/') + 1));
    if (sector == Sector.GOBIERNO) {
      Long registroId = consultaRegistros.registroDe(participante.getId()).orElseThrow().getId();
      completar(
          subproceso(RegistroParticipanteBpmn.KEY, RegistroParticipanteBpmn.claveNegocio(ejercicio.getFolio(), registroId)),
          RegistroParticipanteBpmn.TASK_VALIDAR_ENLACE,
          "comision",
          Formularios.variables(
              new FormularioValidarEnlace(null, null, null, null, null, RegistroParticipanteBpmn.VALIDADO, null)));
    }
    return participante;
  }

  /** Executes every async continuation (not timers) of an edition's cases until none is left. */
  void ejecutarAsincronos(String folioEjercicio) {
    boolean ejecutado;
    do {
      ejecutado = false;
      for (var pi : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(folioEjercicio + "%").list()) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()) {
          engine.getManagementService().executeJob(job.getId());
          ejecutado = true;
        }
      }
    } while (ejecutado);
  }

  /** Fires the timer waiting at an activity at its due date (the engine clock moves there). */
  void dispararTimer(String processInstanceId, String actividad) {
    Job job =
        engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).activityId(actividad).singleResult();
    if (job == null) {
      throw new IllegalStateException("No timer at " + actividad + " in " + processInstanceId);
    }
    if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(job.getDuedate());
    }
    engine.getManagementService().executeJob(job.getId());
  }

  /** The form of an open task of the case as it shows it (its prefill), read into the form's record. */
  <T extends Record> T mostrado(String processInstanceId, String tarea, Class<T> tipo) {
    return formularios.mostrado(engine.getFormService().getTaskFormVariables(tarea(processInstanceId, tarea).getId()), tipo);
  }

  private Task tarea(String processInstanceId, String tarea) {
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(tarea).singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + tarea + " in " + processInstanceId);
    }
    return task;
  }

  /** Claims the task as the user and submits its form as Tasklist does. */
  void completar(String processInstanceId, String tarea, String usuario, Map<String, Object> valores) {
    Task task = tarea(processInstanceId, tarea);
    engine.getTaskService().claim(task.getId(), usuario);
    engine.getFormService().submitTaskForm(task.getId(), valores);
  }

  /** Executes the job (timer or async continuation) waiting at an activity. */
  void ejecutar(String processInstanceId, String actividad) {
    Job job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(actividad)
            .singleResult();
    if (job == null) {
      throw new IllegalStateException("No job at " + actividad + " in " + processInstanceId);
    }
    engine.getManagementService().executeJob(job.getId());
  }

  String subproceso(String clave, String folio) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(clave)
        .processInstanceBusinessKey(folio)
        .singleResult()
        .getId();
  }

  static void avanzarA(ZonedDateTime momento) {
    ClockUtil.setCurrentTime(Date.from(momento.toInstant()));
  }
}
