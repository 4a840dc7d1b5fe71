package mx.infoqro.gobiernoabierto.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import mx.infoqro.gobiernoabierto.DespachoError;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's icon and the description of its pages, in a web slice ({@link RebanadaPortal}): the
 * icon answers anyone, without login, and is kept by browsers; every page of the layout links it
 * and describes itself.
 */
@RebanadaPortal
class IconoDescripcionWebTest {

  @Autowired MockMvc mvc;
  @Autowired Organismo organismo;

  @Test
  void faviconIcoIsARealIconThatAnyoneGetsAndBrowsersKeep() throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/favicon.ico")).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    byte[] icono = r.getContentAsByteArray();
    // an ICO file's header: reserved 0, type 1 (icon), then the number of images
    assertThat(icono).startsWith(0, 0, 1, 0);
    assertThat(icono[4]).as("16, 32 and 48 pixels").isEqualTo((byte) 3);
    try (InputStream in = new ClassPathResource("static/favicon.ico").getInputStream()) {
      assertThat(icono).isEqualTo(in.readAllBytes());
    }
    assertThat(r.getHeader("Cache-Control")).isEqualTo("max-age=" + RecursosPortal.CACHE.toSeconds() + ", public");
    assertThat(r.getHeader("Set-Cookie")).isNull();
  }

  @Test
  void theSvgIconIsServedAsSvgAndKeptToo() throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/favicon.svg")).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentType()).startsWith("image/svg+xml");
    assertThat(r.getContentAsString()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(r.getHeader("Cache-Control")).isEqualTo("max-age=" + RecursosPortal.CACHE.toSeconds() + ", public");
  }

  @Test
  void aPageLinksTheIconsAndHasTheDescriptionOfItsSection() throws Exception {
    String html = mvc.perform(get("/privacidad")).andReturn().getResponse().getContentAsString();

    assertThat(html)
        .contains("<meta name=\"description\" content=\"" + Mensajes.texto("portal.descripcion.privacidad") + "\">")
        .contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"16x16 32x32 48x48\">")
        .contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
  }

  @Test
  void aPageOfNoSectionHasThePortalsDescription() throws Exception {
    MockHttpServletResponse r = DespachoError.pagina(mvc, mvc.perform(get("/no-existe-esta-pagina")).andReturn());

    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getContentAsString())
        .contains("<meta name=\"description\" content=\"" + Mensajes.texto("portal.descripcion", organismo.getNombre()) + "\">")
        .doesNotContain("??");
  }
}
