package mx.infoqro.gobiernoabierto;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.ACEPTAR;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn;
import mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives every running instance of the engine to its end as staff and time would: each waiting
 * task is completed through its own Camunda Form ({@link ComoTasklist}) by a member of its
 * candidate group with the answer that moves the case forward ({@link #RESPUESTAS}, one per form:
 * approve, accept, verify, every milestone complete); every async continuation is executed; when
 * nothing else is left, the earliest timer is fired at its due date (the engine's clock moves
 * there, never back). Fails at once, naming the step, on an error or an incident.
 */
public final class Recorrido {

  /** Steps after which the drive is taken for a loop. */
  private static final int PASOS_MAXIMOS = 20_000;

  private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");

  /**
   * Form id → the values typed into it, given the task and what its form shows: one entry per form
   * of the user tasks' tables ({@code TAREAS_USUARIO}), checked by {@code TareasUsuarioTest}.
   */
  static final Map<String, BiFunction<Task, Map<String, Object>, Map<String, Object>>> RESPUESTAS = respuestas();

  private final ProcessEngine engine;
  private final Motor motor;
  private final ComoTasklist tasklist;
  private final Runnable correo;
  private final List<String> bitacora = new ArrayList<>();

  /** {@code correo} sends the outbox (the job executor is off), after each step that may write to it. */
  public Recorrido(ProcessEngine engine, Runnable correo) {
    this.engine = engine;
    this.motor = new Motor(engine);
    this.tasklist = new ComoTasklist(engine.getFormService(), engine.getTaskService());
    this.correo = correo;
  }

  /** What was done, one line per step: the form or job and the instance's business key. */
  public List<String> bitacora() {
    return bitacora;
  }

  /** Until no instance runs; returns how many tasks were completed through their forms. */
  public int hastaElFin() {
    int tareas = 0;
    for (int paso = 0; paso < PASOS_MAXIMOS; paso++) {
      sinIncidentes();
      if (asincrono()) {
        continue;
      }
      Task tarea = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
      if (tarea != null) {
        completar(tarea);
        tareas++;
        continue;
      }
      if (!temporizador()) {
        correo.run();
        return tareas;
      }
    }
    throw new AssertionError("Still running after " + PASOS_MAXIMOS + " steps; last: " + bitacora.subList(Math.max(0, bitacora.size() - 20), bitacora.size()));
  }

  /** Executes one executable async continuation; false when none is left. */
  private boolean asincrono() {
    Job job = engine.getManagementService().createJobQuery().messages().executable().listPage(0, 1).stream().findFirst().orElse(null);
    if (job == null) {
      return false;
    }
    ejecutar(job, "async");
    return true;
  }

  /**
   * Fires the timer of an instance due first; false when none is left. Timer start events (the
   * daily review of conservacion-datos) belong to no instance and come back every day: left alone.
   */
  private boolean temporizador() {
    Job job =
        engine.getManagementService().createJobQuery().timers().active().orderByJobDuedate().asc().list().stream()
            .filter(j -> j.getProcessInstanceId() != null)
            .findFirst().orElse(null);
    if (job == null) {
      return false;
    }
    ejecutar(job, "timer");
    return true;
  }

  /** Executes the job through {@link Motor}: a timer at its due date (the clock moves there, never back). */
  private void ejecutar(Job job, String tipo) {
    String linea = tipo + " " + actividad(job) + " " + clave(job.getProcessInstanceId());
    bitacora.add(linea);
    try {
      if ("timer".equals(tipo)) {
        motor.dispararTimer(job);
      } else {
        motor.ejecutar(job.getId());
      }
    } catch (RuntimeException e) {
      throw new AssertionError("Step failed: " + linea, e);
    }
    correo.run();
  }

  private String actividad(Job job) {
    var definicion = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
    return definicion == null ? "?" : definicion.getActivityId();
  }

  /** Completes the task through its form as a member of its candidate group (or its assignee). */
  private void completar(Task tarea) {
    ComoTasklist.Formulario formulario = tasklist.formulario(tarea.getId());
    String linea = "form " + formulario.id() + " (" + tarea.getTaskDefinitionKey() + ") " + clave(tarea.getProcessInstanceId());
    bitacora.add(linea);
    var respuesta = RESPUESTAS.get(formulario.id());
    if (respuesta == null) {
      throw new AssertionError(tarea.getTaskDefinitionKey() + ": add the answer of its form " + formulario.id()
          + " to Recorrido.RESPUESTAS (" + TareasUsuario.LISTA + ")");
    }
    Map<String, Object> mostrado = engine.getTaskService().getVariablesLocal(tarea.getId());
    Map<String, Object> envio = tasklist.envio(tarea.getId(), respuesta.apply(tarea, mostrado));
    String usuario = usuario(tarea);
    try {
      motor.completar(tarea, usuario, envio);
    } catch (RuntimeException e) {
      throw new AssertionError("Step failed: " + linea + " as " + usuario + " with " + envio, e);
    }
    correo.run();
  }

  /** The task's assignee, else a member of its first candidate group, else its first candidate user. */
  private String usuario(Task tarea) {
    if (tarea.getAssignee() != null) {
      return tarea.getAssignee();
    }
    List<IdentityLink> candidatos = engine.getTaskService().getIdentityLinksForTask(tarea.getId());
    for (IdentityLink l : candidatos) {
      if (l.getGroupId() != null) {
        List<User> miembros = engine.getIdentityService().createUserQuery().memberOfGroup(l.getGroupId()).orderByUserId().asc().list();
        if (!miembros.isEmpty()) {
          return miembros.get(0).getId();
        }
      }
    }
    return candidatos.stream().filter(l -> l.getUserId() != null).map(IdentityLink::getUserId).findFirst()
        .orElseThrow(() -> new AssertionError("Nobody may work " + tarea.getTaskDefinitionKey() + " " + clave(tarea.getProcessInstanceId())));
  }

  private String clave(String processInstanceId) {
    if (processInstanceId == null) {
      return "(no instance)";
    }
    var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return pi == null ? processInstanceId : pi.getBusinessKey();
  }

  private void sinIncidentes() {
    List<Incident> incidentes = engine.getRuntimeService().createIncidentQuery().list();
    if (!incidentes.isEmpty()) {
      Incident i = incidentes.get(0);
      throw new AssertionError(
          incidentes.size() + " incidents, the first at " + i.getActivityId() + " of " + clave(i.getProcessInstanceId()) + ": "
              + i.getIncidentMessage() + "; last steps: " + bitacora.subList(Math.max(0, bitacora.size() - 10), bitacora.size()));
    }
  }

  // --- The answers ------------------------------------------------------------------------------

  private static LocalDate hoy() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONA).toLocalDate();
  }

  private static String dentroDeDias(int dias) {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONA).plusDays(dias).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** The first option of a select whose options the form shows in {@code clave}. */
  private static String primeraOpcion(Map<String, Object> mostrado, String clave) {
    List<Map<String, Object>> opciones = ComoTasklist.filas(mostrado.get(clave));
    if (opciones.isEmpty()) {
      throw new AssertionError("The form shows no option in " + clave);
    }
    return String.valueOf(opciones.get(0).get("value"));
  }

  private static Map<String, Object> mapa(Object... claveValor) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < claveValor.length; i += 2) {
      m.put((String) claveValor[i], claveValor[i + 1]);
    }
    return m;
  }

  private static Map<String, BiFunction<Task, Map<String, Object>, Map<String, Object>>> respuestas() {
    Map<String, BiFunction<Task, Map<String, Object>, Map<String, Object>>> r = new LinkedHashMap<>();
    // ejercicio: the call as drafted, approved; the forum installed; the final report approved
    r.put("preparar-convocatoria", (t, m) -> Map.of());
    r.put("aprobar-convocatoria", (t, m) -> Map.of(EjercicioBpmn.VAR_DECISION_CONVOCATORIA, EjercicioBpmn.APROBAR));
    r.put("instalar-stl", (t, m) -> mapa(
        "fechaInstalacion", hoy().toString(),
        "integrantes", List.of(
            mapa("nombre", "Comisionada presidenta", "sector", "COMISION", "organizacion", "Comisión"),
            mapa("nombre", "Enlace de gobierno", "sector", "GOBIERNO", "organizacion", "Secretaría"),
            mapa("nombre", "Persona de la sociedad civil", "sector", "SOCIEDAD_CIVIL", "organizacion", "Red Ciudadana")),
        "reglasParticipacion", "Decide por consenso y, en su defecto, por mayoría.",
        "actaInstalacion", "Declaración conjunta firmada por las tres partes."));
    r.put("firmar-plan-accion", (t, m) -> Map.of("planFirmado", true));
    r.put("preparar-informe-final", (t, m) -> Map.of("informeFinal", "Compromisos evaluados; aprendizajes del ejercicio."));
    r.put("aprobar-informe-final", (t, m) -> Map.of("decisionInforme", EjercicioBpmn.APROBAR));
    // registro, privacidad
    r.put("validar-enlace", (t, m) -> Map.of("decisionEnlace", RegistroParticipanteBpmn.VALIDADO));
    r.put("atender-solicitud-arco", (t, m) -> Map.of(
        "decisionArco", DerechosArcoBpmn.RESPONDER, "respuesta", "Se atendió su solicitud en los términos de la ley."));
    // mesa: one session held and the table closed, every proposal taken, one commitment drafted
    r.put("programar-sesiones", (t, m) -> Map.of("sesiones", List.of(mapa("fechaHora", dentroDeDias(7), "lugar", "Sala de la Comisión"))));
    r.put("registrar-sesion", (t, m) -> mapa(
        "sesionId", primeraOpcion(m, "sesionesOpciones"),
        "asistentes", 10,
        "listaAsistencia", "Participantes de la mesa",
        "acta", "La mesa diagnosticó el problema y recibió una propuesta.",
        "propuestas", List.of(mapa("autorPublico", "Red Ciudadana", "problema", "Falta información pública.", "propuesta", "Publicarla en datos abiertos.")),
        "mesaCerrada", true));
    r.put("responder-propuestas", (t, m) -> {
      List<Map<String, Object>> filas = new ArrayList<>();
      for (int i = 0; i < ComoTasklist.filas(m.get("respuestas")).size(); i++) {
        filas.add(mapa("decision", "INCORPORADA", "razon", "Se incorpora a un compromiso de la mesa."));
      }
      return Map.of("respuestas", filas);
    });
    r.put("responder-propuesta-portal", (t, m) -> Map.of("decision", "NO_INCORPORADA", "razon", "La mesa ya cerró su diagnóstico; se considera en el siguiente ejercicio."));
    r.put("redactar-compromisos", (t, m) -> {
      LocalDate inicio = hoy().plusMonths(1);
      return Map.of("compromisos", List.of(mapa(
          "titulo", "Datos abiertos del servicio",
          "problema", "La ciudadanía no cuenta con información para vigilar el servicio.",
          "descripcion", "Publicar la información en datos abiertos y revisarla con la sociedad civil.",
          "valores", List.of("TRANSPARENCIA", "PARTICIPACION_CIUDADANA"),
          "sujetoResponsableId", primeraOpcion(m, "sujetosOpciones"),
          "fechaInicio", inicio.toString(),
          "fechaFin", inicio.plusMonths(6).toString(),
          "hitos", List.of(mapa("descripcion", "Publicación del conjunto de datos", "fechaInicio", inicio.toString(),
              "fechaFin", inicio.plusMonths(6).toString())))));
    });
    // mesa: a session of the forum scheduled in a week and held with its three parties
    r.put("programar-sesion-stl", (t, m) -> mapa(
        "ejercicioId", m.get("ejercicioId") != null ? String.valueOf(m.get("ejercicioId")) : primeraOpcion(m, "ejerciciosOpciones"),
        "fechaHora", dentroDeDias(7),
        "lugar", "Sala de la Comisión",
        "ordenDia", "Avance del plan de acción."));
    r.put("registrar-sesion-stl", (t, m) -> mapa(
        "asistentesComision", 1, "asistentesGobierno", 1, "asistentesSociedadCivil", 1,
        "listaAsistencia", "Integrantes de las tres partes",
        "acuerdos", "Presentar el avance en la siguiente sesión.",
        "acta", "El STL revisó el avance y aprobó el acta."));
    // rendicion: the commission acknowledges the cadence watch's warning
    r.put("atender-aviso-estandar", (t, m) -> mapa("avisoEnterado", true, "nota", "La Comisión programará una sesión del STL."));
    // compromiso: every commitment approved
    r.put("revisar-compromiso-stl", (t, m) -> mapa(
        "especifico", true, "verificable", true, "relevante", true, "hitosConFechas", true, "conSujetoResponsable", true,
        "decisionStl", AprobacionCompromisoBpmn.APROBAR));
    r.put("aceptar-compromiso", (t, m) -> Map.of("decisionEnlace", ACEPTAR));
    r.put("aprobar-compromiso-pleno", (t, m) -> Map.of("decisionPleno", AprobacionCompromisoBpmn.APROBAR));
    r.put("atender-observaciones", (t, m) -> Map.of());
    // compromiso: a change postponing the first milestone, approved by the STL (and the Pleno)
    r.put("solicitar-cambio", (t, m) -> mapa(
        "folio", primeraOpcion(m, "compromisosOpciones"),
        "hitos", List.of(mapa("numero", 1, "fechaFin", LocalDate.now().plusDays(120).toString())),
        "justificacion", "El presupuesto del hito llegó tarde."));
    r.put("revisar-cambio-stl", (t, m) -> Map.of("decisionStl", CambioCompromisoBpmn.APROBAR));
    r.put("atender-observaciones-cambio", (t, m) -> Map.of());
    r.put("aprobar-cambio-pleno", (t, m) -> Map.of("decisionPleno", CambioCompromisoBpmn.APROBAR));
    // seguimiento: every milestone complete, verified, evaluated
    r.put("reportar-avance", (t, m) -> {
      List<Map<String, Object>> avances = new ArrayList<>();
      for (int i = 0; i < ComoTasklist.filas(m.get("avances")).size(); i++) {
        avances.add(mapa("estado", "COMPLETADO", "porcentaje", 100));
      }
      return Map.of(
          "avances", avances,
          "narrativa", "Se completaron los hitos del periodo.",
          "evidencias", List.of(mapa("descripcion", "Conjunto de datos publicado", "url", "https://datos.example.mx/" + t.getId())));
    });
    r.put("verificar-reporte", (t, m) -> Map.of("decisionVerificacion", SeguimientoBpmn.VERIFICAR));
    r.put("evaluar-compromiso", (t, m) -> Map.of(
        "potencial", "MODESTO", "cumplimiento", "SUSTANCIAL", "abrioGobierno", "MARGINAL",
        "comentario", "Avance sustancial con datos abiertos."));
    return r;
  }
}
