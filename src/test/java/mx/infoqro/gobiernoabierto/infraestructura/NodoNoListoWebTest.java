package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import javax.sql.DataSource;
import mx.infoqro.gobiernoabierto.DespachoError;
import mx.infoqro.gobiernoabierto.portal.RebanadaPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@link DisponibilidadWeb} in a web slice of the portal ({@link RebanadaPortal}): its filter with
 * Spring Boot's real availability state (moved by the same events the start-up publishes) and an H2
 * database in memory (touched only when a request fails with an SQL error, never here). The
 * database-outage path needs a request that reaches the database: {@code CorteBaseDatosTest}.
 */
@RebanadaPortal
@ImportAutoConfiguration(ApplicationAvailabilityAutoConfiguration.class)
@Import({DisponibilidadWeb.class, NodoNoListoWebTest.BaseDeDatos.class})
class NodoNoListoWebTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class BaseDeDatos {
    @Bean
    DataSource baseDeDatos() {
      return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext contexto;

  @AfterEach
  void listo() {
    AvailabilityChangeEvent.publish(contexto, ReadinessState.ACCEPTING_TRAFFIC);
  }

  @Test
  void untilTheNodeIsReadyEveryPageAnswersTheSpanish503WithRetryAfter() throws Exception {
    AvailabilityChangeEvent.publish(contexto, ReadinessState.REFUSING_TRAFFIC);

    for (String ruta : new String[] {"/privacidad", "/gestion", "/camunda/app/tasklist/default/", "/engine-rest/task"}) {
      MvcResult resultado = mvc.perform(get(ruta).accept(MediaType.TEXT_HTML)).andReturn();
      assertThat(resultado.getResponse().getStatus()).as(ruta).isEqualTo(503);
      assertThat(resultado.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).as(ruta).isEqualTo("10");
    }
    MvcResult aviso = mvc.perform(get("/privacidad").accept(MediaType.TEXT_HTML)).andReturn();
    MockHttpServletResponse pagina = DespachoError.pagina(mvc, aviso);
    assertThat(pagina.getStatus()).isEqualTo(503);
    assertThat(MediaType.parseMediaType(pagina.getContentType()).isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(pagina.getContentAsString())
        .contains("<html lang=\"es-MX\"")
        .contains("<h1>Servicio no disponible por el momento</h1>")
        .contains("El sistema se está iniciando")
        .doesNotContain("Aviso de privacidad integral</h1>", "Whitelabel", "Service Unavailable", "??");
  }

  @Test
  void theHealthProbesAreLetThroughWhileNotReady() throws Exception {
    AvailabilityChangeEvent.publish(contexto, ReadinessState.REFUSING_TRAFFIC);

    // No Actuator in the slice: past the filter the probe finds no handler (404), but no 503
    MockHttpServletResponse sonda = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse();

    assertThat(sonda.getStatus()).isNotEqualTo(503);
    assertThat(sonda.getHeader(HttpHeaders.RETRY_AFTER)).isNull();
  }

  @Test
  void onceReadyThePagesAreServed() throws Exception {
    AvailabilityChangeEvent.publish(contexto, ReadinessState.REFUSING_TRAFFIC);
    AvailabilityChangeEvent.publish(contexto, ReadinessState.ACCEPTING_TRAFFIC);

    MockHttpServletResponse aviso = mvc.perform(get("/privacidad")).andReturn().getResponse();

    assertThat(aviso.getStatus()).isEqualTo(200);
    assertThat(aviso.getHeader(HttpHeaders.RETRY_AFTER)).isNull();
    aviso.setCharacterEncoding("UTF-8");
    assertThat(aviso.getContentAsString()).contains("<h1>Aviso de privacidad integral</h1>");
  }
}
