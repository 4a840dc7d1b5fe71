package mx.infoqro.gobiernoabierto.actualizacion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import mx.infoqro.gobiernoabierto.GobiernoAbiertoApplication;
import mx.infoqro.gobiernoabierto.Recorrido;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.notificacion.DespachoCorreos;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.util.FileSystemUtils;

/**
 * The upgrade test, as Camunda tests its own upgrades (qa/test-db-instance-migration): a database
 * made by an earlier release with its work waiting at every step ({@code src/test/upgrade/<name>/},
 * made by {@link HacerFixture}), and the current application started on a copy of it. Flyway
 * migrates it without complaint (no applied migration was edited); every running instance moves to
 * the latest version of its process, keeping its tasks, claims and timers' due dates, with no mail
 * written; every model that changed since carries a new version tag and its migration. Then every
 * waiting task is completed through its own Camunda Form and every timer fired, to the end of every
 * instance, without an error or an incident; the published plan's PDF is served byte for byte as
 * before, and no message is sent twice.
 *
 * <p>Each fixture names the release's commit in {@code commit} and what waits in it in {@code
 * estado.txt}; no git tag is needed. When a model changes, this test fails until the change carries
 * its version and migration.
 */
class ActualizacionTest {

  /** The fixture's H2 database, gzipped. */
  static final String ARCHIVO = "gobierno-abierto.mv.db.gz";

  /** The fixture's PostgreSQL database: pg_dump's plain SQL with INSERT statements, gzipped. */
  static final String ARCHIVO_POSTGRES = "gobierno-abierto.postgres.sql.gz";

