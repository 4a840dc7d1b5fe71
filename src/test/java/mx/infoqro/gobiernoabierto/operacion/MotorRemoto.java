package mx.infoqro.gobiernoabierto.operacion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A running node's engine through its REST API (HTTP Basic), for the tests and benchmarks that run
 * the application as a separate process: calls, and a backlog of jobs of the test process {@code
 * operacion/trabajos-prueba.bpmn} (two async steps and a one-second timer per instance), deployed
 * and built suspended, then activated at once so that every node's job executor competes for it;
 * and, for the migration tests and benchmark, waiting instances of {@code seguimiento-compromiso}
 * and a new definition of a process to migrate them to.
 */
public final class MotorRemoto {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final AplicacionExterna nodo;
  private final String autorizacion;

  public MotorRemoto(AplicacionExterna nodo, String usuario, String contrasena) {
    this.nodo = nodo;
    this.autorizacion =
        "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + contrasena).getBytes(StandardCharsets.UTF_8));
  }

  /** A new deployment of the test process; returns the id of its definition. */
  public String desplegarTrabajos() throws Exception {
    byte[] bpmn;
    try (InputStream in = MotorRemoto.class.getResourceAsStream("/operacion/trabajos-prueba.bpmn")) {
      bpmn = in.readAllBytes();
    }
    String limite = "----prueba" + UUID.randomUUID();
    String cuerpo =
        "--" + limite + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ntrabajos-" + UUID.randomUUID() + "\r\n"
            + "--" + limite + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"trabajos-prueba.bpmn\"\r\nContent-Type: application/xml\r\n\r\n"
            + new String(bpmn, StandardCharsets.UTF_8) + "\r\n--" + limite + "--\r\n";
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(nodo.url("/engine-rest/deployment/create")))
            .header("Authorization", autorizacion)
            .header("Content-Type", "multipart/form-data; boundary=" + limite)
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
            .build();
    HttpResponse<String> r = http.send(peticion, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("deployment: " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body()).get("deployedProcessDefinitions").fields().next().getValue().get("id").asText();
  }

  /** Suspends (or activates) the definition's jobs, the ones to come included. */
  public void suspenderTrabajos(String definicion, boolean suspendidos) throws Exception {
    rest(
        "PUT",
        "/engine-rest/job-definition/suspended",
        "{\"processDefinitionId\":\"" + definicion + "\",\"suspended\":" + suspendidos + ",\"includeJobs\":true}");
  }

  /** Starts one instance of the definition. */
  public void iniciar(String definicion) throws Exception {
    rest("POST", "/engine-rest/process-definition/" + definicion + "/start", "{}");
  }

  /** The process followed by {@link #sembrarSeguimiento}. */
  public static final String SEGUIMIENTO = "seguimiento-compromiso";

  private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter FECHA_REST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** The id of the latest definition of {@code proceso}. */
  public String ultimaDefinicion(String proceso) throws Exception {
    return JSON.readTree(rest("GET", "/engine-rest/process-definition/key/" + proceso, "")).get("id").asText();
  }

  /**
   * Instance {@code n} of {@link #SEGUIMIENTO} on {@code definicion}, started with instructions
   * (listeners and input/output mappings skipped): the plan period running (its end timer and the
   * report cycle's timer) and, by {@code n % 6}: nothing more; a report to file (the task and its
   * reminder and escalation timers); a report to verify; a verified report waiting for its async
   * publication; a report to file and, in a second report path, the reminder's async step; or the
   * plan period over and the evaluation waiting (a task only). Every instance has due dates of its
   * own, so that a changed one shows.
   */
  public void sembrarSeguimiento(String definicion, int n) throws Exception {
    ZonedDateTime manana = LocalDate.now(ZONA).plusDays(1).atTime(9, 0).atZone(ZONA);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("ejercicioId", variable(900_000L + n % 7, "Long"));
    variables.put("compromisoId", variable(1_000_000L + n, "Long"));
    variables.put("grupoResponsable", variable("so-salud", "String"));
    variables.put("cicloReporte", variable("R4/" + manana.plusMinutes(n).toOffsetDateTime() + "/P3M", "String"));
    variables.put("fechaFinPlan", variable(FECHA_REST.format(manana.plusYears(1).plusMinutes(n)), "Date"));
    List<Map<String, Object>> instrucciones = new ArrayList<>();
    int tipo = n % 6;
    if (tipo != 5) {
      instrucciones.add(antesDe("Timer_FinPlan", null));
    }
    Map<String, Object> reporte = Map.of("reporteId", variable((long) n, "Long"));
    switch (tipo) {
      case 1 -> instrucciones.add(antesDe("Task_ReportarAvance", reporte));
      case 2 -> instrucciones.add(antesDe("Task_VerificarReporte", reporte));
      case 3 -> instrucciones.add(antesDe("Task_PublicarReporte", reporte));
      case 4 -> {
        instrucciones.add(antesDe("Task_ReportarAvance", reporte));
        instrucciones.add(antesDe("Task_RecordarReporte", Map.of("reporteId", variable(-(long) n, "Long"))));
      }
      case 5 -> instrucciones.add(antesDe("Task_EvaluarCompromiso", null));
      default -> {}
    }
    Map<String, Object> cuerpo = new LinkedHashMap<>();
    cuerpo.put("businessKey", "SEMBRADA-" + n);
    cuerpo.put("variables", variables);
    cuerpo.put("startInstructions", instrucciones);
    cuerpo.put("skipCustomListeners", true);
    cuerpo.put("skipIoMappings", true);
    rest("POST", "/engine-rest/process-definition/" + definicion + "/start", JSON.writeValueAsString(cuerpo));
  }

