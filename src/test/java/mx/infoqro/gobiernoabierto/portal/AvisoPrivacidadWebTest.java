package mx.infoqro.gobiernoabierto.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.infoqro.gobiernoabierto.comun.AvisoPrivacidad;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.privacidad.ConservacionDatos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The full privacy notice in a web slice ({@link RebanadaPortal}): no engine, no database. */
@RebanadaPortal
class AvisoPrivacidadWebTest {

  @Autowired MockMvc mvc;
  @Autowired AvisoPrivacidad aviso;
  @Autowired Organismo organismo;
  @Autowired ConservacionDatos conservacion;

  @Test
  void theNoticeIsASpanishPageWithItsSectionsVersionGuarantorAndLegalBases() throws Exception {
    MockHttpServletResponse respuesta = aviso();

    assertThat(respuesta.getStatus()).isEqualTo(200);
    assertThat(MediaType.parseMediaType(respuesta.getContentType()).isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String fecha = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX")).format(aviso.getFecha());
    assertThat(respuesta.getContentAsString())
        .contains("<html lang=\"es-MX\"")
        .contains("<h1>Aviso de privacidad integral</h1>")
        .contains("Versión " + aviso.getVersion() + ", vigente desde el " + fecha)
        .contains(
            "<h2>Responsable del tratamiento</h2>", "<h2>Datos personales que recabamos</h2>", "<h2>Finalidades</h2>",
            "<h2>Qué se publica</h2>", "<h2>Transferencias</h2>", "<h2>Fundamento legal</h2>",
            "<h2>Derechos ARCO</h2>", "<h2>Plazo de conservación</h2>", "<h2>Cambios al aviso de privacidad</h2>")
        .contains(organismo.getNombre(), organismo.getSiglas(), organismo.getDomicilio(), organismo.getContactoDatos())
        .contains(organismo.getBasesLegales())
        // the layout marks the notice as the current page of the navigation
        .contains("href=\"/privacidad\" aria-current=\"page\"")
        .doesNotContain("??");
    assertThat(organismo.getBasesLegales()).as("bound from application.yaml").hasSize(3);
  }

  @Test
  void theNoticePointsToTheArcoFormAndQuotesTheRetentionPeriodFromTheConfiguration() throws Exception {
    assertThat(aviso().getContentAsString())
        .contains("con el formulario de derechos ARCO de este portal", "href=\"/derechos-arco\"",
            "Plazo de conservación", "hasta " + conservacion.texto() + " después de su cierre")
        .contains("hasta 2 años después de su cierre");
  }

  @Test
  void theNoticeCarriesThePortalSecurityHeaders() throws Exception {
    MockHttpServletResponse respuesta = aviso();

    assertThat(respuesta.getHeader("Content-Security-Policy")).isEqualTo(EncabezadosSeguridad.CSP);
    assertThat(respuesta.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(respuesta.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(respuesta.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(respuesta.getHeader("Strict-Transport-Security")).as("not over plain HTTP").isNull();
  }

  @Test
  void overHttpsBrowsersAreAskedToKeepUsingHttps() throws Exception {
    MockHttpServletResponse respuesta = mvc.perform(get("/privacidad").secure(true)).andReturn().getResponse();

    assertThat(respuesta.getHeader("Strict-Transport-Security")).isEqualTo(EncabezadosSeguridad.HSTS);
  }

  @Test
  void aVisitorGetsNoSessionAndNoCookie() throws Exception {
    MvcResult resultado = mvc.perform(get("/privacidad")).andReturn();

    assertThat(resultado.getRequest().getSession(false)).isNull();
    assertThat(resultado.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
  }

  private MockHttpServletResponse aviso() throws Exception {
    MockHttpServletResponse respuesta = mvc.perform(get("/privacidad").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    respuesta.setCharacterEncoding("UTF-8");
    return respuesta;
  }
}