  private static final Path RAIZ = Path.of(System.getProperty("modelos.dir", "."));
  private static final Path FIXTURES = RAIZ.resolve("src/test/upgrade");
  private static final Pattern VERSION_TAG = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*camunda:versionTag=\"([^\"]*)\"");

  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActualizacionTest.class);

  private ConfigurableApplicationContext contexto;
  private GreenMail correo;
  private Motor motor;
  private EmbeddedPostgres pg;

  /** A fixture on one database: its H2 file, or its PostgreSQL dump. */
  record Caso(String fixture, boolean postgres) {
    @Override
    public String toString() {
      return fixture + (postgres ? " on PostgreSQL" : " on H2");
    }
  }

  static Stream<Caso> casos() throws IOException {
    try (Stream<Path> carpetas = Files.list(FIXTURES)) {
      List<Caso> casos = new ArrayList<>();
      for (Path c : carpetas.sorted().toList()) {
        if (Files.exists(c.resolve(ARCHIVO))) {
          casos.add(new Caso(c.getFileName().toString(), false));
        }
        if (Files.exists(c.resolve(ARCHIVO_POSTGRES))) {
          casos.add(new Caso(c.getFileName().toString(), true));
        }
      }
      assertThat(casos).as("fixtures in " + FIXTURES).isNotEmpty();
      return casos.stream();
    }
  }

  @AfterEach
  void cerrar() throws IOException {
    if (contexto != null) {
      contexto.close();
    }
    if (correo != null) {
      correo.stop();
    }
    if (pg != null) {
      pg.close();
    }
    if (motor != null) {
      motor.relojReal(); // the walk fired timers at their due dates
    }
  }

  @ParameterizedTest(name = "from {0}")
  @MethodSource("casos")
  void theCurrentReleaseTakesOverTheDataAndTheRunningWorkOfAnEarlierOne(Caso caso) throws Exception {
    String fixture = caso.fixture();
    Base base = caso.postgres() ? postgres(fixture) : h2(fixture);

    // What the earlier release left, read before the new one touches it
    esquemaValido(base);
    Antes antes;
    try (Connection c = DriverManager.getConnection(base.url(), base.usuario(), "")) {
      antes = Antes.leer(c);
    }
    List<String> modelosSinVersion = modelosCambiadosSinVersion(antes);
    assertThat(modelosSinVersion).as("models changed since %s without a new camunda:versionTag", fixture).isEmpty();

    correo = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    correo.start();
    contexto =
        new SpringApplicationBuilder(GobiernoAbiertoApplication.class)
            .profiles(caso.postgres() ? new String[] {"test", "postgres"} : new String[] {"test"})
            // arguments: above the test profile's own in-memory database and unused mail port
            .run(
                "--spring.datasource.url=" + base.urlAplicacion(),
                "--spring.datasource.username=" + base.usuario(),
                "--spring.datasource.password=",
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + correo.getSmtp().getPort());
    ProcessEngine engine = contexto.getBean(ProcessEngine.class);
    motor = new Motor(engine);
    EstadoVersiones versiones = contexto.getBean(EstadoVersiones.class);
    PlanesMigracion planes = contexto.getBean(PlanesMigracion.class);

    // Every instance on the latest version of its process, or the reasons why not
    List<String> quedan = new ArrayList<>();
    versiones.ultimaEjecucion().ifPresent(e -> e.pendientes().forEach(p ->
        quedan.add(p.getProceso() + " v" + p.getDesde() + " → v" + p.getHasta() + " " + p.getFolio() + ": " + p.getMotivo())));
    assertThat(quedan).as("instances left on their version").isEmpty();
    for (EstadoVersiones.Proceso p : versiones.procesos()) {
      assertThat(p.enAnteriores()).as("%s: instances on earlier definitions", p.clave()).isZero();
      Integer anterior = antes.versionModelo().get(p.clave());
      int vigente = p.vigente().versionModelo();
      if (anterior != null && anterior != vigente) {
        // a step for every version between, whether or not an instance needed it
        int v = anterior;
        for (MigracionProceso paso : planes.pasos(p.clave())) {
          if (paso.desde() == v) {
            v = paso.hasta();
          }
        }
        assertThat(v).as("%s: migrations from version %d of %s to version %d", p.clave(), anterior, fixture, vigente)
            .isEqualTo(vigente);
      }
    }

    // Nothing lost, nothing done again by the migration
    Despues despues;
    try (Connection c = contexto.getBean(javax.sql.DataSource.class).getConnection()) {
      despues = Antes.leer(c).despues();
    }
    assertThat(despues.instancias()).as("running instances").isEqualTo(antes.instancias());
    assertThat(despues.tareas()).as("open tasks and who holds them").isEqualTo(antes.tareas());
    assertThat(despues.temporizadores()).as("timers and their due dates").isEqualTo(antes.temporizadores());
    assertThat(despues.correos()).as("mail written and sent").isEqualTo(antes.correos());
    // ...and one watch per edition whose plan is published and which is not closed, started at the start
    Set<String> enImplementacion = new HashSet<>();
    try (Connection c = contexto.getBean(javax.sql.DataSource.class).getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("""
            select e.folio from plan_accion p join ejercicio e on e.id = p.ejercicio_id
            where p.publicado is not null and e.estado <> 'CERRADO'""")) {
      while (r.next()) {
        enImplementacion.add(r.getString(1));
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(VIGILANCIA).list())
        .extracting(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey).as("cadence watches started at the start")
        .containsExactlyInAnyOrderElementsOf(enImplementacion);

    // Staff complete every waiting task through its form, time passes: every instance ends
    DespachoCorreos despacho = contexto.getBean(DespachoCorreos.class);
    Recorrido recorrido = new Recorrido(engine, despacho::despachar);
    int tareas = recorrido.hastaElFin();
    LOG.info("Upgrade from {}: {} steps to the end, {} of them tasks through their forms", fixture, recorrido.bitacora().size(), tareas);
    assertThat(tareas).as("tasks completed through their forms").isGreaterThanOrEqualTo(antes.tareas().size());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("instances still running").isZero();

    // The plan of record is served byte for byte as it was published
    int puerto = ((WebServerApplicationContext) contexto).getWebServer().getPort();
    HttpClient http = HttpClient.newHttpClient();
    for (Map.Entry<String, String> plan : antes.planes().entrySet()) {
      HttpResponse<byte[]> pdf =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + puerto + "/plan-de-accion/" + plan.getKey() + ".pdf")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).as("plan of " + plan.getKey()).isEqualTo(200);
      assertThat(sha256(pdf.body())).as("SHA-256 of the plan of " + plan.getKey()).isEqualTo(plan.getValue());
    }

    // Every message sent once: one delivery per message written since the upgrade, none of the earlier ones again
    Set<String> entregados = new HashSet<>();
    for (MimeMessage m : correo.getReceivedMessages()) {
      entregados.add(m.getMessageID());
    }
    try (Connection c = contexto.getBean(javax.sql.DataSource.class).getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id, enviada from notificacion")) {
      int enviadasAhora = 0;
      while (r.next()) {
        Timestamp enviada = r.getTimestamp(2);
        assertThat(enviada).as("message %d sent", r.getLong(1)).isNotNull();
        Timestamp antesEnviada = antes.correos().get(r.getLong(1));
        if (antes.correos().containsKey(r.getLong(1)) && antesEnviada != null) {
          assertThat(enviada).as("message %d, sent by the earlier release", r.getLong(1)).isEqualTo(antesEnviada);
        } else {
          enviadasAhora++;
        }
      }
      assertThat(entregados).as("messages delivered (distinct Message-ID)").hasSize(enviadasAhora);
    }
  }

  // --- Before and after ---------------------------------------------------------------------------

  /**
   * The cadence watch (new in this release): the start-up step starts it for every edition in
   * implementation, so its instances, tasks, timers and mail are checked on their own, not as kept.
   */
  static final String VIGILANCIA = "vigilancia-estandares";

  /** What the database holds that the upgrade must keep (the watch's work aside). */
  record Antes(
      Map<String, String> instancias,
      Map<String, String> tareas,
      Map<String, Timestamp> temporizadores,
      Map<Long, Timestamp> correos,
      Map<String, String> planes,
      Map<String, Integer> versionModelo,
      Map<String, byte[]> modelos,
      Map<String, Map<String, byte[]>> formularios) {

    static Antes leer(Connection c) throws SQLException {
      Map<String, String> instancias = mapa(c, """
          select e.ID_, d.KEY_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ where e.ID_ = e.PROC_INST_ID_
          and d.KEY_ <> 'vigilancia-estandares'""");
      Map<String, String> tareas = mapa(c, "select ID_, TASK_DEF_KEY_ || ' ' || coalesce(ASSIGNEE_, '-') from ACT_RU_TASK where PROC_DEF_ID_ not like '" + VIGILANCIA + ":%'");
      Map<String, Timestamp> temporizadores = new LinkedHashMap<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select ID_, DUEDATE_ from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_INSTANCE_ID_ is not null"
              + " and (PROCESS_DEF_KEY_ is null or PROCESS_DEF_KEY_ <> '" + VIGILANCIA + "')")) {
        while (r.next()) {
          temporizadores.put(r.getString(1), r.getTimestamp(2));
        }
      }
      Map<Long, Timestamp> correos = new LinkedHashMap<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, enviada from notificacion where tipo not in ('AVISO_ESTANDAR', 'ESCALAMIENTO_ESTANDAR')")) {
        while (r.next()) {
          correos.put(r.getLong(1), r.getTimestamp(2));
        }
      }
      Map<String, String> planes = new LinkedHashMap<>();
      // the plan of record is stored since V30: an earlier release published no PDF to keep
      boolean conPlanes;
      try (ResultSet t = c.getMetaData().getTables(null, null, "DOCUMENTO_PLAN", null);
          ResultSet postgres = c.getMetaData().getTables(null, null, "documento_plan", null)) {
        conPlanes = t.next() || postgres.next();
      }
      if (conPlanes) {
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("""
                select e.folio, d.contenido, d.sha256 from documento_plan d join plan_accion p on p.id = d.plan_accion_id
                join ejercicio e on e.id = p.ejercicio_id""")) {
          while (r.next()) {
            assertThat(sha256(r.getBytes(2))).as("stored SHA-256 of the plan of " + r.getString(1)).isEqualTo(r.getString(3));
            planes.put(r.getString(1), r.getString(3));
          }
        }
      }
      Map<String, Integer> versionModelo = new LinkedHashMap<>();
      Map<String, byte[]> modelos = new LinkedHashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("""
              select d.KEY_, d.VERSION_TAG_, b.BYTES_ from ACT_RE_PROCDEF d
              join ACT_GE_BYTEARRAY b on b.DEPLOYMENT_ID_ = d.DEPLOYMENT_ID_ and b.NAME_ = d.RESOURCE_NAME_
              where d.VERSION_ = (select max(o.VERSION_) from ACT_RE_PROCDEF o where o.KEY_ = d.KEY_)""")) {
        while (r.next()) {
          String etiqueta = r.getString(2);
          versionModelo.put(r.getString(1), etiqueta == null ? 0 : Integer.parseInt(etiqueta));
          modelos.put(r.getString(1), r.getBytes(3));
        }
      }
      // the forms deployed beside each latest model (file name to bytes): bound to their model's deployment
      Map<String, Map<String, byte[]>> formularios = new LinkedHashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("""
              select d.KEY_, b.NAME_, b.BYTES_ from ACT_RE_PROCDEF d
              join ACT_GE_BYTEARRAY b on b.DEPLOYMENT_ID_ = d.DEPLOYMENT_ID_ and b.NAME_ like '%.form'
              where d.VERSION_ = (select max(o.VERSION_) from ACT_RE_PROCDEF o where o.KEY_ = d.KEY_)""")) {
        while (r.next()) {
          String nombre = r.getString(2);
          formularios.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(nombre.substring(nombre.lastIndexOf('/') + 1), r.getBytes(3));
        }
      }
      return new Antes(instancias, tareas, temporizadores, correos, planes, versionModelo, modelos, formularios);
    }

    Despues despues() {
      return new Despues(instancias, tareas, temporizadores, correos);
    }

    private static Map<String, String> mapa(Connection c, String sql) throws SQLException {
      Map<String, String> mapa = new LinkedHashMap<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          mapa.put(r.getString(1), r.getString(2));
        }
      }
      return mapa;
    }
  }

  /** The same, read after the start. */
  record Despues(
      Map<String, String> instancias, Map<String, String> tareas, Map<String, Timestamp> temporizadores, Map<Long, Timestamp> correos) {}

  /** The fixture's database, ready: JDBC URL and user for the checks, URL for the application. */
  record Base(String url, String usuario, String urlAplicacion, String ubicacionPropia) {}

  /** The H2 file, unzipped into target/. */
  private static Base h2(String fixture) throws IOException {
    Path carpeta = Path.of("target/actualizacion/prueba-" + fixture).toAbsolutePath();
    FileSystemUtils.deleteRecursively(carpeta);
    Files.createDirectories(carpeta);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(FIXTURES.resolve(fixture).resolve(ARCHIVO)));
        OutputStream out = Files.newOutputStream(carpeta.resolve("gobierno-abierto.mv.db"))) {
      in.transferTo(out);
    }
    String url = "jdbc:h2:file:" + carpeta.resolve("gobierno-abierto");
    return new Base(url, "sa", url + ";WRITE_DELAY=0;${gobierno-abierto.h2-ajustes}", "classpath:db/h2");
  }

  /** A new embedded PostgreSQL with the fixture's dump loaded through JDBC. */
  private Base postgres(String fixture) throws IOException, SQLException {
    pg = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(FIXTURES.resolve(fixture).resolve(ARCHIVO_POSTGRES)));
        Connection c = pg.getPostgresDatabase().getConnection()) {
      ScriptUtils.executeSqlScript(c, new EncodedResource(new InputStreamResource(in), java.nio.charset.StandardCharsets.UTF_8));
    }
    String url = pg.getJdbcUrl("postgres", "postgres");
    return new Base(url, "postgres", url, "classpath:db/postgresql");
  }

  /** Flyway validates the earlier release's history against today's scripts: none was edited. */
  private static void esquemaValido(Base base) {
    ValidateResult validacion =
        Flyway.configure()
            .dataSource(base.url(), base.usuario(), "")
            .locations("classpath:db/migration", base.ubicacionPropia())
            .ignoreMigrationPatterns("*:pending")
            .load()
            .validateWithResult();
    assertThat(validacion.validationSuccessful)
        .as("Flyway's validation of the earlier release's schema: %s", validacion.getAllErrorMessages())
        .isTrue();
  }

  /**
   * The processes whose model in processes/ (or a form it references in forms/) differs from the one the earlier release deployed while
   * keeping its camunda:versionTag: their instances could not move (PlanesMigracion), so the test
   * names them here, before anything runs.
   */
  private static List<String> modelosCambiadosSinVersion(Antes antes) throws IOException {
    List<String> cambiados = new ArrayList<>();
    try (Stream<Path> modelos = Files.list(RAIZ.resolve("processes"))) {
      for (Path modelo : modelos.filter(m -> m.toString().endsWith(".bpmn")).sorted().toList()) {
        byte[] actual = Files.readAllBytes(modelo);
        Matcher m = VERSION_TAG.matcher(new String(actual, java.nio.charset.StandardCharsets.UTF_8));
        if (!m.find()) {
          cambiados.add(modelo.getFileName() + " has no camunda:versionTag");
          continue;
        }
        String clave = m.group(1);
        int version = Integer.parseInt(m.group(2));
        Integer anterior = antes.versionModelo().get(clave);
        if (anterior != null && anterior == version && !java.util.Arrays.equals(actual, antes.modelos().get(clave))) {
          cambiados.add(clave + ": changed, still version " + version + " (raise camunda:versionTag and add its MigracionProceso)");
        } else if (anterior != null && anterior == version) {
          // a form is bound to its model's deployment: waiting tasks show a changed form only once their instance moves
          Map<String, byte[]> desplegados = antes.formularios().getOrDefault(clave, Map.of());
          Matcher ref = FORM_REF.matcher(new String(actual, java.nio.charset.StandardCharsets.UTF_8));
          while (ref.find()) {
            String archivo = ref.group(1) + ".form";
            byte[] anteriorFormulario = desplegados.get(archivo);
            if (anteriorFormulario != null && !java.util.Arrays.equals(Files.readAllBytes(RAIZ.resolve("forms").resolve(archivo)), anteriorFormulario)) {
              cambiados.add(clave + ": its form " + archivo + " changed, model still version " + version
                  + " (raise the model's camunda:versionTag and add its MigracionProceso)");
            }
          }
        }
      }
    }
    return cambiados;
  }

  static String sha256(byte[] datos) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
