package mx.infoqro.gobiernoabierto;

import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.notificacion.DespachoCorreos;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that run against the whole application (engine, services, H2 in memory) with
 * the job executor off: timers and async jobs are executed explicitly. All subclasses share one
 * Spring context, so each test makes its own data (see {@link Escenarios}). Every process path they
 * take is recorded: the coverage report per process and test class is written to
 * {@code target/process-test-coverage/}. {@link Motor} takes the engine's steps (jobs, timers,
 * tasks), {@link DespachoCorreos} sends the outbox; {@link ServidorCorreo} and {@link Correos} serve the tests that read the mail sent.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class PruebaIntegracion {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected IdentityService identityService;
  @Autowired protected Escenarios escenarios;
  @Autowired protected Motor motor;
  /** The outbox's dispatcher: with the job executor off, tests send the mail written when they want it. */
  @Autowired protected DespachoCorreos despacho;

  @Autowired private JdbcTemplate jdbcLimites;

  @BeforeEach
  void iniciarAsserts() {
    init(processEngine);
    // Each test starts a window of its own for the public forms' limits (comun/ProteccionFormularios):
    // the mailboxes and forms that earlier tests of the shared context submitted are not counted
    jdbcLimites.update("delete from envio_formulario");
  }

  @AfterEach
  void restaurarReloj() {
    motor.relojReal();
    identityService.clearAuthentication();
  }
}
