package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task worked twice through the REST API Tasklist uses (two tabs of one person, two people of one
 * group): the second attempt gets a Spanish message that says why, and changes nothing.
 */
class TareaTrabajadaDosVecesTest extends PruebaServidor {

  private static final String CLAVE = "clave-de-prueba-7f2";

  @Autowired EjercicioService ejercicios;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Escenarios escenarios;
  @Autowired Auditoria auditoria;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  private Ejercicio ejercicio;
  private String tarea;

  @BeforeEach
  void dosPersonasDeComisionYUnaTareaDeSuGrupo() {
    for (String id : new String[] {"comision-ana", "comision-beto"}) {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User u = identityService.newUser(id);
        u.setPassword(CLAVE);
        identityService.saveUser(u);
        identityService.createMembership(id, Grupos.COMISION);
      }
    }
    ejercicio = ejercicios.iniciar(escenarios.nuevoAnio(), "comision");
    tarea = taskService.createTaskQuery().processInstanceBusinessKey(ejercicio.getFolio()).singleResult().getId();
  }

  @Test
  void aFormSubmittedTwiceGets409WithTheSpanishMessageAndChangesNothing() throws Exception {
    assertThat(post("/engine-rest/task/" + tarea + "/claim", "{\"userId\": \"comision-ana\"}", "comision-ana").statusCode())
        .isEqualTo(204);
    assertThat(post("/engine-rest/task/" + tarea + "/submit-form", "{\"variables\": {}}", "comision-ana").statusCode())
        .isEqualTo(204);

    // the second tab submits the same form again
    HttpResponse<String> otraPestana =
        post("/engine-rest/task/" + tarea + "/submit-form", "{\"variables\": {}}", "comision-ana");

    assertThat(otraPestana.statusCode()).isEqualTo(409);
    assertThat(otraPestana.body())
        .isEqualTo(
            "{\"type\":\"TareaConcluida\",\"message\":\"Esta tarea ya fue completada por comision-ana (quizá usted"
                + " mismo en otra pestaña, o otra persona de su grupo). Este envío no cambió nada: actualice la lista"
                + " de tareas.\",\"code\":0}");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ejercicio.getFolio()).list())
        .singleElement()
        .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo(EjercicioBpmn.TASK_APROBAR_CONVOCATORIA));
    assertThat(auditoria.historial(ejercicio.getFolio()).stream().map(RegistroDecision::getDecision))
        .containsExactly("INICIADO", "ENVIADA_AL_PLENO");
  }

  @Test
  void aTaskCompletedByOnePersonAnswersTheOtherOnesCompleteWith409() throws Exception {
    post("/engine-rest/task/" + tarea + "/claim", "{\"userId\": \"comision-ana\"}", "comision-ana");
    post("/engine-rest/task/" + tarea + "/complete", "{\"variables\": {}}", "comision-ana");

    HttpResponse<String> otra = post("/engine-rest/task/" + tarea + "/complete", "{\"variables\": {}}", "comision-beto");

    assertThat(otra.statusCode()).isEqualTo(409);
    assertThat(otra.body()).contains("\"type\":\"TareaConcluida\"", "ya fue completada por comision-ana");
    assertThat(auditoria.historial(ejercicio.getFolio()).stream().map(RegistroDecision::getDecision))
        .containsExactly("INICIADO", "ENVIADA_AL_PLENO");
  }

  @Test
  void aTaskClaimedByOnePersonAnswersTheOtherOnesClaimWith409AndStaysWithTheFirst() throws Exception {
    post("/engine-rest/task/" + tarea + "/claim", "{\"userId\": \"comision-ana\"}", "comision-ana");

    HttpResponse<String> otra =
        post("/engine-rest/task/" + tarea + "/claim", "{\"userId\": \"comision-beto\"}", "comision-beto");

    assertThat(otra.statusCode()).isEqualTo(409);
    assertThat(otra.body())
        .contains("\"type\":\"TareaConcluida\"", "La tarea ya la tomó comision-ana, de su mismo grupo");
    assertThat(taskService.createTaskQuery().taskId(tarea).singleResult().getAssignee()).isEqualTo("comision-ana");
  }

  @Test
  void aTaskThatNeverExistedKeepsTheEnginesAnswer() throws Exception {
    HttpResponse<String> respuesta =
        post("/engine-rest/task/no-existe/submit-form", "{\"variables\": {}}", "comision-ana");

    assertThat(respuesta.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(respuesta.body()).doesNotContain("TareaConcluida");
  }

  private HttpResponse<String> post(String ruta, String cuerpo, String usuario) throws IOException, InterruptedException {
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(url(ruta)))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + CLAVE).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo))
            .build();
    return http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
