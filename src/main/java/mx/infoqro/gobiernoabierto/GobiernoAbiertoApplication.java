package mx.infoqro.gobiernoabierto;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gobierno Abierto: the Ejercicio de Gobierno Abierto on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GobiernoAbiertoApplication {

  public static void main(String[] args) {
    SpringApplication.run(GobiernoAbiertoApplication.class, args);
  }
}
