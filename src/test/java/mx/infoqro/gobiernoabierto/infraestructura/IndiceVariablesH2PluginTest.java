package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's look-up of an execution's variables by name, on H2 (the tests' database). */
class IndiceVariablesH2PluginTest extends PruebaIntegracion {

  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;

  @Test
  void readsTheExecutionsOwnVariablesThroughTheIndex() {
    String despliegue =
        repositoryService
            .createDeployment()
            .addModelInstance(
                "indice-variables.bpmn",
                Bpmn.createExecutableProcess("indice-variables").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
            .deploy()
            .getId();
    try {
      comprobarPlan();
    } finally {
      // the tests share one engine: its cases and tasks go with the deployment
      repositoryService.deleteDeployment(despliegue, true);
    }
  }

  private void comprobarPlan() {
    List<String> casos = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      casos.add(
          runtimeService
              .startProcessInstanceByKey(
                  "indice-variables", Variables.putValue("folio", "EGA-" + i).putValue("decision", "APROBAR").putValue("orden", i))
              .getId());
    }
    String caso = casos.get(17);

    // the engine's statement (VariableInstance.xml, selectVariablesByExecutionId with names)
    String plan =
        String.join(
            "\n",
            jdbc.queryForList(
                "explain select RES.* from ACT_RU_VARIABLE RES where EXECUTION_ID_ = ? and TASK_ID_ is null and NAME_ in (?, ?)",
                String.class,
                caso,
                "folio",
                "orden"));
    assertThat(plan).contains(IndiceVariablesH2Plugin.INDICE);
    assertThat(runtimeService.getVariable(caso, "orden")).isEqualTo(17);
  }
}
