package mx.infoqro.gobiernoabierto.demo;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Demo profile only: the demo's steps and editions, which {@link DemoData} plays at start. They are
 * no components of their own (they move the engine clock and stop the job executor while they
 * play), so outside the demo profile none of them exists; a test that plays them imports them.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@Import({PasosDemo.class, EdicionDemo.class, EdicionPasadaDemo.class, ForoDemo.class})
class EdicionesDemoConfig {}
