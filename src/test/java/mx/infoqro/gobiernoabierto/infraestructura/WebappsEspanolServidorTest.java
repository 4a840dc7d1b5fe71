package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mx.infoqro.gobiernoabierto.PruebaServidor;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * What the running application serves to the browser at the URLs the Camunda webapps load: our
 * config.js and es.json (not Camunda's), our custom script, styles, logo and favicon.
 */
class WebappsEspanolServidorTest extends PruebaServidor {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Organismo organismo;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static java.util.List<String> aplicaciones() {
    return WebappsEspanol.APLICACIONES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void theSpanishLocaleIsServedWithTheCommissionsHeaderLine(String app) throws Exception {
    HttpResponse<String> respuesta = get("/camunda/app/" + app + "/locales/es.json");

    assertThat(respuesta.statusCode()).isEqualTo(200);
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
    JsonNode locale = JSON.readTree(respuesta.body());
    assertThat(locale.at("/labels/" + WebappsEspanol.CLAVE_BANNER).asText())
        .isEqualTo(HtmlUtils.htmlEscape(organismo.getNombre(), "UTF-8") + " · Ejercicio de Gobierno Abierto");
    assertThat(locale.at("/labels/CAM_WIDGET_HEADER_SIGN_OUT").asText()).isEqualTo("Cerrar sesión");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void configJsIsOursAnESModuleThatMakesSpanishTheOnlyLocale(String app) throws Exception {
    HttpResponse<String> respuesta = get("/camunda/app/" + app + "/scripts/config.js?bust=1");

    assertThat(respuesta.statusCode()).isEqualTo(200);
    // Browsers load config.js with import(): a module needs a JavaScript MIME type
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/javascript"));
    assertThat(respuesta.body()).startsWith("export default {").contains("\"availableLocales\":[\"es\"]").contains("\"fallbackLocale\":\"es\"");
    assertThat(respuesta.body()).contains("\"vendor\":\"" + organismo.getSiglas() + " ·\"");
  }

  @Test
  void tasklistsScriptIsServedWithTheFixOfItsFormValidity() throws Exception {
    HttpResponse<String> respuesta = get("/camunda/app/tasklist/camunda-tasklist-bootstrap.js?bust=7.24.0");

    assertThat(respuesta.statusCode()).isEqualTo(200);
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
    assertThat(respuesta.body()).contains(ParcheTasklist.CORREGIDO).doesNotContain(ParcheTasklist.ORIGINAL)
        // the rest of Camunda's script, whole
        .contains("camTasklistForm").hasSizeGreaterThan(100_000);
  }

  @Test
  void theFixRefusesAScriptWhereItsExpressionIsMissingOrRepeated() {
    assertThatThrownBy(() -> ParcheTasklist.aplicar("var x=1;")).hasMessageContaining("ParcheTasklist");
    assertThatThrownBy(() -> ParcheTasklist.aplicar(ParcheTasklist.ORIGINAL + ParcheTasklist.ORIGINAL))
        .hasMessageContaining("ParcheTasklist");
  }

  @Test
  void theCustomScriptIsServedWhereConfigJsPointsAsJavaScript() throws Exception {
    // Camunda imports <appRoot>/app/<name>/ + script + ".js"
    String ruta = URI.create("/camunda/app/tasklist/" + WebappsEspanol.SCRIPT + ".js").normalize().getPath();
    HttpResponse<String> respuesta = get(ruta + "?bust=7.24.0");

    assertThat(ruta).isEqualTo("/camunda/assets/gobierno-abierto/webapps.js");
    assertThat(respuesta.statusCode()).isEqualTo(200);
    assertThat(respuesta.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
    assertThat(respuesta.body()).contains("Este campo es obligatorio.").contains("flatpickr.localize");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void eachAppsUserStylesImportTheCommissionsStylesheet(String app) throws Exception {
    HttpResponse<String> estilos = get("/camunda/app/" + app + "/styles/user-styles.css");

    assertThat(estilos.statusCode()).isEqualTo(200);
    assertThat(estilos.body()).contains("@import url(\"../../../assets/gobierno-abierto/webapps.css\")");
    assertThat(get("/camunda/assets/gobierno-abierto/webapps.css").body()).contains(".ce-eol-banner").contains("gobierno-abierto.svg");
    assertThat(get("/camunda/assets/gobierno-abierto/gobierno-abierto.svg").statusCode()).isEqualTo(200);
  }

  @Test
  void theFaviconIsTheProjectsNotCamundas() throws Exception {
    HttpResponse<byte[]> favicon =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/camunda/favicon.ico"))).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

    byte[] propio;
    try (InputStream in = new ClassPathResource("META-INF/resources/webjars/camunda/favicon.ico").getInputStream()) {
      propio = in.readAllBytes();
    }
    assertThat(new ClassPathResource("META-INF/resources/webjars/camunda/favicon.ico").getURL().getProtocol()).isEqualTo("file");
    assertThat(favicon.statusCode()).isEqualTo(200);
    assertThat(favicon.body()).isEqualTo(propio);
  }

  private HttpResponse<String> get(String ruta) throws Exception {
    HttpRequest peticion = HttpRequest.newBuilder(URI.create(url(ruta))).timeout(Duration.ofSeconds(30)).GET().build();
    return http.send(peticion, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
