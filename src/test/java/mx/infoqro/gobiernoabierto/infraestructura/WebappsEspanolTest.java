package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What each webapp's generated config.js and served es.json say, for a given commission. */
class WebappsEspanolTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappsEspanol webapps;

  @BeforeEach
  void comision() {
    Organismo organismo = new Organismo();
    organismo.setNombre("Comisión <Estatal> de Transparencia & Datos");
    organismo.setSiglas("CET");
    ResourceBundleMessageSource mensajes = new ResourceBundleMessageSource();
    mensajes.setBasename("messages");
    mensajes.setDefaultEncoding("UTF-8");
    mensajes.setFallbackToSystemLocale(false);
    webapps = new WebappsEspanol(organismo, mensajes);
  }

  @Test
  void everyWebappSpeaksOnlySpanishWhateverTheBrowserSays() throws Exception {
    for (String app : WebappsEspanol.APLICACIONES) {
      JsonNode config = configJs(app);

      assertThat(config.at("/locales/availableLocales")).as(app).containsExactly(JSON.getNodeFactory().textNode("es"));
      assertThat(config.at("/locales/fallbackLocale").asText()).as(app).isEqualTo("es");
      assertThat(config.at("/customScripts").get(0).asText()).as(app).isEqualTo(WebappsEspanol.SCRIPT);
      assertThat(config.at("/disableWelcomeMessage").asBoolean()).as(app).isTrue();
    }
  }

  @Test
  void titlesAndBrandFollowTheCommission() throws Exception {
    assertThat(configJs("tasklist").at("/app/vendor").asText()).isEqualTo("CET ·");
    assertThat(configJs("tasklist").at("/app/name").asText()).isEqualTo("Tareas");
    assertThat(configJs("cockpit").at("/app/name").asText()).isEqualTo("Monitoreo");
    assertThat(configJs("admin").at("/app/name").asText()).isEqualTo("Administración");
    assertThat(configJs("welcome").at("/app/name").asText()).isEqualTo("Inicio");
  }

  @Test
  void tasklistShortcutsKeepTheirKeysAndAreDescribedInSpanish() throws Exception {
    JsonNode atajos = configJs("tasklist").at("/shortcuts");

    assertThat(atajos.fieldNames()).toIterable()
        .containsExactly("claimTask", "focusFilter", "focusList", "focusForm", "startProcess");
    assertThat(atajos.at("/claimTask/key").asText()).isEqualTo("ctrl+alt+c");
    assertThat(atajos.at("/claimTask/description").asText()).isEqualTo("toma la tarea elegida");
    atajos.forEach(a -> assertThat(a.path("description").asText()).isNotBlank().doesNotContain("the "));
  }

  @Test
  void theWelcomePageLinksToThePortalAndTheStaffPages() throws Exception {
    JsonNode enlaces = configJs("welcome").at("/links");

    assertThat(enlaces.findValuesAsText("href")).containsExactly("/", "/gestion");
    assertThat(enlaces.findValuesAsText("label")).containsExactly("Portal de Gobierno Abierto", "Gestión");
    assertThat(configJs("tasklist").has("links")).isFalse();
  }

  @Test
  void theBannerBecomesTheCommissionsHeaderLineWithItsNameEscaped() throws Exception {
    for (String app : WebappsEspanol.APLICACIONES) {
      JsonNode traduccion = JSON.readTree(webapps.traduccion(app));

      assertThat(traduccion.at("/labels/" + WebappsEspanol.CLAVE_BANNER).asText())
          .as(app)
          .isEqualTo("Comisión &lt;Estatal&gt; de Transparencia &amp; Datos · Ejercicio de Gobierno Abierto");
    }
    assertThat(JSON.readTree(webapps.traduccion("tasklist")).at("/labels/CLAIM_TASK").asText()).isEqualTo("Tomar");
  }

  private JsonNode configJs(String app) throws Exception {
    String js = webapps.configuracion(app);
    assertThat(js).startsWith("export default ").endsWith(";\n");
    return JSON.readTree(js.substring("export default ".length(), js.length() - 2));
  }
}
