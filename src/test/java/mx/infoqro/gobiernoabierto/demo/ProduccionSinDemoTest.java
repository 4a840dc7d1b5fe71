package mx.infoqro.gobiernoabierto.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Profiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.ClassUtils;

/**
 * The application's context as production starts it (no profile at all, so not the demo's and not
 * the tests'; the strong admin password production requires; only an in-memory database, no job
 * executor and no SMTP authentication so that it runs here) has no bean of the demo: no demo data,
 * no demo edition that moves the engine clock, no embedded mail server.
 *
 * <p>A mock web environment (every web bean, no server): a second embedded server with the Camunda
 * webapps, once closed, would clear the webapps' static engine look-up under the other servers of
 * this JVM.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.admin-user.password=una-contrasena-de-produccion-83",
      "spring.datasource.url=jdbc:h2:mem:produccion-${random.uuid};DB_CLOSE_DELAY=-1;${gobierno-abierto.h2-ajustes}",
      "spring.mail.properties.mail.smtp.auth=false",
      "camunda.bpm.job-execution.enabled=false",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "camunda.bpm.generate-unique-process-application-name=true"
    })
@DirtiesContext
class ProduccionSinDemoTest {

  private static final String PAQUETE_DEMO = "mx.infoqro.gobiernoabierto.demo";

  @Autowired ConfigurableApplicationContext contexto;

  @Test
  void theProductionContextHasNoBeanOfTheDemo() {
    assertThat(contexto.getEnvironment().getActiveProfiles()).isEmpty();
    assertThat(contexto.getEnvironment().acceptsProfiles(Profiles.of("demo"))).isFalse();

    List<String> deLaDemo = new ArrayList<>();
    for (String nombre : contexto.getBeanDefinitionNames()) {
      Class<?> tipo = contexto.getBeanFactory().getType(nombre, false);
      if (tipo != null && ClassUtils.getUserClass(tipo).getPackageName().startsWith(PAQUETE_DEMO)) {
        deLaDemo.add(nombre + " (" + tipo.getName() + ")");
      }
    }
    assertThat(deLaDemo).as("beans whose class is in the demo package").isEmpty();
    assertThat(contexto.getBeanNamesForType(PasosDemo.class)).isEmpty();
    assertThat(contexto.getBeanNamesForType(EdicionDemo.class)).isEmpty();
    assertThat(contexto.getBeanNamesForType(EdicionPasadaDemo.class)).isEmpty();
    assertThat(contexto.getBeanNamesForType(GreenMail.class)).as("the demo's embedded mail server").isEmpty();
  }
}
