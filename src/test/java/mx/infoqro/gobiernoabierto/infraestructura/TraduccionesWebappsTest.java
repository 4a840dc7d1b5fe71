package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The project's Spanish locale of each Camunda webapp against the English one of the Camunda
 * version on the classpath (the webjar's {@code app/<name>/locales/en.json}). After a Camunda
 * upgrade this test lists every key to translate: the failure message is the to-do list.
 */
class TraduccionesWebappsTest {

  /** Values that stay as in English: names of products and formats, identifiers. */
  private static final Set<String> NOMBRES_PROPIOS = Set.of("Camunda", "Optimize", "CSV", "JSON", "ID", "ID*");

  /** Spanish words spelled as the English ones ("s" is the plural suffix both languages append). */
  private static final Set<String> IGUALES_EN_ESPANOL =
      Set.of("Color", "Error", "General", "GLOBAL", "Total", "Variable", "Variables", "Variables:", "Variable / {{variableName}}", "s");

  /** Angular-translate parameters, the "{}" of a few Cockpit texts and moment's %d/%s. */
  private static final Pattern MARCADOR = Pattern.compile("\\{\\{[^}]*\\}\\}|\\{\\}|%[sd]");

  /** HTML of the locale files (literal words in angle brackets such as "<null>" are text, not tags). */
  private static final Pattern ETIQUETA_HTML = Pattern.compile("</?(a|b|br|code|em|i|kbd|li|p|small|span|strong|ul)\\b[^>]*>");
  private static final Pattern ENTIDAD_HTML = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");

  /** Parts of moment's date locale that are formats, not words. */
  private static final Set<String> FORMATOS_DE_FECHA = Set.of("longDateFormat", "week", "calendar.sameElse");

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> aplicaciones() {
    return WebappsEspanol.APLICACIONES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void theSpanishLocaleLivesInTheProjectNotInAJar(String app) throws IOException {
    ClassPathResource espanol = new ClassPathResource(WebappsEspanol.TRADUCCIONES.replace("{app}", app));

    assertThat(espanol.exists()).as("es.json of " + app).isTrue();
    assertThat(espanol.getURL().getProtocol()).as("where es.json of " + app + " comes from").isEqualTo("file");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void everyEnglishKeyHasASpanishValueThatIsNotTheEnglishOne(String app) throws IOException {
    Map<String, String> ingles = etiquetas(ingles(app));
    Map<String, String> espanol = etiquetas(espanol(app));
    List<String> problemas = new ArrayList<>();

    for (Map.Entry<String, String> e : ingles.entrySet()) {
      String clave = e.getKey();
      String valorIngles = e.getValue();
      String valor = espanol.get(clave);
      if (valor == null) {
        problemas.add("missing: " + clave + " (English: \"" + valorIngles + "\")");
      } else if (valor.equals(valorIngles) && necesitaTraduccion(valorIngles)) {
        problemas.add("still English: " + clave + " = \"" + valor + "\"");
      }
    }
    for (String clave : espanol.keySet()) {
      if (!ingles.containsKey(clave)) {
        problemas.add("no longer in Camunda's English file, remove it: " + clave);
      }
    }

    assertThat(problemas).as("app/%s/locales/es.json against en.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void placeholdersHtmlAndEntitiesAreKeptIntact(String app) throws IOException {
    Map<String, String> ingles = etiquetas(ingles(app));
    Map<String, String> espanol = etiquetas(espanol(app));
    List<String> problemas = new ArrayList<>();

    for (Map.Entry<String, String> e : ingles.entrySet()) {
      String valor = espanol.get(e.getKey());
      // The banner's text is replaced on purpose by the commission's header line (WebappsEspanol)
      if (valor == null || e.getKey().equals(WebappsEspanol.CLAVE_BANNER)) {
        continue;
      }
      comparar(problemas, e.getKey(), "placeholders", MARCADOR, e.getValue(), valor, true);
      comparar(problemas, e.getKey(), "HTML tags", ETIQUETA_HTML, e.getValue(), valor, false);
      comparar(problemas, e.getKey(), "HTML entities", ENTIDAD_HTML, e.getValue(), valor, true);
    }

    assertThat(problemas).as("app/%s/locales/es.json against en.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void datesAndRelativeTimesAreSpanishWithTheSameStructure(String app) throws IOException {
    JsonNode ingles = ingles(app).path("dateLocales");
    JsonNode espanol = espanol(app).path("dateLocales");
    List<String> problemas = new ArrayList<>();

    compararFechas(problemas, "", ingles, espanol);

    assertThat(problemas).as("dateLocales of app/%s/locales/es.json", app).isEmpty();
    if (!ingles.isMissingNode()) {
      assertThat(espanol.path("relativeTime").path("past").asText()).isEqualTo("hace %s");
      assertThat(espanol.path("months").get(0).asText()).isEqualTo("enero");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aplicaciones")
  void theBannerKeyNoLongerAsksToMigrate(String app) throws IOException {
    String banner = etiquetas(espanol(app)).get(WebappsEspanol.CLAVE_BANNER);

    assertThat(banner).isNotBlank().doesNotContainIgnoringCase("migra").doesNotContain("Camunda 8");
  }

  // --- internals ------------------------------------------------------------------------------

  private static boolean necesitaTraduccion(String valorIngles) {
    return valorIngles.codePoints().anyMatch(Character::isLetter)
        && !NOMBRES_PROPIOS.contains(valorIngles)
        && !IGUALES_EN_ESPANOL.contains(valorIngles);
  }

  /** The parts matched by {@code patron} must be the same in both texts; in any order if {@code sinOrden}. */
  private static void comparar(
      List<String> problemas, String clave, String que, Pattern patron, String ingles, String espanol, boolean sinOrden) {
    List<String> enIngles = partes(patron, ingles);
    List<String> enEspanol = partes(patron, espanol);
    if (sinOrden) {
      enIngles = enIngles.stream().sorted().toList();
      enEspanol = enEspanol.stream().sorted().toList();
    }
    if (!enIngles.equals(enEspanol)) {
      problemas.add(clave + ": " + que + " " + enIngles + " became " + enEspanol);
    }
  }

  private static List<String> partes(Pattern patron, String texto) {
    List<String> partes = new ArrayList<>();
    Matcher m = patron.matcher(texto);
    while (m.find()) {
      partes.add(m.group());
    }
    return partes;
  }

  private static void compararFechas(List<String> problemas, String ruta, JsonNode ingles, JsonNode espanol) {
    if (FORMATOS_DE_FECHA.contains(ruta)) {
      return;
    }
    if (ingles.isMissingNode()) {
      // Welcome ships no date locale
      if (!espanol.isMissingNode()) {
        problemas.add("dateLocales." + ruta + " is not in English");
      }
      return;
    }
    if (espanol.isMissingNode() || espanol.getNodeType() != ingles.getNodeType() || espanol.size() != ingles.size()) {
      problemas.add("dateLocales." + ruta + " differs in structure from English");
      return;
    }
    if (ingles.isObject()) {
      for (Iterator<String> campos = ingles.fieldNames(); campos.hasNext(); ) {
        String campo = campos.next();
        compararFechas(problemas, ruta.isEmpty() ? campo : ruta + "." + campo, ingles.get(campo), espanol.path(campo));
      }
    } else if (ingles.isArray()) {
      for (int i = 0; i < ingles.size(); i++) {
        compararFechas(problemas, ruta + "[" + i + "]", ingles.get(i), espanol.get(i));
      }
    } else if (ingles.isTextual() && ingles.asText().equals(espanol.asText())) {
      problemas.add("still English: dateLocales." + ruta + " = \"" + espanol.asText() + "\"");
    }
  }

  private static JsonNode ingles(String app) throws IOException {
    return leer("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
  }

  private static JsonNode espanol(String app) throws IOException {
    return leer(WebappsEspanol.TRADUCCIONES.replace("{app}", app));
  }

  private static JsonNode leer(String ruta) throws IOException {
    try (InputStream in = new ClassPathResource(ruta).getInputStream()) {
      return JSON.readTree(in);
    }
  }

  private static Map<String, String> etiquetas(JsonNode locale) {
    Map<String, String> etiquetas = new java.util.LinkedHashMap<>();
    locale.path("labels").fields().forEachRemaining(e -> etiquetas.put(e.getKey(), e.getValue().asText()));
    return etiquetas;
  }
}
