package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.infoqro.gobiernoabierto.GobiernoAbiertoApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A production start (no demo profile) with a missing or default admin password, or an
 * authenticated mail server without a real password, stops with a message that names the setting. The guard runs before any bean exists, so each start here
 * fails in well under a second. (Every other test context starts without the demo profile and
 * with the strong test password, which shows the guard lets a good password through.)
 */
class SecretosProduccionTest {

  @ParameterizedTest(name = "admin password \"{0}\"")
  @ValueSource(strings = {"admin", "", "  Admin  ", "demo"})
  void productionStartFailsWithAClearMessageWhenTheAdminPasswordIsMissingOrDefault(String contrasena) {
    Throwable error =
        catchThrowable(
            () -> {
              // Command-line arguments outrank application.yaml and the ADMIN_PASSWORD variable
              try (ConfigurableApplicationContext contexto =
                  new SpringApplicationBuilder(GobiernoAbiertoApplication.class)
                      .run(
                          "--camunda.bpm.admin-user.password=" + contrasena,
                          "--spring.datasource.url=jdbc:h2:mem:secretos-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                          "--spring.main.web-application-type=none",
                          "--camunda.bpm.job-execution.enabled=false",
                          "--camunda.bpm.generate-unique-process-engine-name=true",
                          "--spring.main.banner-mode=off")) {
                // started: the assertion below fails
              }
            });

    assertThat(error).as("the start must fail").isNotNull();
    assertThat(mensajes(error)).anySatisfy(m -> assertThat(m).contains("ADMIN_PASSWORD"));
  }

  @ParameterizedTest(name = "mail password \"{0}\"")
  @ValueSource(strings = {"", "changeme"})
  void productionStartFailsWhenTheAuthenticatedMailServerHasNoRealPassword(String contrasena) {
    Throwable error =
        catchThrowable(
            () -> {
              try (ConfigurableApplicationContext contexto =
                  new SpringApplicationBuilder(GobiernoAbiertoApplication.class)
                      .run(
                          "--camunda.bpm.admin-user.password=una-contrasena-fuerte-71",
                          "--spring.mail.properties.mail.smtp.auth=true",
                          "--spring.mail.password=" + contrasena,
                          "--spring.datasource.url=jdbc:h2:mem:secretos-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                          "--spring.main.web-application-type=none",
                          "--camunda.bpm.job-execution.enabled=false",
                          "--camunda.bpm.generate-unique-process-engine-name=true",
                          "--spring.main.banner-mode=off")) {
                // started: the assertion below fails
              }
            });

    assertThat(error).as("the start must fail").isNotNull();
    assertThat(mensajes(error)).anySatisfy(m -> assertThat(m).contains("MAIL_PASSWORD"));
  }

  private static List<String> mensajes(Throwable error) {
    List<String> mensajes = new ArrayList<>();
    for (Throwable t = error; t != null; t = t.getCause()) {
      mensajes.add(String.valueOf(t.getMessage()));
    }
    return mensajes;
  }
}
