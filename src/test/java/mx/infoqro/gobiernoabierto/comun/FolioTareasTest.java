package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every task carries its case's folio, and Tasklist's filters list it: through the same REST call
 * Tasklist makes ({@code POST filter/{id}/list} in HAL), as an agency's liaison, whose group reads
 * only its own tasks' variables.
 */
class FolioTareasTest extends PruebaServidor {

  private static final String CONTRASENA = "enlace-folio-4b2";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Escenarios escenarios;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired FiltrosTasklist filtros;
  @Autowired FolioTareas folios;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private SujetoObligado sujeto;
  private Compromiso compromiso;
  private String tarea;

  @BeforeEach
  void tareaDeUnaDependencia() {
    Ejercicio ejercicio = escenarios.ejercicio();
    sujeto = escenarios.sujeto();
    compromiso = escenarios.compromiso(escenarios.mesa(ejercicio, "anticorrupcion", sujeto), sujeto);
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
    tarea = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  @Test
  void aNewTaskCarriesItsCasesFolioAsATaskLocalVariable() {
    assertThat(taskService.getVariableLocal(tarea, FolioTareas.VARIABLE)).isEqualTo(compromiso.getFolio());
  }

  @Test
  void theLiaisonSeesTheFolioOfItsTaskInEachOfItsFilters() throws Exception {
    String enlace = "folio-" + sujeto.getClave();
    usuario(enlace, sujeto.grupo());

    for (String nombre : List.of("Tareas de mis grupos", "Enlaces: " + sujeto.getSiglas())) {
      JsonNode lista = listaDelFiltro(filtro(nombre).getId(), enlace);

      JsonNode suTarea = null;
      for (JsonNode t : lista.at("/_embedded/task")) {
        if (t.path("id").asText().equals(tarea)) {
          suTarea = t;
        }
      }
      assertThat(suTarea).as("the task in the filter " + nombre).isNotNull();
      assertThat(suTarea.at("/_embedded/variable").findValuesAsText("name")).as(nombre).containsExactly(FolioTareas.VARIABLE);
      assertThat(suTarea.at("/_embedded/variable/0/value").asText()).as(nombre).isEqualTo(compromiso.getFolio());
    }
  }

  @Test
  void everyFilterDescribesItselfAndShowsTheFolioColumn() {
    for (String nombre : FiltrosTasklist.COMUNES) {
      Map<String, Object> propiedades = filtro(nombre).getProperties();

      assertThat((String) propiedades.get("description")).as(nombre).isNotBlank();
      assertThat(propiedades.get("variables")).as(nombre).isEqualTo(List.of(Map.of("name", "folio", "label", "Folio")));
      assertThat(propiedades.get("showUndefinedVariable")).as(nombre).isEqualTo(false);
    }
    assertThat(filtro("Enlaces: " + sujeto.getSiglas()).getProperties().get("description"))
        .isEqualTo("Las tareas abiertas del grupo «Enlaces: " + sujeto.getSiglas() + "», tomadas o por tomar");
  }

  @Test
  void filtersOfAnOlderDatabaseGetDescriptionAndFolioButKeepTheirColour() {
    Filter vencidas = filtro("Vencidas");
    Map<String, Object> original = new LinkedHashMap<>(vencidas.getProperties());
    Map<String, Object> anteriores = new LinkedHashMap<>(Map.of("description", "Vencidas", "priority", -10, "color", "#123456", "refresh", true));
    filterService.saveFilter(vencidas.setProperties(anteriores));
    try {
      filtros.asegurarFiltrosComunes();

      Map<String, Object> propiedades = filtro("Vencidas").getProperties();
      assertThat(propiedades)
          .containsEntry("description", "Las tareas de sus grupos cuya fecha límite ya pasó")
          .containsEntry("color", "#123456")
          .containsEntry("variables", List.of(Map.of("name", "folio", "label", "Folio")));
    } finally {
      filterService.saveFilter(filtro("Vencidas").setProperties(original));
    }
  }

  @Test
  void openTasksOfAnOlderDatabaseGetTheirFolioAtStart() {
    taskService.removeVariableLocal(tarea, FolioTareas.VARIABLE);

    folios.completarTareasAnteriores();

    assertThat(taskService.getVariableLocal(tarea, FolioTareas.VARIABLE)).isEqualTo(compromiso.getFolio());
  }

  private Filter filtro(String nombre) {
    return filterService.createFilterQuery().filterName(nombre).singleResult();
  }

  private void usuario(String id, String grupo) {
    User u = identityService.newUser(id);
    u.setPassword(CONTRASENA);
    identityService.saveUser(u);
    identityService.createMembership(id, grupo);
  }

  /** What Tasklist asks for to show a filter's list: HAL, with the filter's variables embedded. */
  private JsonNode listaDelFiltro(String filtro, String usuario) throws Exception {
    String basic =
        "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + CONTRASENA).getBytes(StandardCharsets.UTF_8));
    HttpRequest peticion =
        HttpRequest.newBuilder(URI.create(url("/engine-rest/filter/" + filtro + "/list?firstResult=0&maxResults=50")))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", basic)
            .header("Accept", "application/hal+json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    HttpResponse<String> respuesta = http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
    return JSON.readTree(respuesta.body());
  }
}
