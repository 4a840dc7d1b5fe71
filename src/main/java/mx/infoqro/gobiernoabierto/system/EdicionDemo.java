package mx.infoqro.gobiernoabierto.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaProcess;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import mx.infoqro.gobiernoabierto.registro.DatosRegistro;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
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
 * directly. Used by the demo profile and by the whole-edition test.
 */
@Component
public class EdicionDemo {

  /** Days before today when the played edition started. */
  static final int DIAS_ATRAS = 150;

  private static final DateTimeFormatter FECHA_HORA_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

  private final ProcessEngine engine;
  private final EjercicioService ejercicios;
  private final SujetoObligadoService sujetos;
  private final RegistroService registros;
  private final ConsultaRegistros consultaRegistros;
  private final EnlacesParticipante enlaces;
  private final ConsultaMesas mesas;
  private final ConsultaCompromisos compromisos;
  private final Plazos plazos;
  private final TransactionTemplate tx;

  EdicionDemo(
      ProcessEngine engine,
      EjercicioService ejercicios,
      SujetoObligadoService sujetos,
      RegistroService registros,
      ConsultaRegistros consultaRegistros,
      EnlacesParticipante enlaces,
      ConsultaMesas mesas,
      ConsultaCompromisos compromisos,
      Plazos plazos,
      TransactionTemplate tx) {
    this.engine = engine;
    this.ejercicios = ejercicios;
    this.sujetos = sujetos;
    this.registros = registros;
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
  Ejercicio convocatoriaPublicada(int anio, ZonedDateTime inicio) {
    avanzarA(inicio);
    Ejercicio ejercicio = ejercicios.iniciar(anio, "comision");
    String pi = ejercicio.getProcessInstanceId();
    // comision keeps the proposed draft (its dates count from today), the Pleno approves it, it is published
    completar(pi, EjercicioProcess.TASK_PREPARAR_CONVOCATORIA, "comision", Variables.createVariables());
    completar(
        pi,
        EjercicioProcess.TASK_APROBAR_CONVOCATORIA,
        "pleno",
        Variables.putValue(EjercicioProcess.VAR_DECISION_CONVOCATORIA, EjercicioProcess.APROBAR));
    ejecutar(pi, EjercicioProcess.TASK_PUBLICAR_CONVOCATORIA);
    return ejercicio;
  }

  /** The registration's reminder and close (timers), then the forum installed. */
  void cerrarRegistroEInstalarStl(String pi, ZonedDateTime inicio) {
    avanzarA(inicio.plusDays(34));
    ejecutar(pi, EjercicioProcess.TIMER_RECORDATORIO_REGISTRO);
    ejecutar(pi, EjercicioProcess.TASK_RECORDAR_REGISTRO);
    avanzarA(inicio.plusDays(38));
    ejecutar(pi, EjercicioProcess.TIMER_CIERRE_REGISTRO);
    avanzarA(inicio.plusDays(44));
    completar(pi, EjercicioProcess.TASK_INSTALAR_STL, "comision", stl(inicio.plusDays(44).toLocalDate()));
  }

  /** The table's process instance, its facilitator programs one session at {@code sesion}. */
  String programarSesion(Mesa mesa, OffsetDateTime sesion, String lugar) {
    String piMesa = subproceso(MesaProcess.KEY, mesa.getFolio());
    completar(
        piMesa,
        MesaProcess.TASK_PROGRAMAR_SESIONES,
        "facilitador",
        Variables.createVariables()
            .putValueTyped(
                MesaProcess.CAMPO_SESIONES,
                FormularioTarea.json(
                    List.of(Map.of(MesaProcess.CAMPO_FECHA_HORA, sesion.format(FECHA_HORA_FORM), MesaProcess.CAMPO_LUGAR, lugar)))));
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
      completar(
          pis[3],
          AprobacionCompromisoProcess.TASK_ACEPTAR,
          "enlace-" + claveSalud,
          Variables.createVariables()
              .putValue(AprobacionCompromisoProcess.VAR_DECISION_ENLACE, AprobacionCompromisoProcess.ACEPTAR)
              .putValue(AprobacionCompromisoProcess.CAMPO_OBSERVACIONES, "La Secretaría asume el compromiso."));
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
        Variables.createVariables()
            .putValue(AprobacionCompromisoProcess.VAR_DECISION_STL, decision)
            .putValue(AprobacionCompromisoProcess.CAMPO_ESPECIFICO, true)
            .putValue(AprobacionCompromisoProcess.CAMPO_VERIFICABLE, true)
            .putValue(AprobacionCompromisoProcess.CAMPO_RELEVANTE, true)
            .putValue(AprobacionCompromisoProcess.CAMPO_HITOS_CON_FECHAS, observaciones == null)
            .putValue(AprobacionCompromisoProcess.CAMPO_CON_SUJETO_RESPONSABLE, true)
            .putValue(AprobacionCompromisoProcess.CAMPO_OBSERVACIONES, observaciones));
  }

