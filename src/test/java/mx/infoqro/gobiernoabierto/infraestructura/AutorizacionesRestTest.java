package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Through {@code /engine-rest}, an agency's liaison sees only its own agency's tasks. */
class AutorizacionesRestTest extends PruebaServidor {

  private static final String CONTRASENA = "enlace-rest-7c1";

  @Autowired Escenarios escenarios;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void anAgencyLiaisonSeesOnlyItsOwnAgencysTasksThroughTheRestApi() throws Exception {
    Ejercicio ejercicio = escenarios.ejercicio();
    SujetoObligado a = escenarios.sujeto();
    SujetoObligado b = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "anticorrupcion", a);
    String tareaA = aceptacion(ejercicio, escenarios.compromiso(mesa, a), a);
    String tareaB = aceptacion(ejercicio, escenarios.compromiso(mesa, b), b);
    String enlaceA = "rest-" + a.getClave();
    usuario(enlaceA, a.grupo());

    HttpResponse<String> tareas = get("/engine-rest/task", enlaceA);
    assertThat(tareas.statusCode()).isEqualTo(200);
    assertThat(tareas.body()).contains(tareaA).doesNotContain(tareaB);

    HttpResponse<String> ajena = get("/engine-rest/task/" + tareaB, enlaceA);
    assertThat(ajena.statusCode()).isIn(403, 404);
    assertThat(ajena.body()).doesNotContain(b.getClave());
    assertThat(get("/engine-rest/task/" + tareaB + "/form-variables", enlaceA).statusCode()).isEqualTo(403);
    assertThat(get("/engine-rest/task/" + tareaA + "/form-variables", enlaceA).statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/task/" + tareaA + "/deployed-form", enlaceA).statusCode()).isEqualTo(200);

    HttpResponse<String> instancias = get("/engine-rest/process-instance", enlaceA);
    assertThat(instancias.statusCode()).isEqualTo(200);
    assertThat(instancias.body()).isEqualTo("[]");
  }

  private String aceptacion(Ejercicio ejercicio, Compromiso compromiso, SujetoObligado sujeto) {
    String pi =
        runtimeService
            .createProcessInstanceByKey(AprobacionCompromisoBpmn.KEY)
            .businessKey(compromiso.getFolio())
            .setVariables(
                Variables.createVariables()
                    .putValue(AprobacionCompromisoBpmn.VAR_EJERCICIO_ID, ejercicio.getId())
                    .putValue(AprobacionCompromisoBpmn.VAR_COMPROMISO_ID, compromiso.getId())
                    .putValue(AprobacionCompromisoBpmn.VAR_GRUPO_RESPONSABLE, sujeto.grupo()))
            .startBeforeActivity(AprobacionCompromisoBpmn.TASK_ACEPTAR)
            .execute()
            .getId();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  private void usuario(String id, String grupo) {
    User u = identityService.newUser(id);
    u.setPassword(CONTRASENA);
    identityService.saveUser(u);
    identityService.createMembership(id, grupo);
  }

  private HttpResponse<String> get(String ruta, String usuario) throws Exception {
    String basic =
        "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + CONTRASENA).getBytes(StandardCharsets.UTF_8));
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(url(ruta))).timeout(Duration.ofSeconds(30)).header("Authorization", basic).GET().build();
    return http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
