package mx.infoqro.gobiernoabierto;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that talk HTTP to the whole application on a random port (webapps, REST API,
 * browser tests). The engine is named {@code default}, as the webapps' URLs
 * ({@code /camunda/app/tasklist/default/}) and the REST API expect; all subclasses share one
 * context, so only one engine of that name lives in the test JVM.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "camunda.bpm.generate-unique-process-engine-name=false",
      "camunda.bpm.process-engine-name=default"
    })
public abstract class PruebaServidor {

  @LocalServerPort protected int puerto;

  @Value("${camunda.bpm.admin-user.id}")
  protected String usuarioAdmin;

  /** The admin password of the test profile (src/test/resources/application-test.yaml). */
  @Value("${camunda.bpm.admin-user.password}")
  protected String contrasenaAdmin;

  /**
   * The webapps find their engine through static look-ups that each webapp's start sets and its
   * stop clears, whichever server of this JVM stops: a test that runs and stops its own server
   * ({@code operacion/CorteBaseDatosTest}, {@code actualizacion/ActualizacionTest}) would leave this
   * shared server's Tasklist and Cockpit answering 500, depending on the order the tests run in. So
   * they are set again, as the webapps' start sets them, when missing.
   */
  @BeforeEach
  void webappsConSuMotor() {
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }

  /** The absolute URL of a path on the running application. */
  protected String url(String ruta) {
    return "http://localhost:" + puerto + ruta;
  }
}
