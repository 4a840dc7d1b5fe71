package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checks the page object itself on a test-only process (src/test/resources/e2e/) whose form has
 * one field of each common kind, so feature tests can trust claim, fill and complete.
 */
class TasklistPaginaE2eTest extends PruebaNavegador {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private String despliegue;

  @BeforeEach
  void desplegarProcesoDePrueba() {
    despliegue =
        repositoryService
            .createDeployment()
            .name("prueba-tasklist")
            .addClasspathResource("e2e/prueba-tasklist.bpmn")
            .addClasspathResource("e2e/revisar-prueba.form")
            .deploy()
            .getId();
  }

  @AfterEach
  void retirarProcesoDePrueba() {
    repositoryService.deleteDeployment(despliegue, true);
  }

  @Test
  void aTaskIsClaimedFilledAndCompletedThroughItsCamundaForm() {
    String instancia = runtimeService.startProcessInstanceByKey("prueba-tasklist", "PRUEBA-E2E").getId();
    TasklistPagina tasklist = new TasklistPagina(navegador.driver(), url(""));

    tasklist.entrar(usuarioAdmin, contrasenaAdmin).elegirFiltro("Tareas de mis grupos").abrirTarea("Revisar la prueba");
    tasklist
        .reclamar()
        .llenar("Título de la prueba", "Prueba con acentos: ñandú")
        .llenar("Observaciones", "Sin observaciones")
        .llenar("Cantidad", "3")
        .elegir("Decisión", "Devuelto")
        .elegir("Eje temático", "Educación")
        .elegir("Estoy conforme", null)
        .completar();

    assertThat(taskService.createTaskQuery().processInstanceId(instancia).count()).isZero();
    Map<String, Object> variables =
        historyService.createHistoricVariableInstanceQuery().processInstanceId(instancia).list().stream()
            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    assertThat(variables)
        .containsEntry("titulo", "Prueba con acentos: ñandú")
        .containsEntry("observaciones", "Sin observaciones")
        .containsEntry("decision", "DEVUELTO")
        .containsEntry("eje", "EDUCACION")
        .containsEntry("conforme", true);
    assertThat(((Number) variables.get("cantidad")).intValue()).isEqualTo(3);
  }

  @Test
  void aRefusedCompletionShowsTheErrorAndKeepsTheTaskOpen() {
    String instancia = runtimeService.startProcessInstanceByKey("prueba-tasklist", "PRUEBA-E2E-ERROR").getId();
    TasklistPagina tasklist = new TasklistPagina(navegador.driver(), url(""));

    tasklist.entrar(usuarioAdmin, contrasenaAdmin).elegirFiltro("Tareas de mis grupos").abrirTarea("Revisar la prueba");
    String error = tasklist.reclamar().llenar("Título de la prueba", "ERROR").elegir("Decisión", "Aprobado").completarEsperandoError();

    assertThat(error).contains("tituloRechazado");
    assertThat(tasklist.tareaAbierta()).isEqualTo("Revisar la prueba");
    assertThat(taskService.createTaskQuery().processInstanceId(instancia).count()).isEqualTo(1);
  }
}
