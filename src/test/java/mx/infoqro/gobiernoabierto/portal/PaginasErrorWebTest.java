package mx.infoqro.gobiernoabierto.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import mx.infoqro.gobiernoabierto.DespachoError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Spring Boot's error handling with the portal's Spanish pages ({@code templates/error/}) in a web
 * slice ({@link RebanadaPortal}); the same through the real server: {@link ErroresServidorTest}.
 */
@RebanadaPortal
class PaginasErrorWebTest {

  @Autowired MockMvc mvc;

  @Test
  void anUnknownPathGetsTheSpanishNotFoundPageWithoutTechnicalDetails() throws Exception {
    MvcResult resultado = mvc.perform(get("/no-existe/en/el-portal").accept(MediaType.TEXT_HTML)).andReturn();

    assertThat(resultado.getResponse().getStatus()).isEqualTo(404);
    assertThat(resultado.getResponse().getHeader("Content-Security-Policy")).isEqualTo(EncabezadosSeguridad.CSP);
    MockHttpServletResponse pagina = DespachoError.pagina(mvc, resultado);
    assertThat(pagina.getStatus()).isEqualTo(404);
    assertThat(MediaType.parseMediaType(pagina.getContentType()).isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(pagina.getContentAsString())
        .contains("<html lang=\"es-MX\"")
        .contains("<h1>Página no encontrada</h1>")
        .contains("La página que busca no existe o todavía no se ha publicado.")
        .contains("Volver al inicio")
        .doesNotContain("Whitelabel", "Not Found", "No static resource", "Exception", "no-existe/en/el-portal", "??");
  }

  @Test
  void aPublicPostWithoutItsCsrfTokenGetsTheGenericSpanishPage() throws Exception {
    MvcResult resultado = mvc.perform(post("/privacidad").accept(MediaType.TEXT_HTML)).andReturn();

    assertThat(resultado.getResponse().getStatus()).isEqualTo(403);
    MockHttpServletResponse pagina = DespachoError.pagina(mvc, resultado);
    assertThat(pagina.getStatus()).isEqualTo(403);
    assertThat(pagina.getContentAsString())
        .contains("<html lang=\"es-MX\"")
        .contains("<h1>No pudimos atender su solicitud</h1>")
        .doesNotContain("No tiene permiso", "Forbidden", "Exception", "??");
  }
}
