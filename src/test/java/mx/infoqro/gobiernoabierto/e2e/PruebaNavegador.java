package mx.infoqro.gobiernoabierto.e2e;

import mx.infoqro.gobiernoabierto.PruebaServidor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the application as the README's run command starts it (demo profile:
 * demo users, agencies and editions) on a random port, and a headless Chromium. All browser tests
 * share this one context, so one engine named {@code default} lives in the e2e run.
 */
@Tag("e2e")
@ActiveProfiles({"test", "demo"})
abstract class PruebaNavegador extends PruebaServidor {

  /** The demo users' password (demo/DemoData). */
  static final String CONTRASENA_DEMO = "demo";

  @RegisterExtension final Navegador navegador = nuevoNavegador();

  /** The browser of each test: Mexican Spanish unless a test class needs another language. */
  Navegador nuevoNavegador() {
    return new Navegador();
  }

  TasklistPagina tasklist() {
    return new TasklistPagina(navegador.driver(), url(""));
  }
}
