package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematicoRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.seguimiento.LongitudesFormularios;
import mx.infoqro.gobiernoabierto.seguimiento.RecorridoTextosLargos;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repository and migration checks run on every database the application supports: each test class
 * that implements this interface runs them against its own context (H2 or PostgreSQL). Data is made
 * with {@link Escenarios}, so the checks never collide with other tests sharing a context.
 */
interface RepositoriosComunes {

  /** The context of the database under test. */
  ApplicationContext contexto();

  /** The product name the JDBC driver reports, e.g. "H2" or "PostgreSQL". */
  String baseDeDatosEsperada();

  private <T> T bean(Class<T> tipo) {
    return contexto().getBean(tipo);
  }

  @Test
  default void theApplicationRunsOnTheExpectedDatabaseWithTheMigrationsApplied() throws Exception {
    try (Connection conexion = bean(DataSource.class).getConnection()) {
      assertThat(conexion.getMetaData().getDatabaseProductName()).isEqualTo(baseDeDatosEsperada());
    }
    MigrationInfoService migraciones = bean(Flyway.class).info();
    assertThat(migraciones.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
    assertThat(migraciones.pending()).isEmpty();
    assertThat(bean(ManagementService.class).getTableCount())
        .containsKeys("ACT_RE_PROCDEF", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_RU_FILTER");
  }

  /**
   * H2 hands out every identity column's values from a cache of 1,000 (db/h2: under a registration
   * peak it otherwise commits its sequences every 32 inserts, under one lock); PostgreSQL keeps its
   * default of 1 (a cache there is per connection, so ids would leave insertion order).
   */
  @Test
  default void everyIdentityColumnHasTheCacheOfItsDatabase() {
    boolean h2 = baseDeDatosEsperada().equals("H2");
    List<Long> caches =
        new JdbcTemplate(bean(DataSource.class))
            .queryForList(
                h2
                    ? "select identity_cache from information_schema.columns where is_identity = 'YES' and table_schema = 'PUBLIC'"
                    : "select cache_size from pg_sequences where schemaname = current_schema()",
                Long.class);
    assertThat(caches).hasSizeGreaterThanOrEqualTo(26).containsOnly(h2 ? 1000L : 1L);
  }

  @Test
  default void anEjercicioIsSavedWithItsAxesInOrderAndFoundByFolioAndYear() {
    Ejercicio guardado = bean(Escenarios.class).ejercicio();
    List<EjeTematico> activos = bean(EjeTematicoRepository.class).findByActivoTrueOrderByOrden();
    EjercicioRepository ejercicios = bean(EjercicioRepository.class);

    bean(TransactionTemplate.class)
        .executeWithoutResult(
            s -> {
              Ejercicio leido = ejercicios.findByFolio(Ejercicio.folioDe(guardado.getAnio())).orElseThrow();
              assertThat(leido.getId()).isEqualTo(guardado.getId());
              assertThat(leido.getEjes())
                  .extracting(EjeTematico::getClave)
                  .containsExactlyElementsOf(activos.stream().map(EjeTematico::getClave).toList());
              assertThat(ejercicios.findByAnio(guardado.getAnio())).map(Ejercicio::getId).contains(guardado.getId());
            });
    assertThat(activos).hasSize(6);
  }

  @Test
  default void aSujetoObligadoIsFoundByKeyAndAmongTheActiveOnes() {
    SujetoObligado sujeto = sujeto();
    SujetoObligadoRepository sujetos = bean(SujetoObligadoRepository.class);

    assertThat(sujetos.findByClave(sujeto.getClave())).map(SujetoObligado::getNombre).contains(sujeto.getNombre());
    assertThat(sujetos.findByActivoTrueOrderByNombre()).extracting(SujetoObligado::getId).contains(sujeto.getId());
    sujeto.setActivo(false);
    sujetos.save(sujeto);
    assertThat(sujetos.findByActivoTrueOrderByNombre()).extracting(SujetoObligado::getId).doesNotContain(sujeto.getId());
  }

  @Test
  default void compromisosAreNumberedWithinTheirEjercicio() {
    Escenarios escenarios = bean(Escenarios.class);
    CompromisoRepository compromisos = bean(CompromisoRepository.class);
    Ejercicio ejercicio = escenarios.ejercicio();
    SujetoObligado sujeto = sujeto();

    assertThat(compromisos.ultimoNumero(ejercicio.getId())).isZero();

    Mesa mesa = escenarios.mesa(ejercicio, escenarios.eje(ejeCualquiera()).getClave(), sujeto);
    Compromiso primero = escenarios.compromiso(mesa, sujeto);
    Compromiso segundo = escenarios.compromiso(mesa, sujeto);

    assertThat(compromisos.ultimoNumero(ejercicio.getId())).isEqualTo(2);
    assertThat(primero.getNumero()).isEqualTo(1);
    assertThat(segundo.getFolio()).isEqualTo(Compromiso.folioDe(ejercicio.getFolio(), 2));
    assertThat(compromisos.findByEjercicioIdOrderByNumero(ejercicio.getId()))
        .extracting(Compromiso::getNumero)
        .containsExactly(1, 2);
    assertThat(compromisos.findByMesaIdOrderByNumero(mesa.getId())).hasSize(2);
    assertThat(compromisos.findByFolio(segundo.getFolio())).map(Compromiso::getId).contains(segundo.getId());
    bean(TransactionTemplate.class)
        .executeWithoutResult(
            s -> assertThat(compromisos.findById(primero.getId()).orElseThrow().getHitos()).hasSize(2));
  }

  @Test
  default void everyTextOfTheTablesCommitmentsAndFollowUpFormsFitsItsColumn() throws Exception {
    LongitudesFormularios.revisar(bean(DataSource.class));
  }

  @Test
  default void aCommitmentWithLongReportsReachesTheEndOfItsPlanWithoutAnIncident() {
    bean(RecorridoTextosLargos.class).recorrer();
  }

  /** A new agency saved through its repository (only the entity, no Camunda group). */
  private SujetoObligado sujeto() {
    String clave = "repo" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    SujetoObligado sujeto =
        new SujetoObligado(clave, "Dependencia " + clave, "D" + clave.substring(4, 8), SujetoObligado.TipoSujeto.MUNICIPAL);
    sujeto.setCorreoEnlace(clave + "@example.org");
    return bean(SujetoObligadoRepository.class).save(sujeto);
  }

  private String ejeCualquiera() {
    return bean(EjeTematicoRepository.class).findByActivoTrueOrderByOrden().get(0).getClave();
  }
}
