package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine alone (no Spring, no application), on an in-memory H2, shows why a long text typed in a
 * Tasklist form failed and why {@link HistorialSinFormularios} is the fix: Tasklist submits a
 * textarea as a String; updating a task-local variable and deleting it with the task in the same
 * command never writes its runtime row, but history level {@code full} writes the String into
 * {@code ACT_HI_VARINST.TEXT_} and {@code ACT_HI_DETAIL.TEXT_} (4,000 characters).
 */
class HistorialSinFormulariosTest {

  private static final String PROCESO = "formulario-largo";

  /**
   * A user task whose create listener prefills the field {@code texto} as a task-local variable (as
   * every {@link ListenerFormulario} does), followed by a second one that waits.
   */
  private static final BpmnModelInstance MODELO =
      Bpmn.createExecutableProcess(PROCESO)
          .camundaHistoryTimeToLive(1)
          .startEvent("Event_Inicio")
          .userTask("Task_Formulario")
          .camundaTaskListenerExpression("create", "${task.setVariableLocal('texto', 'breve')}")
          .userTask("Task_Siguiente")
          .endEvent("Event_Fin")
          .done();

  private ProcessEngine motor;

  @AfterEach
  void cerrar() {
    if (motor != null) {
      motor.close();
    }
  }

  @Test
  void withHistoryFullATextLongerThan4000CharactersSubmittedToATaskFormFailsTheWholeSubmission() {
    motor = motor(ProcessEngineConfiguration.HISTORY_FULL, "h2-" + UUID.randomUUID());
    Task tarea = iniciar();

    assertThatThrownBy(() -> enviar(tarea, Map.of("texto", "ñ".repeat(4001))))
        .isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("ACT_HI_");
    assertThat(motor.getTaskService().createTaskQuery().taskId(tarea.getId()).count()).isEqualTo(1);
  }

  @Test
  void withoutHistoryOfFormValuesTexts4001And20000CharactersLongCompleteTheTask() {
    motor = motor(HistorialSinFormularios.NOMBRE, "h2-" + UUID.randomUUID());

    for (int largo : new int[] {4001, 20000}) {
      Task tarea = iniciar();
      String texto = "á€😀".repeat(largo).substring(0, largo);

      enviar(tarea, Map.of("texto", texto, "decision", "SI"));

      assertThat(motor.getTaskService().createTaskQuery().processInstanceId(tarea.getProcessInstanceId()).singleResult()
              .getTaskDefinitionKey())
          .isEqualTo("Task_Siguiente");
      // the form's own values leave no history; the decision, in the process, keeps its own
      assertThat(motor.getHistoryService().createHistoricVariableInstanceQuery()
              .processInstanceId(tarea.getProcessInstanceId()).list())
          .extracting(v -> v.getName())
          .containsExactly("decision");
      assertThat(motor.getHistoryService().createHistoricDetailQuery().processInstanceId(tarea.getProcessInstanceId())
              .list())
          .allSatisfy(d -> assertThat(d.getTaskId()).isNull());
    }
  }

  @Test
  void theLimitOfStringVariablesInTheProcessStaysAsItIs() {
    motor = motor(HistorialSinFormularios.NOMBRE, "h2-" + UUID.randomUUID());
    Task tarea = iniciar();

    // a field the form did not prefill lands in the process: no long text belongs there
    assertThatThrownBy(() -> enviar(tarea, Map.of("otro", "x".repeat(4001))))
        .isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void aDatabaseCreatedWithHistoryFullMovesToThisLevelAtStartUpAndCannotGoBackUnnoticed() {
    String base = "h2-" + UUID.randomUUID();
    ProcessEngine completo = motor(ProcessEngineConfiguration.HISTORY_FULL, base + ";DB_CLOSE_DELAY=-1");
    assertThat(nivelGuardado(completo)).isEqualTo("3");
    completo.close();

    motor = motor(HistorialSinFormularios.NOMBRE, base + ";DB_CLOSE_DELAY=-1");

    assertThat(nivelGuardado(motor)).isEqualTo(String.valueOf(HistorialSinFormularios.ID));
    assertThat(((ProcessEngineConfigurationImpl) motor.getProcessEngineConfiguration()).getHistoryLevel())
        .isInstanceOf(HistorialSinFormularios.class);
    motor.close();
    motor = null;
    // the engine refuses a configuration that disagrees with the database: no silent change back
    assertThatThrownBy(() -> motor(ProcessEngineConfiguration.HISTORY_FULL, base + ";DB_CLOSE_DELAY=-1"))
        .hasStackTraceContaining("historyLevel mismatch");
  }

  private Task iniciar() {
    String instancia = motor.getRuntimeService().startProcessInstanceByKey(PROCESO).getId();
    return motor.getTaskService().createTaskQuery().processInstanceId(instancia).singleResult();
  }

  /** Submits the task's form through {@link Motor}, as Tasklist does. */
  private void enviar(Task tarea, Map<String, Object> valores) {
    new Motor(motor).completar(tarea, "prueba", valores);
  }

  private static String nivelGuardado(ProcessEngine motor) {
    return motor.getManagementService().getProperties().get("historyLevel");
  }

  /** A standalone engine on the in-memory H2 database {@code base}, with the model deployed. */
  private static ProcessEngine motor(String historial, String base) {
    StandaloneInMemProcessEngineConfiguration configuracion = new StandaloneInMemProcessEngineConfiguration();
    configuracion.setJdbcUrl("jdbc:h2:mem:" + base);
    configuracion.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuracion.setHistory(historial);
    configuracion.setJobExecutorActivate(false);
    configuracion.setProcessEngineName("historial-" + UUID.randomUUID());
    configuracion.setProcessEnginePlugins(List.of(new HistorialSinFormulariosPlugin()));
    ProcessEngine motor = configuracion.buildProcessEngine();
    motor.getRepositoryService().createDeployment().addModelInstance(PROCESO + ".bpmn", MODELO).deploy();
    return motor;
  }
}
