package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Camunda webapps answer, the REST API lets in only Camunda users with their password, and a
 * form refused by validation answers with its Spanish message.
 */
class WebappsSmokeTest extends PruebaServidor {

  @Autowired EjercicioService ejercicios;
  @Autowired TaskService taskService;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void tasklistAnswersWithItsPage() throws Exception {
    HttpResponse<String> respuesta = get("/camunda/app/tasklist/default/", null);

    assertThat(respuesta.statusCode()).isEqualTo(200);
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(respuesta.body()).containsIgnoringCase("<html").contains("Tasklist");
  }

  @Test
  void cockpitAnswersWithItsPage() throws Exception {
    HttpResponse<String> respuesta = get("/camunda/app/cockpit/default/", null);

    assertThat(respuesta.statusCode()).isEqualTo(200);
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(respuesta.body()).containsIgnoringCase("<html").contains("Cockpit");
  }

  // Camunda's authentication filter leaves GET /engine-rest/engine (the list of engine names) open
  // by design; every engine resource, with or without /engine/{name}, needs credentials.
  @Test
  void restApiRefusesRequestsWithoutCredentials() throws Exception {
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/engine/default/process-definition", null).statusCode()).isEqualTo(401);
  }

  @Test
  void restApiRefusesAWrongPassword() throws Exception {
    String credenciales = basic(usuarioAdmin, contrasenaAdmin + "-incorrecta");

    assertThat(get("/engine-rest/process-definition", credenciales).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/engine/default/process-definition", credenciales).statusCode()).isEqualTo(401);
  }

  @Test
  void restApiAcceptsTheAdminWithItsPassword() throws Exception {
    String credenciales = basic(usuarioAdmin, contrasenaAdmin);

    HttpResponse<String> definiciones = get("/engine-rest/process-definition", credenciales);
    assertThat(definiciones.statusCode()).isEqualTo(200);
    assertThat(definiciones.body()).startsWith("[");

    HttpResponse<String> motores = get("/engine-rest/engine", credenciales);
    assertThat(motores.statusCode()).isEqualTo(200);
    assertThat(motores.body()).contains("\"name\":\"default\"");
  }

  @Test
  void aFormRefusedByValidationAnswers400WithTheSpanishMessageAloneAndTheTaskStaysOpen() throws Exception {
    Ejercicio ejercicio = ejercicios.iniciar(2400, "comision");
    String tarea =
        taskService.createTaskQuery().processInstanceBusinessKey(ejercicio.getFolio()).singleResult().getId();
    String credenciales = basic(usuarioAdmin, contrasenaAdmin);

    HttpResponse<String> respuesta =
        post(
            "/engine-rest/task/" + tarea + "/submit-form",
            "{\"variables\": {\"ejes\": {\"value\": \"[]\", \"type\": \"Json\"}}}",
            credenciales);

    assertThat(respuesta.statusCode()).isEqualTo(400);
    assertThat(respuesta.body())
        .isEqualTo(
            "{\"type\":\"ValidacionException\",\"message\":\"El campo «Ejes temáticos que se ofrecen» es obligatorio.\",\"code\":0}");
    assertThat(taskService.createTaskQuery().taskId(tarea).count()).isEqualTo(1);
  }

  @Test
  void otherFailuresKeepTheEnginesAnswer() throws Exception {
    HttpResponse<String> respuesta =
        post("/engine-rest/task/no-existe/submit-form", "{\"variables\": {}}", basic(usuarioAdmin, contrasenaAdmin));

    assertThat(respuesta.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(respuesta.body()).doesNotContain("ValidacionException");
  }

  private HttpResponse<String> post(String ruta, String cuerpo, String autorizacion)
      throws IOException, InterruptedException {
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(url(ruta)))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", autorizacion)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
            .build();
    return http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String ruta, String autorizacion) throws IOException, InterruptedException {
    HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(url(ruta))).timeout(Duration.ofSeconds(30)).GET();
    if (autorizacion != null) {
      peticion.header("Authorization", autorizacion);
    }
    return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String usuario, String contrasena) {
    return "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + contrasena).getBytes(StandardCharsets.UTF_8));
  }
}
