package mx.infoqro.gobiernoabierto.comun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Camunda Form as deployed ({@code forms/<id>.form} on the classpath): for each field key, the
 * label people read and the rules form-js enforces in the browser (required, maximum length), so
 * that the server enforces the same ones with the same words. Groups are flattened; a dynamic
 * list's fields are its {@link Campo#hijos()}. A field the form may hide ({@code conditional},
 * its own or its group's) is {@link Campo#condicional()}: form-js does not check a hidden field.
 */
public final class DefinicionFormulario {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, DefinicionFormulario> CACHE = new ConcurrentHashMap<>();

  /** One field of the form. */
  public record Campo(
      String clave,
      String etiqueta,
      String tipo,
      boolean requerido,
      Integer longitudMaxima,
      boolean soloLectura,
      boolean condicional,
      Map<String, Campo> hijos) {}

  private final String id;
  private final Map<String, Campo> campos;

  private DefinicionFormulario(String id, Map<String, Campo> campos) {
    this.id = id;
    this.campos = campos;
  }

  /** The form {@code id}, read once from the classpath. */
  public static DefinicionFormulario de(String id) {
    return CACHE.computeIfAbsent(id, DefinicionFormulario::leer);
  }

  public String id() {
    return id;
  }

  /** Top-level fields by key (groups flattened), in the form's order. */
  public Map<String, Campo> campos() {
    return campos;
  }

  private static DefinicionFormulario leer(String id) {
    String recurso = "forms/" + id + ".form";
    try (InputStream in = DefinicionFormulario.class.getClassLoader().getResourceAsStream(recurso)) {
      if (in == null) {
        throw new IllegalArgumentException("No form " + recurso + " on the classpath");
      }
      return new DefinicionFormulario(id, campos(JSON.readTree(in).path("components"), false));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + recurso, e);
    }
  }

  private static Map<String, Campo> campos(JsonNode componentes, boolean enGrupoCondicional) {
    Map<String, Campo> campos = new LinkedHashMap<>();
    for (JsonNode c : componentes) {
      String tipo = c.path("type").asText();
      String clave = c.hasNonNull("key") ? c.get("key").asText() : c.path("path").asText(null);
      boolean lista = "dynamiclist".equals(tipo);
      boolean condicional = enGrupoCondicional || c.hasNonNull("conditional");
      if (clave == null || clave.isEmpty() || (!lista && c.has("components"))) {
        // a group (or a text block): its fields belong to the form's top level
        campos.putAll(campos(c.path("components"), condicional));
        continue;
      }
      JsonNode validar = c.path("validate");
      campos.put(
          clave,
          new Campo(
              clave,
              c.path("label").asText(clave),
              tipo,
              validar.path("required").asBoolean(false),
              validar.hasNonNull("maxLength") ? validar.get("maxLength").asInt() : null,
              c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
              condicional,
              lista ? campos(c.path("components"), condicional) : Collections.emptyMap()));
    }
    return Collections.unmodifiableMap(campos);
  }
}
