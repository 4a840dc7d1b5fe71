package mx.infoqro.gobiernoabierto.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application instances, each in its own process, on one (embedded) PostgreSQL, started at
 * the same moment as a cluster's nodes are: start-up work happens once, both run jobs and no job
 * runs twice, a session created on one node is accepted by the other (the staff pages and
 * Tasklist), the per-address limit of the public forms counts the submissions of both, and each
 * node's Prometheus metrics answer only the groups of {@code grupos-metricas}, like the REST API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DosNodosTest {

  private final Path directorio = Path.of("target", "dos-nodos-" + System.nanoTime());
  private EmbeddedPostgres pg;
  private GreenMail correo;
  private AplicacionExterna a;
  private AplicacionExterna b;
  private String url;

  @BeforeAll
  void iniciarNodos() throws Exception {
    pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    url = pg.getJdbcUrl("postgres", "postgres");
    correo = new GreenMail(new ServerSetup(18141, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    correo.start();
    a = nodo("nodo-a", 18142).iniciar();
    b = nodo("nodo-b", 18143).iniciar();
    CompletableFuture<Long> listaA = CompletableFuture.supplyAsync(() -> a.esperarLista(Duration.ofMinutes(6)));
    b.esperarLista(Duration.ofMinutes(6));
    listaA.join();
  }

  @AfterAll
  void detener() throws Exception {
    for (AplicacionExterna nodo : new AplicacionExterna[] {a, b}) {
      if (nodo != null) {
        nodo.detener();
      }
    }
    if (correo != null) {
      correo.stop();
    }
    if (pg != null) {
      pg.close();
    }
    // the nodes' logs stay in target/ for whoever reads a failure
  }

  private AplicacionExterna nodo(String nombre, int puerto) {
    // a small per-address allowance, so that a few registrations show it is counted across nodes
    return nodo(nombre, puerto, directorio, url, 18141).con("LIMITE_ENVIOS", "5");
  }

  /** A node of a cluster on the PostgreSQL at {@code url}, its mail to the SMTP server on {@code smtp}. */
  static AplicacionExterna nodo(String nombre, int puerto, Path directorio, String url, int smtp) {
    return new AplicacionExterna(nombre, puerto, directorio)
        .con("SPRING_PROFILES_ACTIVE", "demo,postgres")
        .con("DB_URL", url)
        .con("DB_USER", "postgres")
        .con("DB_PASSWORD", "")
        .con("DEMO_MAIL_EMBEDDED", "false")
        .con("MAIL_HOST", "127.0.0.1")
        .con("MAIL_PORT", String.valueOf(smtp))
        .con("MAIL_AUTH", "false")
        .con("MAIL_STARTTLS", "false")
        // The node's name in the engine's job log (ACT_HI_JOB_LOG.HOSTNAME_)
        .con("SPRING_APPLICATION_JSON", "{\"camunda\":{\"bpm\":{\"generic-properties\":{\"properties\":{\"hostname\":\"" + nombre + "\"}}}}}");
  }

  @Test
  @Order(1)
  void startUpWorkHappenedOnce() throws Exception {
    // the demo's three editions (last year's, this year's, next year's), seeded by one node only
    assertThat(filas("select count(*) from ejercicio")).isEqualTo(3);
    assertThat(filas("select count(*) from (select name_ from act_ru_filter group by name_ having count(*) > 1) d"))
        .as("Tasklist filters created twice")
        .isZero();
    assertThat(filas("select count(*) from act_id_user where id_ = 'comision'")).isEqualTo(1);
  }

  @Test
  @Order(2)
  void bothNodesRunJobsAndNoneRunsTwice() throws Exception {
    ClientePortal portalA = new ClientePortal(a.url(""));
    ClientePortal portalB = new ClientePortal(b.url(""));
    String eje = portalA.abrirRegistroSiguiente(Duration.ofSeconds(90)).get(0);
    List<String> correos = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String direccion = "nodos" + i + "@cluster.example";
      ClientePortal portal = i % 2 == 0 ? portalA : portalB;
      assertThat(portal.registrar(direccion, eje, "10.1." + (i >> 8) + "." + (i & 255)).aceptado()).isTrue();
      correos.add(direccion);
    }

    Map<String, Integer> recibidos = new HashMap<>();
    long fin = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < fin) {
      recibidos.clear();
      for (MimeMessage m : correo.getReceivedMessages()) {
        for (Address d : m.getAllRecipients()) {
          if (correos.contains(d.toString())) {
            recibidos.merge(d.toString(), 1, Integer::sum);
          }
        }
      }
      if (recibidos.size() == correos.size()) {
        break;
      }
      AplicacionExterna.dormir(250);
    }
    assertThat(recibidos).as("one confirmation mail per registration (both nodes' outbox dispatchers ran)")
        .hasSize(correos.size())
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));

    // A backlog of jobs (two async steps and a timer per instance) built suspended through node A
    // and activated at once: both job executors compete for it
    MotorRemoto motor = new MotorRemoto(a, "admin", "admin");
    String definicion = motor.desplegarTrabajos();
    motor.suspenderTrabajos(definicion, true);
    int instancias = 60;
    for (int i = 0; i < instancias; i++) {
      motor.iniciar(definicion);
    }
    motor.suspenderTrabajos(definicion, false);
    long limite = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (filas("select count(*) from act_hi_procinst where proc_def_id_ = '" + definicion + "' and end_time_ is not null") < instancias
        && System.nanoTime() < limite) {
      AplicacionExterna.dormir(250);
    }
    assertThat(filas("select count(*) from act_hi_procinst where proc_def_id_ = '" + definicion + "' and end_time_ is not null"))
        .isEqualTo(instancias);
    assertThat(filas("select count(*) from act_hi_job_log where process_def_id_ = '" + definicion + "' and job_state_ = 2"))
        .as("every job once: two async steps and a timer per instance")
        .isEqualTo(3L * instancias);
    assertThat(filas("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) d"))
        .as("jobs executed successfully more than once")
        .isZero();
    assertThat(filas("select count(distinct hostname_) from act_hi_job_log where job_state_ = 2 and hostname_ in ('nodo-a', 'nodo-b')"))
        .as("nodes that executed jobs")
        .isEqualTo(2);
  }

  @Test
  @Order(3)
  void aSessionOpenedOnOneNodeIsAcceptedByTheOther() throws Exception {
    Navegacion navegador = new Navegacion();
    String entrar = navegador.get(a.url("/gestion/entrar")).body();
    HttpResponse<String> login =
        navegador.post(
            a.url("/gestion/entrar"),
            Map.of("username", "comision", "password", "demo", "_csrf", ClientePortal.csrf(entrar)),
            Map.of());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

    HttpResponse<String> enB = navegador.get(b.url("/gestion/correos"));
    assertThat(enB.statusCode()).as("the outbox page on the other node").isEqualTo(200);

    // Tasklist: logged in through node B, the task count answers on node A
    Navegacion tasklist = new Navegacion();
    tasklist.get(b.url("/camunda/app/tasklist/default/"));
    String xsrf = tasklist.cookies.get("XSRF-TOKEN");
    HttpResponse<String> entrada =
        tasklist.post(
            b.url("/camunda/api/admin/auth/user/default/login/tasklist"),
            Map.of("username", "comision", "password", "demo"),
            Map.of("X-XSRF-TOKEN", xsrf));
    assertThat(entrada.statusCode()).isEqualTo(200);
    HttpResponse<String> tareas = tasklist.get(a.url("/camunda/api/engine/engine/default/task/count"));
    assertThat(tareas.statusCode()).as("Tasklist's API on the other node").isEqualTo(200);
  }

  @Test
  @Order(4)
  void theFormLimitCountsTheSubmissionsOfBothNodes() throws Exception {
    ClientePortal portalA = new ClientePortal(a.url(""));
    ClientePortal portalB = new ClientePortal(b.url(""));
    String eje = portalA.ejesAbiertos().get(0);
    List<Integer> estados = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ClientePortal portal = i % 2 == 0 ? portalA : portalB;
      estados.add(portal.registrar("limite" + i + "@cluster.example", eje, "10.9.9.9").estado());
    }
    // LIMITE_ENVIOS is 5 per address here: three on each node, the sixth refused
    assertThat(estados.subList(0, 5)).containsOnly(302);
    assertThat(estados.get(5)).isEqualTo(429);
  }

  @Test
  @Order(5)
  void eachNodeExposesItsMetricsToTheMetricsGroupsOnly() throws Exception {
    HttpClient cliente = HttpClient.newHttpClient();
    String prometheus = b.url("/actuator/prometheus");
    assertThat(metricas(cliente, prometheus, null).statusCode()).as("without credentials").isEqualTo(401);
    // (another user: after a wrong password Camunda makes that user wait a few seconds before the next login)
    assertThat(metricas(cliente, prometheus, "admin:otra").statusCode()).as("a wrong password").isEqualTo(401);
    assertThat(metricas(cliente, prometheus, "pleno:demo").statusCode()).as("a group not in grupos-metricas").isEqualTo(403);

    HttpResponse<String> comision = metricas(cliente, prometheus, "comision:demo");
    assertThat(comision.statusCode()).isEqualTo(200);
    assertThat(comision.headers().firstValue("Set-Cookie")).as("a scraper gets no session").isEmpty();
    assertThat(comision.body())
        .contains(
            "camunda_jobs_pendientes",
            "camunda_job_executor_total",
            "gobierno_abierto_correos_pendientes",
            "gobierno_abierto_tareas_abiertas{",
            "gobierno_abierto_tareas_vencidas{",
            "hikaricp_connections_active",
            "http_server_requests_seconds_count");
    // the probes stay open to the load balancer
    assertThat(metricas(cliente, b.url("/actuator/health/readiness"), null).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> metricas(HttpClient cliente, String url, String credenciales) throws Exception {
    HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(url)).GET();
    if (credenciales != null) {
      peticion.header(
          "Authorization", "Basic " + Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)));
    }
    return cliente.send(peticion.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long filas(String sql) throws Exception {
    return ConsultaSql.contar(url, sql);
  }
}
