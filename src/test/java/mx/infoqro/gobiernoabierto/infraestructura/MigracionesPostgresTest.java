package mx.infoqro.gobiernoabierto.infraestructura;

import mx.infoqro.gobiernoabierto.PostgresEmbebido;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on an embedded PostgreSQL (the production database): Flyway migrates the
 * business schema, Hibernate validates it, the engine creates its tables, and the repository checks
 * of {@link RepositoriosComunes} pass. One context for the class; @DirtiesContext closes it (and then
 * the database, {@link PostgresEmbebido}) at the end, so it holds no memory while later test classes run.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(PostgresEmbebido.Cierre.class)
@DirtiesContext
class MigracionesPostgresTest implements RepositoriosComunes {

  @Autowired ApplicationContext contexto;

  @DynamicPropertySource
  static void baseDeDatos(DynamicPropertyRegistry propiedades) {
    PostgresEmbebido.propiedades(propiedades);
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
