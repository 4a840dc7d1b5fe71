package mx.infoqro.gobiernoabierto.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAceptarCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAprobarCompromisoPleno;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRedactarCompromisos.CompromisoRedactado;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioAprobarConvocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesiones;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesion;
import mx.infoqro.gobiernoabierto.mesa.FormularioResponderPropuestas;
import mx.infoqro.gobiernoabierto.mesa.MesaProcess;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.registro.ConfirmacionRegistro;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import mx.infoqro.gobiernoabierto.registro.DatosRegistro;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.FormularioValidarEnlace;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.RegistroParticipanteProcess;
import mx.infoqro.gobiernoabierto.registro.RegistroService;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Plays an edition forward through the engine, the way people would through Tasklist: the call is
 * prepared, approved and published, people register, the registration closes, the forum is
 * installed, one table co-creates five commitments, and the approval of each is left at a
 * different step, so every demo role finds work waiting. The engine clock is moved back while it
 * plays, so dates and deadlines are coherent; registrations (the portal's job) are written
 * directly. Used by the demo profile and by the whole-edition test; its public steps
 * ({@link #convocatoriaPublicada}, {@link #cerrarRegistroEInstalarStl}, {@link #programarSesion}) also
 * set the stage for the browser tests and the past edition ({@link EdicionPasadaDemo}).
 */
@Component
public class EdicionDemo {

  /** Days before today when the played edition started. */
  static final int DIAS_ATRAS = 150;

  private final ProcessEngine engine;
  private final EjercicioService ejercicios;
  private final SujetoObligadoService sujetos;
  private final RegistroService registros;
  private final ConfirmacionRegistro confirmacion;
  private final ConsultaRegistros consultaRegistros;
  private final EnlacesParticipante enlaces;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final Plazos plazos;
  private final Formularios formularios;
  private final TransactionTemplate tx;

  EdicionDemo(
      ProcessEngine engine,
      EjercicioService ejercicios,
      SujetoObligadoService sujetos,
      RegistroService registros,
      ConfirmacionRegistro confirmacion,
      ConsultaRegistros consultaRegistros,
      EnlacesParticipante enlaces,
      ConsultaMesas mesas,
      ConsultaCompromisos compromisos,
      Plazos plazos,
      Formularios formularios,
      TransactionTemplate tx) {
    this.formularios = formularios;
    this.engine = engine;
    this.ejercicios = ejercicios;
    this.sujetos = sujetos;
    this.registros = registros;
    this.confirmacion = confirmacion;
    this.consultaRegistros = consultaRegistros;
    this.enlaces = enlaces;
    this.mesas = mesas;
    this.compromisos = compromisos;
    this.plazos = plazos;
    this.tx = tx;
  }

  /**
   * Plays the edition of {@code anio} up to the approval phase. The agencies {@code clavesSalud}
   * and {@code clavesMovilidad} must exist; their liaisons' users are who accept commitments.
   * Returns the edition.
   */
  public Ejercicio hastaAprobacion(int anio, String claveSalud, String claveMovilidad) {
    ZonedDateTime inicio = plazos.ahora().minusDays(DIAS_ATRAS).with(LocalTime.of(9, 0));
    return jugar(() -> hastaAprobacion(anio, claveSalud, claveMovilidad, inicio));
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
    completar(pi, EjercicioProcess.TASK_PREPARAR_CONVOCATORIA, "comision", Variables.createVariables());
    completar(
        pi,
        EjercicioProcess.TASK_APROBAR_CONVOCATORIA,
        "pleno",
        Formularios.variables(
            new FormularioAprobarConvocatoria(
                null, null, null, null, null, null, null, null, null, null, null, EjercicioProcess.APROBAR, null)));
    ejecutar(pi, EjercicioProcess.TASK_PUBLICAR_CONVOCATORIA);
    return ejercicio;
  }

  /** The registration's reminder and close (timers), then the forum installed. */
  public void cerrarRegistroEInstalarStl(String pi, ZonedDateTime inicio) {
    avanzarA(inicio.plusDays(34));
    ejecutar(pi, EjercicioProcess.TIMER_RECORDATORIO_REGISTRO);
    ejecutar(pi, EjercicioProcess.TASK_RECORDAR_REGISTRO);
    avanzarA(inicio.plusDays(38));
    ejecutar(pi, EjercicioProcess.TIMER_CIERRE_REGISTRO);
    avanzarA(inicio.plusDays(44));
    completar(pi, EjercicioProcess.TASK_INSTALAR_STL, "comision", stl(inicio.plusDays(44).toLocalDate()));
  }

  /** The table's process instance, its facilitator programs one session at {@code sesion}. */
  public String programarSesion(Mesa mesa, OffsetDateTime sesion, String lugar) {
    String piMesa = subproceso(MesaProcess.KEY, mesa.getFolio());
    completar(
        piMesa,
        MesaProcess.TASK_PROGRAMAR_SESIONES,
        "facilitador",
        Formularios.variables(new FormularioProgramarSesiones(null, null, List.of(new NuevaSesion(sesion, lugar, null)))));
    return piMesa;
  }

  private Ejercicio hastaAprobacion(int anio, String claveSalud, String claveMovilidad, ZonedDateTime inicio) {
    {
      Ejercicio ejercicio = convocatoriaPublicada(anio, inicio);
      String pi = ejercicio.getProcessInstanceId();

      // 2. Registration as on the portal (register, confirm by the e-mailed link, comision
      // validates the agencies' liaisons), the reminder and the close
      SujetoObligado salud = sujetos.porClave(claveSalud).orElseThrow();
      SujetoObligado movilidad = sujetos.porClave(claveMovilidad).orElseThrow();
      avanzarA(inicio.plusDays(10));
      registrar(ejercicio, salud, movilidad);
      // 3. The registration closes, the forum is installed
      cerrarRegistroEInstalarStl(pi, inicio);

      // 4. The table of public services co-creates five commitments
      Mesa mesa =
          mesas.deEjercicio(ejercicio.getId()).stream()
              .filter(m -> m.getEstado() == Mesa.EstadoMesa.INSTALADA)
              .findFirst()
              .orElseThrow();
      avanzarA(inicio.plusDays(52));
      String piMesa =
          programarSesion(mesa, inicio.plusDays(60).with(LocalTime.of(10, 0)).toOffsetDateTime(), "Sala de Plenos de la Comisión");
      avanzarA(inicio.plusDays(60).plusHours(5));
      Long sesionId = mesas.sesiones(mesa.getId()).get(0).getId();
      completar(piMesa, MesaProcess.TASK_REGISTRAR_SESION, "facilitador", sesionCelebrada(sesionId));
      avanzarA(inicio.plusDays(70));
      List<Propuesta> recibidas = mesas.propuestas(mesa.getId());
      completar(piMesa, MesaProcess.TASK_RESPONDER_PROPUESTAS, "facilitador", respuestas(recibidas));
      avanzarA(inicio.plusDays(90));
      completar(
          piMesa,
          MesaProcess.TASK_REDACTAR_COMPROMISOS,
          "facilitador",
          borradores(salud, movilidad, recibidas, inicio.plusDays(201).toLocalDate()));
      ejecutar(piMesa, MesaProcess.TASK_CERRAR_MESA);

      // 5. Approval: each draft is left at a different step
      avanzarA(inicio.plusDays(DIAS_ATRAS - 5));
      List<Compromiso> borradores = compromisos.deEjercicio(ejercicio.getId());
      String[] pis = borradores.stream().map(c -> subproceso(AprobacionCompromisoProcess.KEY, c.getFolio())).toArray(String[]::new);
      // C-001 waits for the STL's review; C-002 and C-003 for their agencies' acceptance;
      // C-004 for the Pleno; C-005 was returned to the table
      revisarStl(pis[1], AprobacionCompromisoProcess.APROBAR, null);
      revisarStl(pis[2], AprobacionCompromisoProcess.APROBAR, null);
      revisarStl(pis[3], AprobacionCompromisoProcess.APROBAR, null);
      aceptar(pis[3], claveSalud, "La Secretaría asume el compromiso.");
      revisarStl(
          pis[4],
          AprobacionCompromisoProcess.DEVOLVER,
          "Precise los hitos: cada uno necesita un producto verificable y una fecha de término.");
      return ejercicio;
    }
  }

  void revisarStl(String pi, String decision, String observaciones) {
    completar(
        pi,
        AprobacionCompromisoProcess.TASK_REVISAR_STL,
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
        AprobacionCompromisoProcess.TASK_ACEPTAR,
        "enlace-" + claveSujeto,
        Formularios.variables(
            new FormularioAceptarCompromiso(
                null, null, null, null, null, null, null, null, null, AprobacionCompromisoProcess.ACEPTAR, observaciones)));
  }

  /** The Pleno approves the commitment. */
  void aprobarPleno(String pi) {
    completar(
        pi,
        AprobacionCompromisoProcess.TASK_APROBAR_PLENO,
        "pleno",
        Formularios.variables(
            new FormularioAprobarCompromisoPleno(
                null, null, null, null, null, null, null, null, null, AprobacionCompromisoProcess.APROBAR, null)));
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

  private void registrar(Ejercicio ejercicio, SujetoObligado salud, SujetoObligado movilidad) {
    persona(ejercicio, "Elena Enlace Salud", "enlace.salud@example.mx", Sector.GOBIERNO, salud, "servicios-publicos");
    persona(ejercicio, "Mario Enlace Movilidad", "enlace.movilidad@example.mx", Sector.GOBIERNO, movilidad, "servicios-publicos");
    persona(ejercicio, "Ana López", "ana.lopez@example.org", Sector.ORGANIZACION, null, "servicios-publicos", "igualdad-genero");
    persona(ejercicio, "Jorge Ramírez", "jorge.ramirez@example.org", Sector.CIUDADANIA, null, "servicios-publicos");
    persona(ejercicio, "Lucía Hernández", "lucia.hernandez@example.org", Sector.ACADEMIA, null, "servicios-publicos", "anticorrupcion");
    persona(ejercicio, "Raúl Martínez", "raul.martinez@example.org", Sector.ORGANIZACION, null, "anticorrupcion");
  }

  /**
   * One person registers on the portal and follows the confirmation link (a fresh one, as the
   * "send me a new link" page gives); an agency's liaison is then validated by comision.
   */
  private void persona(
      Ejercicio ejercicio, String nombre, String correo, Sector sector, SujetoObligado sujeto, String... clavesEje) {
    String organizacion = sujeto != null || sector == Sector.CIUDADANIA ? null : "Red Ciudadana Querétaro";
    persona(
        ejercicio,
        new DatosRegistro(
            nombre, correo, null, sector, organizacion, sujeto != null ? sujeto.getId() : null, "Querétaro",
            List.of(clavesEje), null, true));
  }

  /**
   * One person registers on the portal (into the most recent edition whose call is published, which
   * must be {@code ejercicio}) and follows the confirmation link; a liaison is validated by comision.
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
          subproceso(RegistroParticipanteProcess.KEY, RegistroParticipanteProcess.claveNegocio(ejercicio.getFolio(), registroId)),
          RegistroParticipanteProcess.TASK_VALIDAR_ENLACE,
          "comision",
          Formularios.variables(
              new FormularioValidarEnlace(null, null, null, null, null, RegistroParticipanteProcess.VALIDADO, null)));
    }
    return participante;
  }

  static Map<String, Object> stl(LocalDate fecha) {
    return Formularios.variables(
        new FormularioInstalarStl(
            fecha,
            List.of(
                new Integrante("Comisionada presidenta", SectorStl.COMISION, "Comisión", null),
                new Integrante("Elena Enlace Salud", SectorStl.GOBIERNO, "SESA", null),
                new Integrante("Mario Enlace Movilidad", SectorStl.GOBIERNO, "AMEQ", null),
                new Integrante("Ana López", SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana Querétaro", null),
                new Integrante("Lucía Hernández", SectorStl.SOCIEDAD_CIVIL, "Universidad", null)),
            "El Secretariado sesiona cada mes; decide por consenso y, en su defecto, por mayoría.",
            "Declaración conjunta por un gobierno abierto, firmada por la Comisión, el gobierno y la sociedad civil."));
  }

  private static Map<String, Object> sesionCelebrada(Long sesionId) {
    return sesionCelebrada(
        sesionId,
        12,
        "SESA; AMEQ; Red Ciudadana Querétaro; Universidad; participantes",
        "La mesa diagnosticó los problemas de acceso a los servicios de salud y de movilidad y recibió tres propuestas.",
        List.of(
            propuesta("Red Ciudadana Querétaro", "Las personas no conocen el tiempo de espera en las clínicas.", "Publicar los tiempos de espera de cada clínica."),
            propuesta("Universidad", "Las rutas de transporte no publican su desempeño.", "Publicar en datos abiertos la puntualidad de las rutas."),
            propuesta("Participante", "Faltan bancas en las paradas.", "Instalar bancas en todas las paradas.")));
  }

  /** The form of a session held (its attendance, minutes and proposals); the table takes no more sessions. */
  static Map<String, Object> sesionCelebrada(
      Long sesionId, int asistentes, String lista, String acta, List<NuevaPropuesta> propuestas) {
    return Formularios.variables(
        new FormularioRegistrarSesion(null, null, null, sesionId, asistentes, lista, acta, propuestas, true, null, null, null));
  }

  static NuevaPropuesta propuesta(String autor, String problema, String texto) {
    return new NuevaPropuesta(autor, problema, "Falta de información pública.", texto);
  }

  private static Map<String, Object> respuestas(List<Propuesta> recibidas) {
    return respuestas(
        recibidas,
        List.of(
            new Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa."),
            new Respuesta(DecisionRespuesta.INCORPORADA, "Se incorpora a un compromiso de la mesa."),
            new Respuesta(
                DecisionRespuesta.NO_INCORPORADA,
                "La instalación de mobiliario urbano no es un compromiso de gobierno abierto; se turnó al municipio.")));
  }

  /** The reasoned response to a proposal. */
  record Respuesta(DecisionRespuesta decision, String razon) {}

  /** The reasoned response to each proposal received, in the order received. */
  static Map<String, Object> respuestas(List<Propuesta> recibidas, List<Respuesta> respuestas) {
    List<FormularioResponderPropuestas.Fila> filas = new ArrayList<>();
    for (int i = 0; i < recibidas.size(); i++) {
      filas.add(
          new FormularioResponderPropuestas.Fila(
              recibidas.get(i).getId(), null, respuestas.get(i).decision(), null, respuestas.get(i).razon()));
    }
    return Formularios.variables(new FormularioResponderPropuestas(null, null, filas, null));
  }

  private static Map<String, Object> borradores(
      SujetoObligado salud, SujetoObligado movilidad, List<Propuesta> recibidas, LocalDate inicioPlan) {
    String[][] datos = {
      {"Tiempos de espera abiertos en clínicas", "salud", "0"},
      {"Datos abiertos de puntualidad del transporte", "movilidad", "1"},
      {"Abasto de medicamentos verificable", "salud", ""},
      {"Contraloría social de obras de salud", "salud", ""},
      {"Movilidad segura con participación ciudadana", "movilidad", ""}
    };
    List<CompromisoRedactado> compromisos = new ArrayList<>();
    for (String[] d : datos) {
      compromisos.add(
          borrador(
              d[0],
              "La ciudadanía no cuenta con información pública para vigilar el servicio.",
              "Publicar la información en datos abiertos y revisarla con la sociedad civil.",
              d[1].equals("salud") ? salud : movilidad,
              inicioPlan,
              inicioPlan.plusYears(1).minusDays(1),
              d[2].isEmpty() ? List.of() : List.of(recibidas.get(Integer.parseInt(d[2]))),
              List.of(
                  hito("Diagnóstico y diseño del conjunto de datos", inicioPlan, inicioPlan.plusMonths(4)),
                  hito("Publicación y revisión con sociedad civil", inicioPlan.plusMonths(4), inicioPlan.plusMonths(12).minusDays(1)))));
    }
    return borradores(compromisos);
  }

  /** The drafting form of a table: its draft commitments. */
  static Map<String, Object> borradores(List<CompromisoRedactado> compromisos) {
    return Formularios.variables(new FormularioRedactarCompromisos(null, null, compromisos, null, null));
  }

  /** One draft commitment of the drafting form (OGP template) with the proposals it takes and its milestones. */
  static CompromisoRedactado borrador(
      String titulo,
      String problema,
      String descripcion,
      SujetoObligado responsable,
      LocalDate inicio,
      LocalDate fin,
      List<Propuesta> atendidas,
      List<BorradorHito> hitos) {
    return new CompromisoRedactado(
        titulo,
        problema,
        "La información existe pero no se publica.",
        descripcion,
        "Permite a la ciudadanía vigilar y exigir mejoras.",
        EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.PARTICIPACION_CIUDADANA),
        responsable.getId(),
        "Red Ciudadana Querétaro",
        responsable.getCorreoEnlace(),
        inicio,
        fin,
        atendidas.stream().map(Propuesta::getId).toList(),
        hitos);
  }

  static BorradorHito hito(String descripcion, LocalDate inicio, LocalDate fin) {
    return new BorradorHito(descripcion, "Publicación en el portal", inicio, fin);
  }
}
