package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Camunda 7 Spring Boot application: engine, webapps, REST API, H2 file. */
@SpringBootApplication
public class CamundaBase {
  public static void main(String[] args) {
    SpringApplication.run(CamundaBase.class, args);
  }
}
