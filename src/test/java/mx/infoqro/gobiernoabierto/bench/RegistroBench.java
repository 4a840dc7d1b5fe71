package mx.infoqro.gobiernoabierto.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import mx.infoqro.gobiernoabierto.operacion.ClientePortal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * B2 registration: 32 concurrent clients register at {@code /registro} of the running application
 * (demo profile, H2 file, mail delivered to the demo's embedded SMTP server), each registration a
 * GET of the form and its POST from a new address; then, in the same minutes, 32 clients start a
 * one-user-task process through the bare engine's REST API, as it ships (H2's default write delay:
 * commits written up to half a second later) and like for like (each commit written before it
 * returns, the application's setting). Prints the rates, the p50/p99 and the ratios, and how long
 * the outbox took to deliver every confirmation mail. Then both on PostgreSQL, the production
 * database, with the SQL statements and transactions a registration and a start cost.
 */
@Tag("bench")
class RegistroBench {

  static final int CLIENTES = Integer.getInteger("bench.b2.clientes", 32);
  /** Operations per warm-up round. */
  static final int CALENTAMIENTO = Integer.getInteger("bench.b2.calentamiento", 2500);
  /** At most this many warm-up rounds. */
  static final int RONDAS = Integer.getInteger("bench.b2.rondas", 8);
  static final int TOTAL = Integer.getInteger("bench.b2.total", 4000);

  @Test
  void registrationThroughput() throws Exception {
    Bench.encabezado("B2 registration (" + CLIENTES + " clients)");
    double registros = registrar("b2-app", 18120, Map.of(), "durable commits, the default", null);
    if (Boolean.parseBoolean(System.getProperty("bench.b2.retraso", "true"))) {
      // The cost of durable commits: the same load with H2's default write delay (500 ms)
      double conRetraso =
          registrar(
              "b2-app-retraso",
              18125,
              // the application's URL without WRITE_DELAY=0 (Spring resolves the placeholder in the app)
              Map.of("DB_URL", "jdbc:h2:file:./data/gobierno-abierto;${gobierno-abierto.h2-ajustes}"),
              "H2 write delay 500 ms, commits not durable",
              null);
      Bench.informar("B2 cost of durable commits: %.2f of the rate without them", registros / conRetraso);
    }
    if (Boolean.parseBoolean(System.getProperty("bench.b2.postgres", "true"))) {
      enPostgres();
    }
    if (!Boolean.parseBoolean(System.getProperty("bench.b2.base", "true"))) {
      return;
    }
    double base = iniciarBase(18130, Map.of(), "H2's default write delay, as the bare app ships", null);
    Bench.informar("B2 ratio registrations (durable) / bare REST starts: %.2f", registros / base);
    if (Boolean.parseBoolean(System.getProperty("bench.b2.baseDurable", "true"))) {
      // Like for like: the bare engine with the application's setting (each commit written before it returns)
      double baseDurable =
          iniciarBase(
              18135,
              Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:./data/camunda-base;WRITE_DELAY=0"),
              "H2 WRITE_DELAY=0, durable commits as the application's",
              null);
      Bench.informar("B2 ratio registrations (durable) / bare REST starts (durable): %.2f", registros / baseDurable);
    }
  }

  /**
   * The same load on the production database: the application (profiles demo and postgres), then
   * the bare engine, each on a new embedded PostgreSQL with durable commits ({@code
   * synchronous_commit=on}; the embedded server's default is off), which shares the two cores with
   * it. Also counts the SQL statements and transactions of the measured load (pg_stat_statements).
   */
  private static void enPostgres() throws Exception {
    double registros;
    try (EmbeddedPostgres pg = postgres()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      registros =
          registrar(
              "b2-app-pg",
              18140,
              Map.of("SPRING_PROFILES_ACTIVE", "demo,postgres", "DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", ""),
              "PostgreSQL, durable commits",
              new SentenciasPostgres(url));
    }
    double base;
    try (EmbeddedPostgres pg = postgres()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      base =
          iniciarBase(
              18145,
              Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""),
              "PostgreSQL, durable commits",
              new SentenciasPostgres(url));
    }
    Bench.informar("B2 ratio on PostgreSQL, registrations / bare REST starts: %.2f", registros / base);
  }

  private static EmbeddedPostgres postgres() throws Exception {
    return EmbeddedPostgres.builder()
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .start();
  }

  /**
   * Starts the bare engine, warms up, measures 32 clients starting its one-user-task process
   * (counting its statements when {@code sql} is given); returns starts per second.
   */
  private static double iniciarBase(int puerto, Map<String, String> entorno, String variante, SentenciasPostgres sql)
      throws Exception {
    AplicacionExterna aplicacion = Bench.base("b2-base-" + puerto, puerto);
    entorno.forEach(aplicacion::con);
    try (AplicacionExterna base = aplicacion.iniciar()) {
      base.esperar("/engine-rest/engine", Duration.ofMinutes(4));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest iniciar =
          HttpRequest.newBuilder(URI.create(base.url("/engine-rest/process-definition/key/base-una-tarea/start")))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      Carga.Operacion operacion = n -> http.send(iniciar, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      calentar("the bare engine (" + variante + ")", operacion);
      if (sql != null) {
        sql.reiniciar();
      }
      Carga.Resultado r = Carga.medir(CLIENTES, TOTAL, 300, operacion);
      Bench.informar("B2 bare engine REST starts (%s): %s", variante, r.resumen());
      if (sql != null) {
        sql.informar("B2 bare engine on PostgreSQL, per REST start", r.exitos());
      }
      return r.porSegundo();
    }
  }

  /**
   * Warms a server up in rounds of {@link #CALENTAMIENTO} operations until its rate stops rising (a
   * round less than 5 % faster than the one before), at most {@link #RONDAS} rounds, and prints the
   * rounds' rates. A server that has been running for a while is what meets a call's closing day:
   * the JIT compilers keep one of the two cores busy for the first minute or more (the
   * application has far more code to compile than the bare engine), which is B3's concern, not this
   * benchmark's. Each round's operations are numbered after the previous round's.
   */
  private static void calentar(String que, Carga.Operacion operacion) throws InterruptedException {
    List<String> tasas = new ArrayList<>();
    double anterior = 0;
    for (int ronda = 0; ronda < RONDAS; ronda++) {
      int antes = ronda * CALENTAMIENTO;
      double tasa = Carga.medir(CLIENTES, CALENTAMIENTO, 300, n -> operacion.ejecutar(antes + n)).porSegundo();
      tasas.add(String.format(Locale.ROOT, "%.0f", tasa));
      if (anterior > 0 && tasa < anterior * 1.05) {
        break;
      }
      anterior = tasa;
    }
    Bench.informar("B2 warm-up of %s: rounds of %d at %s per second", que, CALENTAMIENTO, String.join(", ", tasas));
  }

  /**
   * Starts the application, opens a registration, warms up, measures; returns registrations per
   * second. With {@code sql}, the warm-up's mail is delivered before the measured load and the
   * statements are counted from then until the load's mail is delivered too.
   */
  private static double registrar(
      String nombre, int puerto, Map<String, String> entorno, String variante, SentenciasPostgres sql) throws Exception {
    AplicacionExterna aplicacion = Bench.aplicacion(nombre, puerto);
    entorno.forEach(aplicacion::con);
    try (AplicacionExterna app = aplicacion.iniciar()) {
      app.esperarLista(Duration.ofMinutes(4));
      ClientePortal portal = new ClientePortal(app.url(""));
      String eje = portal.abrirRegistroSiguiente(Duration.ofSeconds(90)).get(0);
      Map<Integer, Integer> rechazos = new ConcurrentHashMap<>();
      Carga.Operacion registrar =
          n -> {
            ClientePortal.Resultado resultado =
                portal.registrar("b2-" + n + "@bench.example", eje, "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
            if (!resultado.aceptado()) {
              rechazos.merge(resultado.estado(), 1, Integer::sum);
            }
            return resultado.aceptado();
          };
      // the warm-up's addresses are negative numbers, the measured ones positive
      calentar("registrations (" + variante + ")", n -> registrar.ejecutar(-n - 1000));
      if (sql != null) {
        sql.esperarCorreos(Duration.ofMinutes(5));
        sql.reiniciar();
      }
      rechazos.clear();
      Carga.Resultado r = Carga.medir(CLIENTES, TOTAL, 300, registrar);
      Bench.informar("B2 registrations (%s): %s (GET form + POST); refused by status: %s", variante, r.resumen(), rechazos);
      long inicio = System.nanoTime();
      long pendientes = sql != null ? sql.esperarCorreos(Duration.ofMinutes(5)) : esperarCorreos(app, Duration.ofMinutes(5));
      Bench.informar(
          "B2 outbox: %s %.1f s after the load%s; resident memory %d MiB",
          pendientes == 0 ? "every mail delivered" + (sql != null ? "" : " at most") : pendientes + " mails still pending",
          (System.nanoTime() - inicio) / 1e9,
          sql != null ? "" : " (read from the metric, which is refreshed every 15 s)",
          app.residenteMiB());
      if (sql != null) {
        sql.informar("B2 registrations on PostgreSQL, per registration (GET form + POST + its mail)", r.exitos());
      }
      return r.porSegundo();
    }
  }

  private static final Pattern PENDIENTES = Pattern.compile("(?m)^gobierno_abierto_correos_pendientes\\{[^}]*\\} ([0-9.E]+)");

  /** Polls the metrics until the outbox is empty; returns what is still pending at the limit. */
  static long esperarCorreos(AplicacionExterna app, Duration limite) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest metricas =
        HttpRequest.newBuilder(URI.create(app.url("/actuator/prometheus")))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
            .build();
    return hastaCero(
        () -> {
          Matcher m = PENDIENTES.matcher(http.send(metricas, HttpResponse.BodyHandlers.ofString()).body());
          return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
        },
        limite,
        Duration.ofSeconds(1));
  }

  /** Asks {@code pendientes} every {@code cada} until it answers 0 or the limit passes; returns its last answer. */
  static long hastaCero(Callable<Long> pendientes, Duration limite, Duration cada) throws Exception {
    long fin = System.nanoTime() + limite.toNanos();
    long quedan;
    while ((quedan = pendientes.call()) != 0 && System.nanoTime() < fin) {
      Thread.sleep(cada.toMillis());
    }
    return quedan;
  }

  /**
   * Counts what a measured load asked of PostgreSQL: the statements (pg_stat_statements, without
   * BEGIN and COMMIT) and the committed transactions (pg_stat_database). Its own statements are not
   * counted ({@code pg_stat_statements.track = none} on its connections); its own transactions are
   * (two per look at the outbox, about 0.02 per operation).
   */
  static final class SentenciasPostgres {

    private final String url;
    private long transacciones;

    SentenciasPostgres(String url) throws SQLException {
      this.url = url;
      try (Connection c = conectar();
          Statement s = c.createStatement()) {
        s.execute("create extension if not exists pg_stat_statements");
      }
    }

    private Connection conectar() throws SQLException {
      Connection c = DriverManager.getConnection(url, "postgres", "");
      try (Statement s = c.createStatement()) {
        s.execute("set pg_stat_statements.track = 'none'");
      }
      return c;
    }

    private long numero(String consulta) throws SQLException {
      try (Connection c = conectar();
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery(consulta)) {
        r.next();
        return r.getLong(1);
      }
    }

    /** Counts from now on. */
    void reiniciar() throws SQLException {
      numero("select count(*) from (select pg_stat_statements_reset()) r");
      transacciones = numero("select xact_commit from pg_stat_database where datname = current_database()");
    }

    /** Waits until every message was sent, as the outbox metric counts them; returns how many were not at the limit. */
    long esperarCorreos(Duration limite) throws Exception {
      return hastaCero(() -> numero("select count(*) from notificacion where enviada is null"), limite, Duration.ofMillis(250));
    }

    /** Prints the statements and transactions since {@link #reiniciar()}, per operation. */
    void informar(String que, long operaciones) throws Exception {
      // PostgreSQL 14's statistics collector publishes a backend's counters up to half a second late
      Thread.sleep(1000);
      long sentencias =
          numero(
              "select coalesce(sum(calls), 0) from pg_stat_statements"
                  + " where upper(query) not in ('BEGIN', 'BEGIN READ ONLY', 'COMMIT', 'ROLLBACK')");
      long hechas = numero("select xact_commit from pg_stat_database where datname = current_database()") - transacciones;
      Bench.informar(
          "%s: %.1f SQL statements, %.1f committed transactions",
          que,
          sentencias / (double) operaciones,
          hechas / (double) operaciones);
    }
  }
}
