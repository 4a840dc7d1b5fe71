package mx.infoqro.gobiernoabierto.system;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code demo} profile while the admin password is missing or a
 * well-known default. Runs before any bean is created, so the engine never creates a weak admin.
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
  }
}
