package mx.infoqro.gobiernoabierto.operacion;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A running node's engine through its REST API (HTTP Basic), for the tests and benchmarks that run
 * the application as a separate process: calls, and a backlog of jobs of the test process {@code
 * operacion/trabajos-prueba.bpmn} (two async steps and a one-second timer per instance), deployed
 * and built suspended, then activated at once so that every node's job executor competes for it.
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
