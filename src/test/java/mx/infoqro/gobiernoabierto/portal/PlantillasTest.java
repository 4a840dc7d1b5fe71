package mx.infoqro.gobiernoabierto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.ejercicio.FaseEjercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa.EstadoMesa;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text of the portal comes from messages.properties (petclinic style): no template has a text
 * node or a visible attribute with letters outside {@code th:} attributes, and every message key a
 * template or a dynamic key uses exists.
 */
class PlantillasTest {

  private static final Path PLANTILLAS = Path.of("src/main/resources/templates");
  private static final Pattern TEXTO = Pattern.compile(">([^<>]*)<");
  private static final Pattern ATRIBUTO_VISIBLE =
      Pattern.compile("(?<![\\w:-])(alt|title|aria-label|placeholder|value)=\"([^\"]*)\"");
  private static final Pattern CLAVE = Pattern.compile("#\\{([A-Za-z0-9._-]+)");

  private static Properties mensajes;
  private static List<Path> plantillas;

  @BeforeAll
  static void leer() throws IOException {
    mensajes = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
      mensajes.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try (Stream<Path> rutas = Files.walk(PLANTILLAS)) {
      plantillas = rutas.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void noTemplateHasHardCodedText() throws IOException {
    List<String> problemas = new ArrayList<>();
    for (Path plantilla : plantillas) {
      String html = sinCodigo(Files.readString(plantilla));
      Matcher texto = TEXTO.matcher(html);
      while (texto.find()) {
        if (texto.group(1).codePoints().anyMatch(Character::isLetter)) {
          problemas.add(plantilla + ": text \"" + texto.group(1).strip() + "\"");
        }
      }
      Matcher atributo = ATRIBUTO_VISIBLE.matcher(html);
      while (atributo.find()) {
        if (atributo.group(2).codePoints().anyMatch(Character::isLetter)) {
          problemas.add(plantilla + ": attribute " + atributo.group());
        }
      }
    }
    assertThat(problemas).as("texts that belong in messages.properties").isEmpty();
  }

  @Test
  void everyMessageKeyUsedByATemplateExists() throws IOException {
    assertThat(plantillas).isNotEmpty();
    List<String> faltantes = new ArrayList<>();
    for (Path plantilla : plantillas) {
      Matcher clave = CLAVE.matcher(Files.readString(plantilla));
      while (clave.find()) {
        if (!mensajes.containsKey(clave.group(1))) {
          faltantes.add(plantilla + ": " + clave.group(1));
        }
      }
    }
    assertThat(faltantes).isEmpty();
  }

  @Test
  void everyKeyBuiltFromAValueExists() {
    List<String> claves = new ArrayList<>();
    for (FaseEjercicio f : FaseEjercicio.values()) claves.add("portal.fase." + f);
    for (EstadoMesa e : EstadoMesa.values()) claves.add("portal.mesa.estado." + e);
    for (EstadoSesion e : EstadoSesion.values()) claves.add("portal.mesa.sesion.estado." + e);
    for (DecisionRespuesta d : DecisionRespuesta.values()) claves.add("portal.mesa.decision." + d);
    for (String h :
        List.of("apertura-registro", "cierre-registro", "inicio-cocreacion", "fin-cocreacion", "limite-aprobacion", "inicio-plan", "fin-plan")) {
      claves.add("portal.calendario." + h);
    }
    assertThat(claves).allSatisfy(c -> assertThat(mensajes).containsKey(c));
  }

  @Test
  void everyPageDeclaresMexicanSpanish() throws IOException {
    for (Path plantilla : plantillas) {
      assertThat(Files.readString(plantilla)).as(plantilla.toString()).contains("lang=\"es-MX\"");
    }
  }

  /**
   * The layout's {@code <meta name="description">} is {@code portal.descripcion.<section>} of the
   * page's section (the layout's third parameter), {@code portal.descripcion} for the sections
   * without one (the error pages): every section has its own, each fits what search engines show.
   */
  @Test
  void everySectionOfTheLayoutHasItsOwnDescription() throws IOException {
    Pattern seccion = Pattern.compile("fragments/layout :: layout\\((?s:.*?), '([a-z-]+)'\\)\\}");
    java.util.Set<String> secciones = new java.util.TreeSet<>();
    for (Path plantilla : plantillas) {
      Matcher m = seccion.matcher(Files.readString(plantilla));
      while (m.find()) {
        secciones.add(m.group(1));
      }
    }
    secciones.remove("error");
    assertThat(secciones).contains("inicio", "compromisos", "registro");
    assertThat(secciones).allSatisfy(s -> assertThat(mensajes).containsKey("portal.descripcion." + s));
    assertThat(mensajes.stringPropertyNames().stream().filter(k -> k.startsWith("portal.descripcion.")))
        .as("descriptions of sections no template has")
        .allSatisfy(k -> assertThat(secciones).contains(k.substring("portal.descripcion.".length())));
    assertThat(mensajes.stringPropertyNames().stream().filter(k -> k.startsWith("portal.descripcion")).map(mensajes::getProperty))
        .allSatisfy(d -> assertThat(d.length()).as(d).isBetween(50, 160));
  }

  /** ARIA allows no role on a heading: a live region goes on an element around it. */
  @Test
  void noHeadingCarriesARole() throws IOException {
    Pattern encabezado = Pattern.compile("<h[1-6]\\b[^>]*\\brole=");
    for (Path plantilla : plantillas) {
      assertThat(encabezado.matcher(Files.readString(plantilla)).find()).as(plantilla.toString()).isFalse();
    }
  }

  /** The template without comments, styles and scripts, whose text is not for people to read. */
  private static String sinCodigo(String html) {
    return html.replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?s)<style.*?</style>", "<style></style>")
        .replaceAll("(?s)<script.*?</script>", "<script></script>")
        .replaceAll("(?i)<!DOCTYPE[^>]*>", "");
  }
}