  /** The agency's liaison accepts the commitment. */
  void aceptar(String pi, String claveSujeto, String observaciones) {
    completar(
        pi,
        AprobacionCompromisoProcess.TASK_ACEPTAR,
        "enlace-" + claveSujeto,
        Variables.createVariables()
            .putValue(AprobacionCompromisoProcess.VAR_DECISION_ENLACE, AprobacionCompromisoProcess.ACEPTAR)
            .putValue(AprobacionCompromisoProcess.CAMPO_OBSERVACIONES, observaciones));
  }

  /** The Pleno approves the commitment. */
  void aprobarPleno(String pi) {
    completar(
        pi,
        AprobacionCompromisoProcess.TASK_APROBAR_PLENO,
        "pleno",
        Variables.createVariables().putValue(AprobacionCompromisoProcess.VAR_DECISION_PLENO, AprobacionCompromisoProcess.APROBAR));
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

  /** Claims the task as the user and submits its form as Tasklist does. */
  void completar(String processInstanceId, String tarea, String usuario, VariableMap valores) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(tarea)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + tarea + " in " + processInstanceId);
    }
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
    registros.confirmar(enlace.substring(enlace.lastIndexOf('/') + 1));
    if (sector == Sector.GOBIERNO) {
      Long registroId = consultaRegistros.registroDe(participante.getId()).orElseThrow().getId();
      completar(
          subproceso(RegistroParticipanteProcess.KEY, RegistroParticipanteProcess.claveNegocio(ejercicio.getFolio(), registroId)),
          RegistroParticipanteProcess.TASK_VALIDAR_ENLACE,
          "comision",
          Variables.createVariables().putValue(RegistroParticipanteProcess.VAR_DECISION, RegistroParticipanteProcess.VALIDADO));
    }
    return participante;
  }

  static VariableMap stl(LocalDate fecha) {
    return Variables.createVariables()
        .putValue("fechaInstalacion", fecha.toString())
        .putValue("reglasParticipacion", "El Secretariado sesiona cada mes; decide por consenso y, en su defecto, por mayoría.")
        .putValue("actaInstalacion", "Declaración conjunta por un gobierno abierto, firmada por la Comisión, el gobierno y la sociedad civil.")
        .putValueTyped(
            "integrantes",
            FormularioTarea.json(
                List.of(
                    Map.of("nombre", "Comisionada presidenta", "sector", "COMISION", "organizacion", "Comisión"),
                    Map.of("nombre", "Elena Enlace Salud", "sector", "GOBIERNO", "organizacion", "SESA"),
                    Map.of("nombre", "Mario Enlace Movilidad", "sector", "GOBIERNO", "organizacion", "AMEQ"),
                    Map.of("nombre", "Ana López", "sector", "SOCIEDAD_CIVIL", "organizacion", "Red Ciudadana Querétaro"),
                    Map.of("nombre", "Lucía Hernández", "sector", "SOCIEDAD_CIVIL", "organizacion", "Universidad"))));
  }

  private static VariableMap sesionCelebrada(Long sesionId) {
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
  static VariableMap sesionCelebrada(Long sesionId, int asistentes, String lista, String acta, List<Map<String, Object>> propuestas) {
    return Variables.createVariables()
        .putValue(MesaProcess.CAMPO_SESION_ID, String.valueOf(sesionId))
        .putValue(MesaProcess.CAMPO_ASISTENTES, asistentes)
        .putValue(MesaProcess.CAMPO_LISTA_ASISTENCIA, lista)
        .putValue(MesaProcess.CAMPO_ACTA, acta)
        .putValueTyped(MesaProcess.CAMPO_PROPUESTAS, FormularioTarea.json(propuestas))
        .putValue(MesaProcess.VAR_MESA_CERRADA, true);
  }

  static Map<String, Object> propuesta(String autor, String problema, String texto) {
    return Map.of(
        MesaProcess.CAMPO_AUTOR_PUBLICO, autor,
        MesaProcess.CAMPO_PROBLEMA, problema,
        MesaProcess.CAMPO_CAUSA, "Falta de información pública.",
        MesaProcess.CAMPO_PROPUESTA, texto);
  }

  private static VariableMap respuestas(List<Propuesta> recibidas) {
    return respuestas(
        recibidas,
        List.of(
            new String[] {"INCORPORADA", "Se incorpora a un compromiso de la mesa."},
            new String[] {"INCORPORADA", "Se incorpora a un compromiso de la mesa."},
            new String[] {
              "NO_INCORPORADA", "La instalación de mobiliario urbano no es un compromiso de gobierno abierto; se turnó al municipio."
            }));
  }

  /** The reasoned response to each proposal received: {decision, reason} in the order received. */
  static VariableMap respuestas(List<Propuesta> recibidas, List<String[]> decisiones) {
    List<Map<String, Object>> filas = new ArrayList<>();
    for (int i = 0; i < recibidas.size(); i++) {
      Map<String, Object> fila = new HashMap<>();
      fila.put(MesaProcess.CAMPO_PROPUESTA_ID, String.valueOf(recibidas.get(i).getId()));
      fila.put(MesaProcess.CAMPO_DECISION, decisiones.get(i)[0]);
      fila.put(MesaProcess.CAMPO_RAZON, decisiones.get(i)[1]);
      filas.add(fila);
    }
    return Variables.createVariables().putValueTyped(MesaProcess.CAMPO_RESPUESTAS, FormularioTarea.json(filas));
  }

  private static VariableMap borradores(
      SujetoObligado salud, SujetoObligado movilidad, List<Propuesta> recibidas, LocalDate inicioPlan) {
    String[][] datos = {
      {"Tiempos de espera abiertos en clínicas", "salud", "0"},
      {"Datos abiertos de puntualidad del transporte", "movilidad", "1"},
      {"Abasto de medicamentos verificable", "salud", ""},
      {"Contraloría social de obras de salud", "salud", ""},
      {"Movilidad segura con participación ciudadana", "movilidad", ""}
    };
    List<Map<String, Object>> filas = new ArrayList<>();
    for (String[] d : datos) {
      SujetoObligado responsable = d[1].equals("salud") ? salud : movilidad;
      filas.add(
          borrador(
              d[0],
              "La ciudadanía no cuenta con información pública para vigilar el servicio.",
              "Publicar la información en datos abiertos y revisarla con la sociedad civil.",
              responsable,
              inicioPlan,
              inicioPlan.plusYears(1).minusDays(1),
              d[2].isEmpty() ? List.of() : List.of(recibidas.get(Integer.parseInt(d[2]))),
              List.of(
                  hito("Diagnóstico y diseño del conjunto de datos", inicioPlan, inicioPlan.plusMonths(4)),
                  hito("Publicación y revisión con sociedad civil", inicioPlan.plusMonths(4), inicioPlan.plusMonths(12).minusDays(1)))));
    }
    return borradores(filas);
  }

  /** The drafting form of a table: its draft commitments. */
  static VariableMap borradores(List<Map<String, Object>> filas) {
    return Variables.createVariables().putValueTyped(MesaProcess.CAMPO_COMPROMISOS, FormularioTarea.json(filas));
  }

  /** One draft commitment of the drafting form (OGP template) with the proposals it takes and its milestones. */
  static Map<String, Object> borrador(
      String titulo,
      String problema,
      String descripcion,
      SujetoObligado responsable,
      LocalDate inicio,
      LocalDate fin,
      List<Propuesta> atendidas,
      List<Map<String, Object>> hitos) {
    Map<String, Object> fila = new HashMap<>();
    fila.put(MesaProcess.CAMPO_TITULO, titulo);
    fila.put(MesaProcess.CAMPO_PROBLEMA, problema);
    fila.put(MesaProcess.CAMPO_STATUS_QUO, "La información existe pero no se publica.");
    fila.put(MesaProcess.CAMPO_DESCRIPCION, descripcion);
    fila.put(MesaProcess.CAMPO_COMO_RESUELVE, "Permite a la ciudadanía vigilar y exigir mejoras.");
    fila.put(MesaProcess.CAMPO_VALORES, List.of("TRANSPARENCIA", "PARTICIPACION_CIUDADANA"));
    fila.put(MesaProcess.CAMPO_SUJETO_RESPONSABLE_ID, String.valueOf(responsable.getId()));
    fila.put(MesaProcess.CAMPO_OTROS_ACTORES, "Red Ciudadana Querétaro");
    fila.put(MesaProcess.CAMPO_CONTACTO, responsable.getCorreoEnlace());
    fila.put(MesaProcess.CAMPO_FECHA_INICIO, inicio.toString());
    fila.put(MesaProcess.CAMPO_FECHA_FIN, fin.toString());
    fila.put(MesaProcess.CAMPO_PROPUESTAS_ATENDIDAS, atendidas.stream().map(p -> String.valueOf(p.getId())).toList());
    fila.put(MesaProcess.CAMPO_HITOS, hitos);
    return fila;
  }

  static Map<String, Object> hito(String descripcion, LocalDate inicio, LocalDate fin) {
    return Map.of(
        MesaProcess.CAMPO_DESCRIPCION, descripcion,
        MesaProcess.CAMPO_PRODUCTO_ESPERADO, "Publicación en el portal",
        MesaProcess.CAMPO_FECHA_INICIO, inicio.toString(),
        MesaProcess.CAMPO_FECHA_FIN, fin.toString());
  }
}
