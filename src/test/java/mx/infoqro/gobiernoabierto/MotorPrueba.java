package mx.infoqro.gobiernoabierto;

import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tests' {@link Motor}: a bean of the test contexts only (main code declares none), injected
 * into {@link PruebaIntegracion} tests as {@code motor}.
 */
@Configuration(proxyBeanMethods = false)
class MotorPrueba {

  @Bean
  Motor motor(ProcessEngine engine) {
    return new Motor(engine);
  }
}
