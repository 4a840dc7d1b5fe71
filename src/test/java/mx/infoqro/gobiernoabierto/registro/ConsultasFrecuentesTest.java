package mx.infoqro.gobiernoabierto.registro;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria.EstadoConvocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoRepository;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queries of every registration request and of every mail are translated to SQL once: Hibernate
 * finds their plans in its cache from the second call on. A derived query (built by Spring Data as a
 * criteria query, which Hibernate copies and translates again on each call) would not.
 */
class ConsultasFrecuentesTest extends PruebaIntegracion {

  @Autowired EntityManagerFactory emf;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired SujetoObligadoRepository sujetos;
  @Autowired ParticipanteRepository participantes;

  private Statistics estadisticas;

  @BeforeEach
  void medir() {
    estadisticas = emf.unwrap(SessionFactoryImplementor.class).getStatistics();
    estadisticas.setStatisticsEnabled(true);
  }

  @AfterEach
  void dejarDeMedir() {
    estadisticas.setStatisticsEnabled(false);
  }

  /** How many of the calls found their plan in the cache. */
  private long aciertos(Runnable llamadas) {
    estadisticas.clear();
    llamadas.run();
    return estadisticas.getQueryPlanCacheHitCount();
  }

  @Test
  void theRegistrationAndMailQueriesFindTheirPlansInTheCache() {
    Runnable consultas =
        () -> {
          convocatorias.findFirstByEstadoOrderByEjercicioAnioDesc(EstadoConvocatoria.PUBLICADA);
          sujetos.findByActivoTrueOrderByNombre();
          sujetos.idsActivos();
          participantes.findByEjercicioIdAndCorreo(1L, "nadie@example.mx");
          participantes.findFirstByCorreoAndNoContactarIsNotNullOrderByIdAsc("nadie@example.mx");
        };
    consultas.run();
    // each call finds its plan (Hibernate counts the parsed query and the plan each as a hit)
    assertThat(aciertos(consultas)).isGreaterThanOrEqualTo(5);
    assertThat(estadisticas.getQueryPlanCacheMissCount()).isZero();
  }

  @Test
  void theCurrentCallComesWithItsEditionInOneStatement() {
    Convocatoria publicada = convocatorias.findByEjercicioId(escenarios.ejercicio().getId()).orElseThrow();
    publicada.setEstado(EstadoConvocatoria.PUBLICADA);
    convocatorias.save(publicada);
    estadisticas.clear();
    Convocatoria c = convocatorias.findFirstByEstadoOrderByEjercicioAnioDesc(EstadoConvocatoria.PUBLICADA).orElseThrow();
    assertThat(Hibernate.isInitialized(c.getEjercicio())).isTrue();
    assertThat(estadisticas.getPrepareStatementCount()).isEqualTo(1);
  }

  @Test
  void aDerivedQueryIsTranslatedAgainOnEveryCall() {
    sujetos.findByClave("salud");
    assertThat(aciertos(() -> sujetos.findByClave("salud"))).isZero();
  }

  @Test
  void theQueriesAnswerAsTheirNamesSay() {
    Participante p = escenarios.registro(escenarios.ejercicio(), Sector.CIUDADANIA, null, "anticorrupcion").getParticipante();
    assertThat(participantes.findByEjercicioIdAndCorreo(p.getEjercicio().getId(), p.getCorreo()))
        .map(Participante::getId)
        .contains(p.getId());
    assertThat(participantes.findByEjercicioIdAndCorreo(p.getEjercicio().getId() + 1000, p.getCorreo())).isEmpty();
    assertThat(participantes.findFirstByCorreoAndNoContactarIsNotNullOrderByIdAsc(p.getCorreo())).isEmpty();
    assertThat(sujetos.findByActivoTrueOrderByNombre())
        .extracting(s -> s.getNombre())
        .isSortedAccordingTo(String::compareTo);
    Long activo = escenarios.sujeto().getId();
    assertThat(sujetos.idsActivos())
        .contains(activo)
        .containsExactlyInAnyOrderElementsOf(sujetos.findByActivoTrueOrderByNombre().stream().map(s -> s.getId()).toList());
  }
}
