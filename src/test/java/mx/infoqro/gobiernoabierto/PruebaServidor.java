package mx.infoqro.gobiernoabierto;

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

  /** The absolute URL of a path on the running application. */
  protected String url(String ruta) {
    return "http://localhost:" + puerto + ruta;
  }
}