  private static Map<String, Object> variable(Object valor, String tipo) {
    return Map.of("value", valor, "type", tipo);
  }

  private static Map<String, Object> antesDe(String actividad, Map<String, Object> variables) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("type", "startBeforeActivity");
    i.put("activityId", actividad);
    if (variables != null) {
      i.put("variables", variables);
    }
    return i;
  }

  /**
   * {@code processes/<proceso>.bpmn} and every form of {@code forms/} (the repository's, which the
   * application runs) deployed again under another name with duplicate filtering off: a new latest
   * definition with the same version tag and the same XML, so the migration maps every activity to
   * itself. Returns its id.
   */
  public String redesplegar(String proceso) throws Exception {
    String anterior = ultimaDefinicion(proceso);
    Map<String, byte[]> recursos = new TreeMap<>();
    recursos.put("processes/" + proceso + ".bpmn", Files.readAllBytes(Path.of("processes", proceso + ".bpmn")));
    try (Stream<Path> formularios = Files.list(Path.of("forms"))) {
      for (Path f : formularios.filter(f -> f.toString().endsWith(".form")).toList()) {
        recursos.put("forms/" + f.getFileName(), Files.readAllBytes(f));
      }
    }
    String limite = "----redespliegue" + UUID.randomUUID();
    ByteArrayOutputStream cuerpo = new ByteArrayOutputStream();
    Map<String, String> campos =
        Map.of("deployment-name", "redespliegue-" + UUID.randomUUID(), "enable-duplicate-filtering", "false");
    for (var c : campos.entrySet()) {
      cuerpo.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"" + c.getKey() + "\"\r\n\r\n" + c.getValue() + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    for (var r : recursos.entrySet()) {
      cuerpo.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"" + r.getKey() + "\"; filename=\"" + r.getKey()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      cuerpo.writeBytes(r.getValue());
      cuerpo.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    cuerpo.writeBytes(("--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(nodo.url("/engine-rest/deployment/create")))
                .header("Authorization", autorizacion)
                .header("Content-Type", "multipart/form-data; boundary=" + limite)
                .POST(HttpRequest.BodyPublishers.ofByteArray(cuerpo.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("deployment: " + r.statusCode() + " " + r.body());
    }
    JsonNode definiciones = JSON.readTree(r.body()).get("deployedProcessDefinitions");
    if (definiciones == null || definiciones.size() != 1) {
      throw new IllegalStateException("deployment without exactly one new definition: " + r.body());
    }
    String nueva = definiciones.fields().next().getValue().get("id").asText();
    if (nueva.equals(anterior) || !nueva.equals(ultimaDefinicion(proceso))) {
      throw new IllegalStateException("the deployment did not create the latest definition: " + r.body());
    }
    return nueva;
  }

  /** A call to the REST API; the body of its answer (an error status throws). */
  public String rest(String metodo, String ruta, String cuerpo) throws Exception {
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(nodo.url(ruta)))
            .header("Authorization", autorizacion)
            .header("Content-Type", "application/json")
            .method(metodo, HttpRequest.BodyPublishers.ofString(cuerpo))
            .build();
    HttpResponse<String> r = http.send(peticion, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(metodo + " " + ruta + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }
}
