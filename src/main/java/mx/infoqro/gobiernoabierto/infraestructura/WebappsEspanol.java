package mx.infoqro.gobiernoabierto.infraestructura;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin, Welcome) in Spanish with the commission's identity,
 * through the two customisations Camunda documents, without touching Camunda's jars:
 *
 * <ul>
 *   <li>{@code app/<name>/scripts/config.js}: Spanish is the only available locale and the fallback
 *       (so the browser's language does not matter), the app's name and the commission's acronym
 *       as brand and title, the custom script {@code assets/gobierno-abierto/webapps.js} (what the locale files cannot
 *       translate), the Tasklist
 *       shortcuts and the Welcome links. Generated here because the acronym is configuration.
 *   <li>{@code app/<name>/locales/es.json}: the project's translation (a file next to this
 *       application's other overrides, {@value #TRADUCCIONES}) with the end-of-life banner's text
 *       ({@value #CLAVE_BANNER}) replaced by the commission's header line.
 * </ul>
 *
 * <p>Controller mappings win over the static resource handler that serves the rest of the webjar.
 */
@RestController
class WebappsEspanol {

  /** Where the project's translations live: served at {@code /camunda/app/<name>/locales/es.json}. */
  static final String TRADUCCIONES = "META-INF/resources/webjars/camunda/app/{app}/locales/es.json";

  /** The locale key of the banner every webapp page shows (CE end-of-life notice in 7.24). */
  static final String CLAVE_BANNER = "BANNER_CE_EOL_TEXT";

  /** The webapps, in the order of the Welcome page. */
  static final List<String> APLICACIONES = List.of("tasklist", "cockpit", "admin", "welcome");

  /** Our custom script, relative to {@code /camunda/app/<name>/} as Camunda resolves it. */
  static final String SCRIPT = "../../assets/gobierno-abierto/webapps";

  /** Tasklist's keyboard shortcuts (keys as Tasklist ships them), described in Spanish. */
  private static final Map<String, String> ATAJOS =
      mapa(
          "claimTask", "ctrl+alt+c",
          "focusFilter", "ctrl+shift+f",
          "focusList", "ctrl+alt+l",
          "focusForm", "ctrl+alt+f",
          "startProcess", "ctrl+alt+p");

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Organismo organismo;
  private final MessageSource mensajes;
  private final Map<String, String> configuraciones = new ConcurrentHashMap<>();
  private final Map<String, String> traducciones = new ConcurrentHashMap<>();

  WebappsEspanol(Organismo organismo, MessageSource mensajes) {
    this.organismo = organismo;
    this.mensajes = mensajes;
  }

  @GetMapping(
      value = "${camunda.bpm.webapp.application-path:/camunda}/app/{app:tasklist|cockpit|admin|welcome}/scripts/config.js",
      produces = "text/javascript;charset=UTF-8")
  String configuracion(@PathVariable String app) {
    return configuraciones.computeIfAbsent(app, a -> "export default " + json(configuracionDe(a)) + ";\n");
  }

  @GetMapping(
      value = "${camunda.bpm.webapp.application-path:/camunda}/app/{app:tasklist|cockpit|admin|welcome}/locales/es.json",
      produces = MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8")
  String traduccion(@PathVariable String app) {
    return traducciones.computeIfAbsent(app, this::traduccionDe);
  }

  /** The configuration of one webapp, as its config.js exports it. */
  Map<String, Object> configuracionDe(String app) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("app", mapa("name", texto("webapps.nombre." + app), "vendor", texto("webapps.marca", organismo.getSiglas())));
    config.put("locales", Map.of("availableLocales", List.of("es"), "fallbackLocale", "es"));
    // The first-login notice links to Camunda's English welcome page; our Welcome app is in the menu
    config.put("disableWelcomeMessage", true);
    config.put("customScripts", List.of(SCRIPT));
    if (app.equals("tasklist")) {
      Map<String, Object> atajos = new LinkedHashMap<>();
      ATAJOS.forEach((atajo, teclas) -> atajos.put(atajo, mapa("key", teclas, "description", texto("webapps.atajo." + atajo))));
      config.put("shortcuts", atajos);
    }
    if (app.equals("welcome")) {
      config.put(
          "links",
          List.of(
              mapa("label", texto("webapps.enlace.portal"), "href", "/", "description", texto("webapps.enlace.portal.descripcion")),
              mapa("label", texto("webapps.enlace.gestion"), "href", "/gestion", "description", texto("webapps.enlace.gestion.descripcion"))));
    }
    return config;
  }

  /** The commission's header line shown where Camunda puts its end-of-life banner (HTML-escaped). */
  String encabezado() {
    return HtmlUtils.htmlEscape(texto("webapps.encabezado", organismo.getNombre()), "UTF-8");
  }

  private String traduccionDe(String app) {
    try (InputStream in = new ClassPathResource(TRADUCCIONES.replace("{app}", app)).getInputStream()) {
      ObjectNode traduccion = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) traduccion.get("labels")).put(CLAVE_BANNER, encabezado());
      return JSON.writeValueAsString(traduccion);
    } catch (IOException e) {
      throw new UncheckedIOException("The Spanish locale of the webapp " + app + " is missing from the classpath", e);
    }
  }

  private String texto(String clave, Object... argumentos) {
    return mensajes.getMessage(clave, argumentos, ES_MX);
  }

  private static String json(Object valor) {
    try {
      return JSON.writeValueAsString(valor);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An ordered map from alternating keys and values. */
  private static <V> Map<String, V> mapa(Object... clavesYValores) {
    Map<String, V> mapa = new LinkedHashMap<>();
    for (int i = 0; i < clavesYValores.length; i += 2) {
      @SuppressWarnings("unchecked")
      V valor = (V) clavesYValores[i + 1];
      mapa.put((String) clavesYValores[i], valor);
    }
    return mapa;
  }
}
