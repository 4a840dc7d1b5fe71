package mx.infoqro.gobiernoabierto.infraestructura;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code demo} profile while a secret is missing or a well-known
 * default: the admin password, and the SMTP password when the mail server requires authentication.
 * Runs before any bean is created, so the engine never creates a weak admin. Each message names the
 * setting to provide.
 */
@Component
class SecretosProduccion implements BeanFactoryPostProcessor, EnvironmentAware {

  static final Set<String> CONTRASENAS_DEBILES = Set.of("", "admin", "demo", "password", "changeme", "camunda");

  private Environment entorno;

  @Override
  public void setEnvironment(Environment entorno) {
    this.entorno = entorno;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (entorno.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    String contrasena = entorno.getProperty("camunda.bpm.admin-user.password", "");
    if (CONTRASENAS_DEBILES.contains(contrasena.trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "The admin password is missing or a default: set the environment variable ADMIN_PASSWORD"
              + " (camunda.bpm.admin-user.password) to a strong secret, or run with the 'demo' profile."
              + " / Falta una contraseña segura de administración: defina ADMIN_PASSWORD.");
    }
    boolean smtpConAutenticacion =
        Boolean.parseBoolean(entorno.getProperty("spring.mail.properties.mail.smtp.auth", "false"));
    String secretoCorreo = entorno.getProperty("spring.mail.password", "");
    if (smtpConAutenticacion && CONTRASENAS_DEBILES.contains(secretoCorreo.trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "The mail server requires authentication but its password is missing or a default: set MAIL_PASSWORD"
              + " (spring.mail.password) and MAIL_USER, or MAIL_AUTH=false for a server without authentication."
              + " / Falta la contraseña del servidor de correo: defina MAIL_PASSWORD.");
    }
  }
}
