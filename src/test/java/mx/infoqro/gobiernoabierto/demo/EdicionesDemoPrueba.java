package mx.infoqro.gobiernoabierto.demo;

import org.springframework.context.annotation.Import;

/**
 * The demo's steps and editions for a test that plays them without the demo profile (whose
 * configuration, {@link EdicionesDemoConfig}, declares them there only): {@code
 * @Import(EdicionesDemoPrueba.class)}. The tests that import it share one context.
 *
 * <p>Deliberately no {@code @Configuration} or {@code @TestConfiguration}: the application's
 * component scan also reaches the test classes when a test starts the application by itself (the
 * fault tests, {@link ProduccionSinDemoTest}), and a configuration here would bring the demo into
 * those starts. An imported class is read as a configuration class all the same.
 */
@Import({PasosDemo.class, EdicionDemo.class, EdicionPasadaDemo.class, ForoDemo.class})
public final class EdicionesDemoPrueba {

  private EdicionesDemoPrueba() {}
}
