package mx.infoqro.gobiernoabierto;

import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FormulariosAlLimite} on embedded PostgreSQL, the production database. */
@ActiveProfiles({"test", "postgres"})
@Import(PostgresEmbebido.Cierre.class)
@DirtiesContext
class FormulariosAlLimitePostgresTest extends FormulariosAlLimite {

  @DynamicPropertySource
  static void baseDeDatos(DynamicPropertyRegistry propiedades) {
    PostgresEmbebido.propiedades(propiedades);
  }
}
