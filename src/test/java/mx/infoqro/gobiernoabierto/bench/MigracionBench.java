package mx.infoqro.gobiernoabierto.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import mx.infoqro.gobiernoabierto.operacion.ClientePortal;
import mx.infoqro.gobiernoabierto.operacion.MotorRemoto;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * B5 migration of running instances (docs/rendimiento.md): {@link #INSTANCIAS} instances of {@code
 * seguimiento-compromiso} waiting at a mix of its wait states (user tasks, timers, async
 * continuations; {@link MotorRemoto#sembrarSeguimiento}) move from one definition to the next, on an
 * H2 file and then on an embedded PostgreSQL. The application runs as the README runs it (demo
 * profile, batches of {@code MIGRACION_LOTE}), with its job executor off so that nothing but the
 * migration moves the instances. The next definition is the same BPMN and forms deployed again
 * ({@link MotorRemoto#redesplegar}), so every activity maps to itself.
 *
 * <ol>
 *   <li>On demand: an administrator posts {@code /gestion/versiones/migrar} while visitors read
 *       public pages; the run's time comes from the application's log (its first line to
 *       "Migraciones terminadas"), the portal's p50/p99 during it beside the same load just before
 *       with no migration.
 *   <li>At start: a plain restart, then a new deployment and a restart that migrates everything
 *       before it is ready.
 * </ol>
 *
 * After each, every instance, task and job of the process must be on the newest definition with the
 * same ids, activities and due dates as before.
 */
@Tag("bench")
class MigracionBench {

  static final int INSTANCIAS = Integer.getInteger("bench.b5.instancias", 10_000);
  /** Threads that create the instances through the REST API. */
  static final int HILOS = Integer.getInteger("bench.b5.hilos", 8);
  /** Visitors reading public pages, each waiting {@link #PAUSA_MS} between pages (a paced load). */
  static final int CLIENTES = Integer.getInteger("bench.b5.clientes", 4);
  static final int PAUSA_MS = Integer.getInteger("bench.b5.pausa", 200);
  /** Seconds of portal warm-up, and then of the reference load with no migration. */
  static final int REFERENCIA_S = Integer.getInteger("bench.b5.referencia", 30);
  /** Batch size (gobierno-abierto.migracion.lote, environment variable MIGRACION_LOTE). */
  static final int LOTE = Integer.getInteger("bench.b5.lote", 100);
  /** The target for 10,000 instances (scaled to the instances migrated). */
  static final double OBJETIVO_S = 60;

  private static final String PROCESO = MotorRemoto.SEGUIMIENTO;
  private static final List<String> PAGINAS = List.of("/", "/compromisos", "/plan-de-accion", "/mesas", "/convocatoria");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SoftAssertions comprobaciones = new SoftAssertions();

  @Test
  void waitingInstancesMoveToTheNextDefinition() throws Exception {
    Bench.encabezado("B5 migration of " + INSTANCIAS + " waiting instances of " + PROCESO + ", batches of " + LOTE);
    if (Boolean.parseBoolean(System.getProperty("bench.b5.h2", "true"))) {
      ronda("H2", Bench.aplicacion("b5-h2", 18380));
    }
    if (Boolean.parseBoolean(System.getProperty("bench.b5.postgres", "true"))) {
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
        ronda("PostgreSQL", Bench.aplicacion("b5-pg", 18390)
            .con("SPRING_PROFILES_ACTIVE", "demo,postgres")
            .con("DB_URL", pg.getJdbcUrl("postgres", "postgres"))
            .con("DB_USER", "postgres")
            .con("DB_PASSWORD", ""));
      }
    }
    comprobaciones.assertAll();
  }

  /** One database: seed, the run on demand, the run at start. */
  private void ronda(String base, AplicacionExterna app) throws Exception {
    app.con("JOB_EXECUTION", "false").con("MIGRACION_LOTE", String.valueOf(LOTE)).iniciar();
    try {
      long listo = app.esperarLista(Duration.ofMinutes(6));
      Bench.informar("B5 %s: application ready after %.1f s (demo seeded), job executor off", base, listo / 1e3);
      MotorRemoto motor = new MotorRemoto(app, "admin", "admin");
      String inicial = motor.ultimaDefinicion(PROCESO);
      AtomicReference<String> error = new AtomicReference<>();
      Carga.Resultado creadas = Carga.medir(HILOS, INSTANCIAS, 1800, n -> {
        try {
          motor.sembrarSeguimiento(inicial, n);
          return true;
        } catch (Exception e) {
          error.compareAndSet(null, e.toString());
          throw e;
        }
      });
      Bench.informar("B5 %s seeding through the REST API (%d threads): %s%s", base, HILOS, creadas.resumen(),
          error.get() == null ? "" : "; first error: " + error.get());
      comprobaciones.assertThat(creadas.exitos()).as(base + " instances created").isEqualTo(INSTANCIAS);
      Foto antes = foto(motor);
      Bench.informar("B5 %s before: %d instances of %s (%d the demo's), %d tasks, %d jobs (%d timers, %d async continuations)",
          base, antes.instancias().size(), PROCESO, antes.instancias().size() - creadas.exitos(), antes.tareas().size(),
          antes.trabajos().size(), antes.temporizadores(), antes.trabajos().size() - antes.temporizadores());
      bajoDemanda(base, app, motor, antes);
      alArrancar(base, app, motor, antes);
    } finally {
      app.detener();
    }
  }

  /** (a) An administrator's run while visitors read the portal. */
  private void bajoDemanda(String base, AplicacionExterna app, MotorRemoto motor, Foto antes) throws Exception {
    String nueva = motor.redesplegar(PROCESO);
    Portal portal = new Portal(app);
    Carga.Resultado calentamiento = portal.resumen(portal.durante(Duration.ofSeconds(REFERENCIA_S)), null, null);
    Carga.Resultado referencia = portal.resumen(portal.durante(Duration.ofSeconds(REFERENCIA_S)), null, null);
    Administracion admin = new Administracion(app).entrar();
    long desde = app.finLog();
    Ejecucion e;
    portal.iniciar();
    try {
      admin.migrar();
      e = esperarFin(app, desde, Duration.ofMinutes(30));
    } finally {
      portal.detener();
    }
    Carga.Resultado durante = portal.resumen(portal.muestras(), e.inicio(), e.fin());
    Bench.informar("B5 %s on demand (load average %s): %s", base, Bench.cargaMaquina(), e.resumen());
    Bench.informar(
        "B5 %s portal (%d visitors, %d ms between pages) during the run: %s; without a migration just before: %s "
            + "(warm-up before that: %s); ratio p50 %.2f, p99 %.2f",
        base, CLIENTES, PAUSA_MS, durante.resumen(), referencia.resumen(), calentamiento.resumen(),
        durante.percentilMs(50) / referencia.percentilMs(50), durante.percentilMs(99) / referencia.percentilMs(99));
    comprobaciones.assertThat(e.quedan()).as(base + " on demand: instances left behind").isZero();
    comprobaciones.assertThat(e.migradas()).as(base + " on demand: instances migrated").isEqualTo(antes.instancias().size());
    verificar(base + " on demand", motor, antes, nueva);
  }

  /** (b) A plain restart, then a restart that migrates everything before it is ready. */
  private void alArrancar(String base, AplicacionExterna app, MotorRemoto motor, Foto antes) throws Exception {
    long simple = reiniciar(app);
    String nueva = motor.redesplegar(PROCESO);
    long desde = app.finLog();
    long conMigracion = reiniciar(app);
    Ejecucion e = ejecucionEnLog(app, desde);
    comprobaciones.assertThat(e).as(base + " a migration at start in the log").isNotNull();
    if (e == null) {
      return;
    }
    Bench.informar(
        "B5 %s at start (load average %s): ready after %.1f s migrating, %.1f s for the plain restart before (ratio %.2f); %s",
        base, Bench.cargaMaquina(), conMigracion / 1e3, simple / 1e3, (double) conMigracion / simple, e.resumen());
    comprobaciones.assertThat(e.quedan()).as(base + " at start: instances left behind").isZero();
    comprobaciones.assertThat(e.migradas()).as(base + " at start: instances migrated").isEqualTo(antes.instancias().size());
    verificar(base + " at start", motor, antes, nueva);
  }

  private static long reiniciar(AplicacionExterna app) {
    app.detener();
    app.iniciar();
    return app.esperarLista(Duration.ofMinutes(15));
  }

  // --- What the engine holds, before and after ----------------------------------------------------------

  /**
   * Every instance, task and job of the process: instance id → business key; task id → instance,
   * activity, due date; job id → instance, activity, kind, due date; and the definitions they are on.
   */
  record Foto(Map<String, String> instancias, Map<String, String> tareas, Map<String, String> trabajos, Set<String> definiciones,
      long temporizadores) {}

  private static Foto foto(MotorRemoto motor) throws Exception {
    Map<String, String> instancias = new HashMap<>();
    Map<String, String> tareas = new HashMap<>();
    Map<String, String> trabajos = new HashMap<>();
    Set<String> definiciones = new HashSet<>();
    String clave = "?processDefinitionKey=" + PROCESO;
    for (JsonNode i : todos(motor, "/engine-rest/process-instance" + clave + "&sortBy=instanceId&sortOrder=asc")) {
      instancias.put(i.get("id").asText(), i.get("businessKey").asText());
      definiciones.add(i.get("definitionId").asText());
    }
    for (JsonNode t : todos(motor, "/engine-rest/task" + clave + "&sortBy=id&sortOrder=asc")) {
      tareas.put(t.get("id").asText(), t.get("processInstanceId").asText() + " " + t.get("taskDefinitionKey").asText() + " " + t.get("due").asText());
      definiciones.add(t.get("processDefinitionId").asText());
    }
    Map<String, String> definicionesTrabajo = new HashMap<>();
    for (JsonNode j : todos(motor, "/engine-rest/job-definition" + clave + "&sortBy=jobDefinitionId&sortOrder=asc")) {
      definicionesTrabajo.put(j.get("id").asText(), j.get("activityId").asText() + " " + j.get("jobType").asText());
    }
    long temporizadores = 0;
    for (JsonNode j : todos(motor, "/engine-rest/job" + clave + "&sortBy=jobId&sortOrder=asc")) {
      String tipo = definicionesTrabajo.getOrDefault(j.get("jobDefinitionId").asText(), "? ?");
      temporizadores += tipo.contains("timer") ? 1 : 0;
      trabajos.put(j.get("id").asText(), j.get("processInstanceId").asText() + " " + tipo + " " + j.get("dueDate").asText());
      definiciones.add(j.get("processDefinitionId").asText());
    }
    return new Foto(instancias, tareas, trabajos, definiciones, temporizadores);
  }

  private static List<JsonNode> todos(MotorRemoto motor, String consulta) throws Exception {
    List<JsonNode> todos = new ArrayList<>();
    for (int desde = 0; ; desde += 2000) {
      JsonNode parte = JSON.readTree(motor.rest("GET", consulta + "&firstResult=" + desde + "&maxResults=2000", ""));
      parte.forEach(todos::add);
      if (parte.size() < 2000) {
        return todos;
      }
    }
  }

  /** Every instance, task and job as before, all on {@code nueva}. */
  private void verificar(String que, MotorRemoto motor, Foto antes, String nueva) throws Exception {
    Foto despues = foto(motor);
    Bench.informar("B5 %s, afterwards: %d instances, %d tasks, %d jobs; on definitions %s (the newest: %s)",
        que, despues.instancias().size(), despues.tareas().size(), despues.trabajos().size(), despues.definiciones(), nueva);
    comprobaciones.assertThat(despues.instancias()).as(que + ": the instances").isEqualTo(antes.instancias());
    comprobaciones.assertThat(despues.tareas()).as(que + ": the tasks").isEqualTo(antes.tareas());
    comprobaciones.assertThat(despues.trabajos()).as(que + ": the jobs and their due dates").isEqualTo(antes.trabajos());
    comprobaciones.assertThat(despues.definiciones()).as(que + ": on the newest definition only").containsExactly(nueva);
  }

  // --- The run, from the application's log (MigracionInstancias) -----------------------------------------

  private static final Pattern LINEA = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\S+)\\s.*MigracionInstancias.*$");
  private static final Pattern INICIO = Pattern.compile("Migraciones: (\\d+) instancias en versiones anteriores");
  private static final Pattern LOTE_HECHO = Pattern.compile(": \\d+ de \\d+ instancias \\(\\d+ de \\d+ en total\\)");
  private static final Pattern FIN = Pattern.compile("Migraciones terminadas: (\\d+) instancias migradas, (\\d+) se quedan");

  /** A run as its log lines show it: its first line, each batch's end, its last line. */
  record Ejecucion(int total, Instant inicio, List<Instant> lotes, Instant fin, int migradas, int quedan) {
    double segundos() {
      return Duration.between(inicio, fin).toMillis() / 1e3;
    }

    double loteMasLargo() {
      double mas = 0;
      Instant antes = inicio;
      for (Instant l : lotes) {
        mas = Math.max(mas, Duration.between(antes, l).toMillis() / 1e3);
        antes = l;
      }
      return mas;
    }

    String resumen() {
      double objetivo = OBJETIVO_S * total / 10_000;
      return String.format(java.util.Locale.ROOT,
          "%d instances to migrate, %d migrated, %d stayed, in %.1f s (%d batches, the longest %.2f s) = %.0f instances/s; "
              + "target %.0f s %s",
          total, migradas, quedan, segundos(), lotes.size(), loteMasLargo(), migradas / segundos(), objetivo,
          segundos() <= objetivo ? "met" : "NOT met");
    }
  }

  /** The run in the log after {@code desde} bytes, once it ended; null while it has not. */
  private static Ejecucion ejecucionEnLog(AplicacionExterna app, long desde) throws IOException {
    String texto = app.logDesde(desde);
    Instant inicio = null;
    int total = 0;
    List<Instant> lotes = new ArrayList<>();
    for (String linea : texto.split("\n")) {
      Matcher m = LINEA.matcher(linea);
      if (!m.matches()) {
        continue;
      }
      Instant momento = OffsetDateTime.parse(m.group(1)).toInstant();
      Matcher i = INICIO.matcher(linea);
      Matcher f = FIN.matcher(linea);
      if (i.find()) {
        inicio = momento;
        total = Integer.parseInt(i.group(1));
        lotes.clear();
      } else if (inicio != null && LOTE_HECHO.matcher(linea).find()) {
        lotes.add(momento);
      } else if (inicio != null && f.find()) {
        return new Ejecucion(total, inicio, lotes, momento, Integer.parseInt(f.group(1)), Integer.parseInt(f.group(2)));
      }
    }
    return null;
  }

  private static Ejecucion esperarFin(AplicacionExterna app, long desde, Duration limite) throws Exception {
    long fin = System.nanoTime() + limite.toNanos();
    while (System.nanoTime() < fin) {
      Ejecucion e = ejecucionEnLog(app, desde);
      if (e != null) {
        return e;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("No end of the migration in " + app.log() + " within " + limite);
  }

  // --- People ------------------------------------------------------------------------------------------

  /** The administrator in the browser: the login form, the operations page and its button. */
  private static final class Administracion {
    private final AplicacionExterna app;
    private final HttpClient http = HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    Administracion(AplicacionExterna app) {
      this.app = app;
    }

    Administracion entrar() throws Exception {
      String formulario = get("/gestion/entrar").body();
      HttpResponse<String> r =
          post("/gestion/entrar", Map.of("username", "admin", "password", "admin", "_csrf", ClientePortal.csrf(formulario)));
      String a = r.headers().firstValue("Location").orElse("");
      if (r.statusCode() != 302 || a.contains("error")) {
        throw new IllegalStateException("login as admin: " + r.statusCode() + " " + a);
      }
      return this;
    }

    /** Posts the button; the page must then say that the run began. */
    void migrar() throws Exception {
      HttpResponse<String> pagina = get("/gestion/versiones");
      if (pagina.statusCode() != 200) {
        throw new IllegalStateException("GET /gestion/versiones: " + pagina.statusCode());
      }
      HttpResponse<String> r = post("/gestion/versiones/migrar", Map.of("_csrf", ClientePortal.csrf(pagina.body())));
      if (r.statusCode() != 302) {
        throw new IllegalStateException("POST /gestion/versiones/migrar: " + r.statusCode());
      }
      String despues = get("/gestion/versiones").body();
      if (!despues.contains("La migración comenzó")) {
        throw new IllegalStateException("The run did not begin: " + despues.replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
      }
    }

    private HttpResponse<String> get(String ruta) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(app.url(ruta))).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String ruta, Map<String, String> campos) throws Exception {
      String cuerpo = String.join("&", campos.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .toList());
      return http.send(HttpRequest.newBuilder(URI.create(app.url(ruta))).timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * Visitors: {@link #CLIENTES} threads, each reading {@link #PAGINAS} in turn and waiting {@link
   * #PAUSA_MS} after each (a paced load, not a saturating one: what is measured is whether the
   * batches hold the portal up, not how the two share a full machine).
   */
  private static final class Portal {
    /** A page read: when it was asked for (epoch ms), how long it took, whether it answered 200. */
    record Muestra(long inicio, long nanos, boolean ok) {}

    private final AplicacionExterna app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<Muestra> muestras = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean activo;
    private ExecutorService hilos;

    Portal(AplicacionExterna app) {
      this.app = app;
    }

    void iniciar() {
      muestras.clear();
      activo = true;
      hilos = Executors.newFixedThreadPool(CLIENTES);
      for (int c = 0; c < CLIENTES; c++) {
        int cliente = c;
        hilos.submit(() -> {
          for (int k = cliente; activo; k++) {
            long inicio = System.currentTimeMillis();
            long t0 = System.nanoTime();
            boolean ok;
            try {
              HttpRequest peticion = HttpRequest.newBuilder(URI.create(app.url(PAGINAS.get(k % PAGINAS.size()))))
                  .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET().build();
              ok = http.send(peticion, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
              ok = false;
            }
            muestras.add(new Muestra(inicio, System.nanoTime() - t0, ok));
            Thread.sleep(PAUSA_MS);
          }
          return null;
        });
      }
    }

    void detener() throws InterruptedException {
      activo = false;
      hilos.shutdown();
      hilos.awaitTermination(90, TimeUnit.SECONDS);
    }

    List<Muestra> muestras() {
      synchronized (muestras) {
        return new ArrayList<>(muestras);
      }
    }

    List<Muestra> durante(Duration d) throws InterruptedException {
      iniciar();
      Thread.sleep(d.toMillis());
      detener();
      return muestras();
    }

    /** The pages asked for between {@code desde} and {@code hasta} (all of them when null). */
    Carga.Resultado resumen(List<Muestra> todas, Instant desde, Instant hasta) {
      List<Muestra> dentro = todas.stream()
          .filter(m -> desde == null || (m.inicio() >= desde.toEpochMilli() && m.inicio() <= hasta.toEpochMilli()))
          .toList();
      long primero = dentro.stream().mapToLong(Muestra::inicio).min().orElse(0);
      long ultimo = dentro.stream().mapToLong(Muestra::inicio).max().orElse(0);
      double segundos = desde != null ? Duration.between(desde, hasta).toMillis() / 1e3 : Math.max(1, ultimo - primero) / 1e3;
      List<Long> latencias = dentro.stream().filter(Muestra::ok).map(Muestra::nanos).toList();
      return new Carga.Resultado(latencias.size(), (int) dentro.stream().filter(m -> !m.ok()).count(), segundos, latencias);
    }
  }
}
