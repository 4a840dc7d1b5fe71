package mx.infoqro.gobiernoabierto.actualizacion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import mx.infoqro.gobiernoabierto.operacion.ClientePortal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Makes the fixture of the upgrade test ({@link ActualizacionTest}) from a release: its packaged jar
 * ({@code -Dfixture.jar}) started with the demo on an empty H2 directory, as an operator would, and
 * then the few waits the demo does not leave: a progress report returned by comision, an ARCO
 * request waiting for its identity and one waiting for the data-protection staff, a liaison's
 * registration waiting for comision's validation and a citizen's waiting for its e-mail (next
 * year's call is prepared, approved and published for them). Every step goes through the release's
 * public surfaces only (the REST API as the demo users, the portal's forms, the demo's IMAP
 * server), so the same maker works on the next releases. The release is stopped gently, its
 * database compacted and written gzipped to {@code -Dfixture.destino} with a summary of what waits
 * in it. Run by {@code src/test/upgrade/hacer-fixture}, never by {@code ./mvnw verify}.
 */
@Tag("fixture")
class HacerFixture {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENLACE_CONFIRMACION = Pattern.compile("/(?:registro/confirmar|derechos-arco/confirmar)/[A-Za-z0-9_-]+");
  private static final Pattern OPCION_SUJETO = Pattern.compile("<option value=\"(\\d+)\"");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String base;

  @Test
  void theReleaseLeavesItsWorkWaitingAtEveryStepAndItsDatabaseIsStored() throws Exception {
    String jar = Path.of(System.getProperty("fixture.jar")).toAbsolutePath().toString();
    Path destino = Path.of(System.getProperty("fixture.destino"));
    Path trabajo = Path.of(System.getProperty("fixture.trabajo", "target/actualizacion/fixture"));
    assertThat(Path.of(jar)).exists();
    assertThat(trabajo.resolve("h2/data")).as("a fixture starts from an empty database").doesNotExist();
    Files.createDirectories(destino);

    // On H2, the embedded default: the database file, compacted
    ejecutar(release(jar, trabajo.resolve("h2")));
    Path h2 = trabajo.resolve("h2/data/gobierno-abierto.mv.db");
    compactar(h2);
    try (InputStream in = Files.newInputStream(h2);
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(destino.resolve(ActualizacionTest.ARCHIVO)))) {
      in.transferTo(out);
    }
    try (Connection c = DriverManager.getConnection(url(h2), "sa", "")) {
      Files.writeString(destino.resolve("estado.txt"), estado(c), StandardCharsets.UTF_8);
    }

    // On PostgreSQL, the production database: a plain SQL dump (pg_dump, INSERT statements) that
    // the upgrade test loads through JDBC into a new embedded PostgreSQL
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
      ejecutar(release(jar, trabajo.resolve("postgres"))
          .con("SPRING_PROFILES_ACTIVE", "demo,postgres")
          .con("DB_URL", pg.getJdbcUrl("postgres", "postgres"))
          .con("DB_USER", "postgres")
          .con("DB_PASSWORD", ""));
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        Files.writeString(destino.resolve("estado-postgres.txt"), estado(c), StandardCharsets.UTF_8);
      }
      Process volcado =
          new ProcessBuilder(
                  "pg_dump", "--inserts", "--no-owner", "--no-privileges", "--no-comments",
                  "-h", "localhost", "-p", String.valueOf(pg.getPort()), "-U", "postgres", "postgres")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(volcado.getInputStream(), StandardCharsets.UTF_8));
          var out = new java.io.OutputStreamWriter(
              new GZIPOutputStream(Files.newOutputStream(destino.resolve(ActualizacionTest.ARCHIVO_POSTGRES))), StandardCharsets.UTF_8)) {
        // psql's meta-commands (\restrict since pg_dump 15.14) are not SQL: JDBC could not run them
        for (String linea = in.readLine(); linea != null; linea = in.readLine()) {
          if (!linea.startsWith("\\")) {
            out.write(linea);
            out.write('\n');
          }
        }
      }
      assertThat(volcado.waitFor()).as("pg_dump's exit code").isZero();
    }
  }

  /** The release with the demo profile in {@code carpeta} (its H2 under {@code data/}). */
  private static AplicacionExterna release(String jar, Path carpeta) throws IOException {
    return new AplicacionExterna("version-anterior", libre(), carpeta)
        .jar(jar)
        .opcionesJvm("-Xmx600m")
        .con("SPRING_PROFILES_ACTIVE", "demo")
        .con("DEMO_SMTP_PORT", String.valueOf(libre()))
        .con("DEMO_IMAP_PORT", String.valueOf(libre()));
  }

  /** Starts the release, leaves its work waiting, stops it gently. */
  private void ejecutar(AplicacionExterna app) throws Exception {
    base = app.url("");
    int imap = Integer.parseInt(app.entorno("DEMO_IMAP_PORT"));
    app.iniciar();
    try {
      app.esperarLista(Duration.ofMinutes(5));
      devolverUnReporte();
      solicitudesArco(imap);
      registrosPorValidar(new ClientePortal(base), imap);
      esperarSinTrabajos();
    } finally {
      app.detener();
    }
  }

  // --- What the demo does not leave waiting -----------------------------------------------------

  /** comision returns the report waiting for its verification: the agency must correct it. */
  private void devolverUnReporte() throws Exception {
    JsonNode tareas = rest("GET", "/engine-rest/task?taskDefinitionKey=Task_VerificarReporte", "comision", null);
    assertThat(tareas.size()).as("reports waiting for comision's verification").isPositive();
    String tarea = tareas.get(0).get("id").asText();
    completar(tarea, "comision", Map.of(
        "decisionVerificacion", "DEVOLVER",
        "observaciones", "La evidencia no corresponde al periodo: adjunte la del trimestre reportado."));
    esperar("the returned report back with its agency", () -> rest("GET",
        "/engine-rest/task?taskDefinitionKey=Task_ReportarAvance&processInstanceId=" + tareas.get(0).get("processInstanceId").asText(),
        "comision", null).size() == 1);
  }

  /** One request waits for its requester's identity, another (identity confirmed) for the staff. */
  private void solicitudesArco(int imap) throws Exception {
    Map<String, String> campos = new LinkedHashMap<>();
    campos.put("nombre", "Rosa Solicitante Sin Confirmar");
    campos.put("correo", "rosa.arco@example.org");
    campos.put("derecho", "ACCESO");
    campos.put("descripcion", "Quiero saber qué datos míos tiene la Comisión.");
    campos.put("acepto", "true");
    enviar("/derechos-arco", campos, "/derechos-arco/recibida");
    campos.put("nombre", "Tomás Solicitante");
    campos.put("correo", "tomas.arco@example.org");
    campos.put("derecho", "OPOSICION");
    campos.put("tratamiento", "COMUNICACIONES");
    campos.put("descripcion", "No deseo recibir más correos de la Comisión.");
    enviar("/derechos-arco", campos, "/derechos-arco/recibida");
    confirmar(imap, "tomas.arco@example.org");
    esperar("the confirmed ARCO request with the staff", () -> rest("GET",
        "/engine-rest/task?taskDefinitionKey=Task_AtenderSolicitudArco", "datos-personales", null).size() == 1);
  }

  /**
   * Next year's registration opens; an agency's liaison registers and confirms (waits for comision's
   * validation), a citizen registers and does not confirm yet.
   */
  private void registrosPorValidar(ClientePortal portal, int imap) throws Exception {
    List<String> ejes = portal.abrirRegistroSiguiente(Duration.ofMinutes(2));
    String formulario = get("/registro");
    Matcher sujeto = OPCION_SUJETO.matcher(formulario.substring(formulario.indexOf("name=\"sujetoObligadoId\"")));
    assertThat(sujeto.find()).as("an agency offered by the registration form").isTrue();
    Map<String, String> campos = new LinkedHashMap<>();
    campos.put("nombre", "Ernesto Enlace Nuevo");
    campos.put("correo", "ernesto.enlace@example.mx");
    campos.put("telefono", "4421234567");
    campos.put("sector", "GOBIERNO");
    campos.put("sujetoObligadoId", sujeto.group(1));
    campos.put("municipio", "Querétaro");
    campos.put("ejes", ejes.get(0));
    campos.put("genero", "PREFIERO_NO_DECIR");
    campos.put("consentimiento", "true");
    enviar("/registro", campos, "/registro/revise-su-correo");
    confirmar(imap, "ernesto.enlace@example.mx");
    esperar("the liaison's registration waiting for validation", () -> rest("GET",
        "/engine-rest/task?taskDefinitionKey=Task_ValidarEnlace", "comision", null).size() == 1);
    campos.put("nombre", "Irene Ciudadana");
    campos.put("correo", "irene.ciudadana@example.org");
    campos.put("sector", "CIUDADANIA");
    campos.remove("sujetoObligadoId");
    enviar("/registro", campos, "/registro/revise-su-correo");
  }

  /** Follows the confirmation link of the last message to {@code correo}: its page, then its button. */
  private void confirmar(int imap, String correo) throws Exception {
    String ruta = null;
    long fin = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (ruta == null && System.nanoTime() < fin) {
      ruta = enlace(imap, correo);
      if (ruta == null) {
        AplicacionExterna.dormir(300);
      }
    }
    assertThat(ruta).as("the confirmation link mailed to " + correo).isNotNull();
    enviar(ruta, Map.of(), null);
  }

  private static String enlace(int imap, String correo) throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", imap, correo, "cualquiera");
    try {
      Folder entrada = store.getFolder("INBOX");
      entrada.open(Folder.READ_ONLY);
      try {
        Message[] mensajes = entrada.getMessages();
        for (int i = mensajes.length - 1; i >= 0; i--) {
          Matcher m = ENLACE_CONFIRMACION.matcher(String.valueOf(Correos.texto(mensajes[i])));
          if (m.find()) {
            return m.group();
          }
        }
        return null;
      } finally {
        entrada.close(false);
      }
    } finally {
      store.close();
    }
  }

  /** Waits until no async continuation is left for the job executor (timers may wait). */
  private void esperarSinTrabajos() throws Exception {
    esperar("the job executor idle", () -> rest("GET", "/engine-rest/job/count?executable=true&messages=true", "admin", null)
        .get("count").asInt() == 0);
  }

  // --- HTTP -----------------------------------------------------------------------------------

  private String get(String ruta) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + ruta)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET " + ruta).isEqualTo(200);
    return r.body();
  }

  private void enviar(String ruta, Map<String, String> campos, String esperada) throws Exception {
    HttpResponse<String> formulario =
        http.send(HttpRequest.newBuilder(URI.create(base + ruta)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(formulario.statusCode()).as("GET " + ruta).isEqualTo(200);
    enviar(ruta, campos, esperada, formulario);
  }

  /** POSTs a portal form with the CSRF token and session of the page that shows it. */
  private void enviar(String ruta, Map<String, String> campos, String esperada, HttpResponse<String> formulario) throws Exception {
    String cookies =
        formulario.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));
    Map<String, String> todos = new LinkedHashMap<>(campos);
    todos.put("_csrf", ClientePortal.csrf(formulario.body()));
    String cuerpo =
        todos.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo));
    if (!cookies.isEmpty()) {
      post.header("Cookie", cookies);
    }
    HttpResponse<String> r = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("POST " + ruta + ": " + r.body()).isEqualTo(302);
    if (esperada != null) {
      assertThat(r.headers().firstValue("Location").orElse("")).as("POST " + ruta).endsWith(esperada);
    }
  }

  private void completar(String tarea, String usuario, Map<String, Object> valores) throws Exception {
    rest("POST", "/engine-rest/task/" + tarea + "/claim", usuario, Map.of("userId", usuario));
    Map<String, Object> variables = new LinkedHashMap<>();
    valores.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    rest("POST", "/engine-rest/task/" + tarea + "/submit-form", usuario, Map.of("variables", variables));
  }

  private JsonNode rest(String metodo, String ruta, String usuario, Object cuerpo) throws Exception {
    String clave = usuario.equals("admin") ? "admin" : "demo";
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + clave).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(cuerpo)));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(metodo + " " + ruta + " as " + usuario + ": " + r.body()).isLessThan(300);
    return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
  }

  private interface Condicion {
    boolean cumplida() throws Exception;
  }

  private static void esperar(String que, Condicion condicion) throws Exception {
    long fin = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!condicion.cumplida()) {
      if (System.nanoTime() > fin) {
        throw new AssertionError("Waited 2 minutes for " + que);
      }
      AplicacionExterna.dormir(250);
    }
  }

  private static int libre() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  // --- The stored database ----------------------------------------------------------------------

  private static String url(Path h2) {
    String archivo = h2.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
    return "jdbc:h2:file:" + archivo;
  }

  /** H2 writes the live pages only: the file shrinks to what the release left. */
  private static void compactar(Path h2) throws Exception {
    try (Connection c = DriverManager.getConnection(url(h2), "sa", ""); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    }
  }

  /** What waits in the database: the release's commit, each process's open tasks and jobs by activity. */
  private static String estado(Connection c) throws Exception {
    List<String> lineas = new ArrayList<>();
    lineas.add("# What the fixture holds, read from its database (HacerFixture)");
    lineas.add("commit " + System.getProperty("fixture.commit", "?"));
    try (Statement s = c.createStatement()) {
      consulta(s, lineas, "instances", """
          select d.KEY_, count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
          where e.ID_ = e.PROC_INST_ID_ group by d.KEY_ order by d.KEY_""");
      consulta(s, lineas, "tasks", """
          select k, count(*) from (select d.KEY_ || ' ' || t.TASK_DEF_KEY_ k
          from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_) x group by k order by k""");
      consulta(s, lineas, "jobs", """
          select k, count(*) from (select coalesce(j.PROCESS_DEF_KEY_, '-') || ' ' || j.TYPE_ || ' ' || coalesce(jd.ACT_ID_, '-') k
          from ACT_RU_JOB j left join ACT_RU_JOBDEF jd on jd.ID_ = j.JOB_DEF_ID_) x group by k order by k""");
      consulta(s, lineas, "incidents", "select k, count(*) from (select INCIDENT_TYPE_ || ' ' || coalesce(ACTIVITY_ID_, '-') k from ACT_RU_INCIDENT) x group by k");
      consulta(s, lineas, "mail", "select k, count(*) from (select case when enviada is null then 'pending' else 'sent' end k from notificacion) x group by k");
    }
    return String.join("\n", lineas) + "\n";
  }

  private static void consulta(Statement s, List<String> lineas, String titulo, String sql) throws Exception {
    lineas.add("");
    lineas.add("## " + titulo);
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        lineas.add(r.getString(1) + ": " + r.getLong(2));
      }
    }
  }
}
