package mx.infoqro.gobiernoabierto.operacion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;

/**
 * What people do over HTTP, for the tests and benchmarks that drive a separately started
 * application: staff open next year's registration through the REST API as {@code comision} and
 * {@code pleno} would from Tasklist (demo users), and visitors register at {@code /registro} (GET
 * the form for its CSRF token and session, POST it). Each visitor comes from its own address
 * ({@code X-Forwarded-For}, honoured from a local proxy), as people do.
 */
public final class ClientePortal {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern EJE = Pattern.compile("name=\"ejes\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESION = Pattern.compile("^(SESSION|JSESSIONID|XSRF-TOKEN)=([^;]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http;

  public ClientePortal(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  // --- Staff, through the REST API -----------------------------------------------------------------

  /**
   * Opens next year's registration (demo profile): {@code comision} prepares the call with the
   * registration open from today, {@code pleno} approves it, and the job executor publishes it.
   * Waits until {@code /registro} shows the form and returns the keys of its axes.
   */
  public List<String> abrirRegistroSiguiente(Duration limite) throws IOException, InterruptedException {
    LocalDate hoy = LocalDate.now(ZoneId.of("America/Mexico_City"));
    String folio = "EGA-" + (hoy.getYear() + 1);
    String tarea = tarea(folio, EjercicioBpmn.TASK_PREPARAR_CONVOCATORIA, "comision");
    Map<String, Object> fechas = new LinkedHashMap<>();
    fechas.put("fechaAperturaRegistro", hoy);
    fechas.put("fechaCierreRegistro", hoy.plusDays(30));
    fechas.put("fechaInicioCocreacion", hoy.plusDays(45));
    fechas.put("fechaFinCocreacion", hoy.plusDays(75));
    fechas.put("fechaLimiteAprobacion", hoy.plusDays(90));
    fechas.put("fechaInicioPlan", hoy.plusDays(100));
    fechas.put("fechaFinPlan", hoy.plusDays(465));
    completar(tarea, "comision", fechas);
    tarea = tarea(folio, EjercicioBpmn.TASK_APROBAR_CONVOCATORIA, "pleno");
    completar(tarea, "pleno", Map.of(EjercicioBpmn.VAR_DECISION_CONVOCATORIA, EjercicioBpmn.APROBAR));
    long fin = System.nanoTime() + limite.toNanos();
    while (System.nanoTime() < fin) {
      List<String> ejes = ejesAbiertos();
      if (!ejes.isEmpty()) {
        return ejes;
      }
      AplicacionExterna.dormir(200);
    }
    throw new IllegalStateException("The registration of " + folio + " did not open within " + limite);
  }

  /** The axes the registration form offers now; empty while no registration is open. */
  public List<String> ejesAbiertos() throws IOException, InterruptedException {
    HttpResponse<String> r = get("/registro", null, null);
    return r.statusCode() == 200 ? buscarTodos(EJE, r.body()) : List.of();
  }

  private String tarea(String folio, String definicion, String usuario) throws IOException, InterruptedException {
    long fin = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < fin) {
      JsonNode tareas =
          JSON.readTree(
              rest(
                  "GET",
                  "/engine-rest/task?processInstanceBusinessKey=" + folio + "&taskDefinitionKey=" + definicion,
                  usuario,
                  null));
      if (tareas.size() == 1) {
        return tareas.get(0).get("id").asText();
      }
      AplicacionExterna.dormir(200);
    }
    throw new IllegalStateException("No task " + definicion + " of " + folio);
  }

  private void completar(String tarea, String usuario, Map<String, Object> valores) throws IOException, InterruptedException {
    rest("POST", "/engine-rest/task/" + tarea + "/claim", usuario, Map.of("userId", usuario));
    Map<String, Object> variables = new LinkedHashMap<>();
    valores.forEach((k, v) -> variables.put(k, Map.of("value", v.toString())));
    rest("POST", "/engine-rest/task/" + tarea + "/submit-form", usuario, Map.of("variables", variables));
  }

  private String rest(String metodo, String ruta, String usuario, Object cuerpo) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + ruta))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((usuario + ":demo").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json");
    b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(cuerpo)));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(metodo + " " + ruta + " as " + usuario + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  // --- Visitors --------------------------------------------------------------------------------------

  /** The outcome of one registration: the POST's status and how long the GET and the POST took. */
  public record Resultado(int estado, String ubicacion, long nanosFormulario, long nanosEnvio) {
    /** The portal acknowledged it: the "check your e-mail" page. */
    public boolean aceptado() {
      return estado == 302 && ubicacion != null && ubicacion.endsWith("/registro/revise-su-correo");
    }
  }

  /** A person registers from {@code direccion} with {@code correo} on the first axis offered. */
  public Resultado registrar(String correo, String eje, String direccion) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> formulario = get("/registro", null, direccion);
    long t1 = System.nanoTime();
    if (formulario.statusCode() != 200) {
      return new Resultado(formulario.statusCode(), null, t1 - t0, 0);
    }
    String csrf = csrf(formulario.body());
    String sesion =
        formulario.headers().allValues("Set-Cookie").stream()
            .map(SESION::matcher)
            .filter(Matcher::find)
            .map(m -> m.group(1) + "=" + m.group(2))
            .collect(Collectors.joining("; "));
    Map<String, String> campos = new LinkedHashMap<>();
    campos.put("_csrf", csrf);
    campos.put("nombre", "Persona de prueba " + correo.substring(0, correo.indexOf('@')));
    campos.put("correo", correo);
    campos.put("telefono", "4420000000");
    campos.put("sector", "CIUDADANIA");
    campos.put("municipio", "Querétaro");
    campos.put("ejes", eje);
    campos.put("genero", "PREFIERO_NO_DECIR");
    campos.put("consentimiento", "true");
    campos.put("sitioWeb", "");
    String cuerpo =
        campos.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(base + "/registro"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", direccion)
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo));
    if (!sesion.isEmpty()) {
      post.header("Cookie", sesion);
    }
    HttpResponse<String> r = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    long t2 = System.nanoTime();
    return new Resultado(r.statusCode(), r.headers().firstValue("Location").orElse(null), t1 - t0, t2 - t1);
  }

  /** A GET with an optional cookie and client address. */
  public HttpResponse<String> get(String ruta, String cookie, String direccion) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + ruta)).timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (direccion != null) {
      b.header("X-Forwarded-For", direccion);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The CSRF token of the form in a page. */
  public static String csrf(String pagina) {
    return buscar(CSRF, pagina);
  }

  private static String buscar(Pattern patron, String texto) {
    Matcher m = patron.matcher(texto);
    if (!m.find()) {
      throw new IllegalStateException("Not found in the page: " + patron);
    }
    return m.group(1);
  }

  private static List<String> buscarTodos(Pattern patron, String texto) {
    List<String> todos = new ArrayList<>();
    Matcher m = patron.matcher(texto);
    while (m.find()) {
      todos.add(m.group(1));
    }
    return todos;
  }
}
