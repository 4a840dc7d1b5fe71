package mx.infoqro.gobiernoabierto.demo;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCambioStl;
import mx.infoqro.gobiernoabierto.compromiso.FormularioSolicitarCambio;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAceptarCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAprobarCompromisoPleno;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioAprobarConvocatoria;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
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
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's steps, the way people take them in Tasklist and on the portal: a call published, a
 * registration made and confirmed, a session programmed, a commitment reviewed, accepted and
 * approved. The engine's own steps (a task claimed and its form submitted as its user, a job or
 * timer executed, the engine clock moved) are {@link Motor}'s, as in the tests ({@link #motor()}).
 * The demo's editions ({@link EdicionDemo}, {@link EdicionPasadaDemo}) are played with them; the
 * public ones ({@link #convocatoriaPublicada}, {@link #cerrarRegistroEInstalarStl}, {@link
 * #programarSesion}) also set the stage for the browser tests.
 *
 * <p>Not a component: a bean of the demo profile only ({@link EdicionesDemoConfig}); a test without
 * the demo profile imports it explicitly.
 */
public class PasosDemo {

  private final ProcessEngine engine;
  private final Motor motor;
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
    this.motor = new Motor(engine);
    this.ejercicios = ejercicios;
    this.registros = registros;
    this.confirmacion = confirmacion;
    this.consultaRegistros = consultaRegistros;
    this.enlaces = enlaces;
    this.formularios = formularios;
    this.tx = tx;
  }

  /** The engine's steps the demo takes: tasks, jobs, timers, the clock (the browser tests move the clock with it). */
  public Motor motor() {
    return motor;
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
      motor.relojReal();
      if (activo) {
        jobExecutor.start();
      }
    }
  }

  /** Starts the edition of {@code anio} at {@code inicio}; the call is prepared, approved and published. */
  public Ejercicio convocatoriaPublicada(int anio, ZonedDateTime inicio) {
    motor.avanzarA(inicio);
    Ejercicio ejercicio = ejercicios.iniciar(anio, "comision");
    String pi = ejercicio.getProcessInstanceId();
    // comision keeps the proposed draft (its dates count from today), the Pleno approves it, it is published
    motor.completar(pi, EjercicioBpmn.TASK_PREPARAR_CONVOCATORIA, "comision", Variables.createVariables());
    motor.completar(
        pi,
        EjercicioBpmn.TASK_APROBAR_CONVOCATORIA,
        "pleno",
        Formularios.variables(FormularioAprobarConvocatoria.decision(EjercicioBpmn.APROBAR, null)));
    motor.ejecutar(pi, EjercicioBpmn.TASK_PUBLICAR_CONVOCATORIA);
    return ejercicio;
  }

  /** The registration's reminder and close (timers), then the forum installed. */
  public void cerrarRegistroEInstalarStl(String pi, ZonedDateTime inicio) {
    motor.avanzarA(inicio.plusDays(34));
    motor.ejecutar(pi, EjercicioBpmn.TIMER_RECORDATORIO_REGISTRO);
    motor.ejecutar(pi, EjercicioBpmn.TASK_RECORDAR_REGISTRO);
    motor.avanzarA(inicio.plusDays(38));
    motor.ejecutar(pi, EjercicioBpmn.TIMER_CIERRE_REGISTRO);
    motor.avanzarA(inicio.plusDays(44));
    motor.completar(pi, EjercicioBpmn.TASK_INSTALAR_STL, "comision", FormulariosDemo.stl(inicio.plusDays(44).toLocalDate()));
  }

  /** The table's process instance, its facilitator programs one session at {@code sesion}. */
  public String programarSesion(Mesa mesa, OffsetDateTime sesion, String lugar) {
    String piMesa = motor.instancia(MesaBpmn.KEY, mesa.getFolio());
    motor.completar(
        piMesa,
        MesaBpmn.TASK_PROGRAMAR_SESIONES,
        "facilitador",
        Formularios.variables(FormularioProgramarSesiones.programar(new NuevaSesion(sesion, lugar, null))));
    return piMesa;
  }

  /**
   * {@code usuario}, of {@code grupo}, starts a change request from Tasklist ("Iniciar proceso", no
   * start form) and asks for {@code s} on the commitment {@code folio}: the request waits for the
   * STL; returns the instance.
   */
  String solicitarCambio(String usuario, String grupo, String folio, SolicitudCambio s) {
    engine.getIdentityService().setAuthentication(usuario, List.of(grupo));
    String pi;
    try {
      pi = engine.getRuntimeService().startProcessInstanceByKey(CambioCompromisoBpmn.KEY).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    motor.completar(pi, CambioCompromisoBpmn.TASK_SOLICITAR_CAMBIO, usuario,
        Formularios.variables(FormularioSolicitarCambio.pedir(folio, s)));
    return pi;
  }

  /** The STL approves the change request; it is applied, the plan's next PDF rendered and the followers mailed. */
  void aprobarCambio(String pi) {
    motor.completar(pi, CambioCompromisoBpmn.TASK_REVISAR_CAMBIO_STL, "stl", Formularios.variables(FormularioRevisarCambioStl.aprobar()));
    motor.ejecutarAsincronos(pi);
  }

  /** The STL reviews the commitment. */
  void revisarStl(String pi, String decision, String observaciones) {
    motor.completar(
        pi,
        AprobacionCompromisoBpmn.TASK_REVISAR_STL,
        "stl",
        Formularios.variables(
            FormularioRevisarCompromisoStl.revision(true, true, true, observaciones == null, true, decision, observaciones)));
  }

  /** The agency's liaison accepts the commitment. */
  void aceptar(String pi, String claveSujeto, String observaciones) {
    motor.completar(
        pi,
        AprobacionCompromisoBpmn.TASK_ACEPTAR,
        "enlace-" + claveSujeto,
        Formularios.variables(FormularioAceptarCompromiso.decision(AprobacionCompromisoBpmn.ACEPTAR, observaciones)));
  }

  /** The Pleno approves the commitment. */
  void aprobarPleno(String pi) {
    motor.completar(
        pi,
        AprobacionCompromisoBpmn.TASK_APROBAR_PLENO,
        "pleno",
        Formularios.variables(FormularioAprobarCompromisoPleno.decision(AprobacionCompromisoBpmn.APROBAR, null)));
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
      motor.completar(
          motor.instancia(RegistroParticipanteBpmn.KEY, RegistroParticipanteBpmn.claveNegocio(ejercicio.getFolio(), registroId)),
          RegistroParticipanteBpmn.TASK_VALIDAR_ENLACE,
          "comision",
          Formularios.variables(FormularioValidarEnlace.decision(RegistroParticipanteBpmn.VALIDADO, null)));
    }
    return participante;
  }

  /** The form of an open task of the case as it shows it (its prefill), read into the form's record. */
  <T extends Record> T mostrado(String processInstanceId, String tarea, Class<T> tipo) {
    return formularios.mostrado(engine.getFormService().getTaskFormVariables(motor.tarea(processInstanceId, tarea).getId()), tipo);
  }
}
