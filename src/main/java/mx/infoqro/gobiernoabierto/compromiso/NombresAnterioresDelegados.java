package mx.infoqro.gobiernoabierto.compromiso;

import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The delegates of {@code aprobacion-compromiso} are named after their activities since the model's
 * version that says so; instances started on an earlier version keep that version's expressions
 * (e.g. {@code ${contarRondasCompromisoDelegate}}) until they end, so the earlier names stay as
 * aliases. Remove once no instance of an earlier version runs (Cockpit: process definition
 * versions).
 */
@Component
class NombresAnterioresDelegados implements BeanFactoryPostProcessor {

  /** Earlier bean name → current one. */
  static final Map<String, String> ALIAS =
      Map.of(
          "iniciarRevisionCompromisoDelegate", "iniciarRevisionDelegate",
          "recordarAceptacionCompromisoDelegate", "recordarAceptacionDelegate",
          "escalarAceptacionCompromisoDelegate", "escalarAceptacionDelegate",
          "registrarAprobacionCompromisoDelegate", "registrarAprobacionDelegate",
          "contarRondasCompromisoDelegate", "contarRondasDelegate",
          "declararNoAprobadoCompromisoDelegate", "declararNoAprobadoDelegate",
          "iniciarNuevaRondaCompromisoDelegate", "iniciarNuevaRondaDelegate");

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory fabrica) {
    ALIAS.forEach((anterior, actual) -> fabrica.registerAlias(actual, anterior));
  }
}
