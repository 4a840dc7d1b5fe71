package mx.infoqro.gobiernoabierto.infraestructura;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One fix to Tasklist 7.24, served in place of its script without touching Camunda's jars: a Camunda
 * Form with a dynamic list kept "Completar" disabled for good once a field inside the list changed.
 *
 * <p>Tasklist decides that a form is invalid when form-js's error map has any key ({@code
 * Object.keys(errors).length}). form-js clears a field's errors by deleting the leaf of its path, and
 * for a field inside a dynamic list the path is {@code [field, index]}: the field's key stays with an
 * empty object, so the form counted as invalid with no error shown (seen with "Reportar el avance
 * del compromiso": the liaison could not send the report). The fix counts only actual messages.
 *
 * <p>The replaced expression must appear exactly once in the script: when an upgrade of Camunda
 * changes it, the application refuses to serve a half-patched Tasklist and {@code
 * WebappsEspanolServidorTest} fails, naming this class (then check whether the new version still needs it).
 */
@RestController
class ParcheTasklist {

  static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";

  /** Tasklist's test of a form's validity, as 7.24 ships it. */
  static final String ORIGINAL = "var t=!!Object.keys(e.errors).length;";

  /** Invalid only when some error message remains, at any depth of the map. */
  static final String CORREGIDO =
      "var t=(function f(v){return Array.isArray(v)?v.length>0"
          + ":v!==null&&typeof v===\"object\"?Object.values(v).some(f):!!v})(e.errors);";

  private volatile String corregido;

  @GetMapping(
      value = "${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/camunda-tasklist-bootstrap.js",
      produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> script() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(corregido());
  }

  String corregido() {
    String texto = corregido;
    if (texto == null) {
      texto = aplicar(leer());
      corregido = texto;
    }
    return texto;
  }

  static String aplicar(String original) {
    int primera = original.indexOf(ORIGINAL);
    if (primera < 0 || original.indexOf(ORIGINAL, primera + 1) >= 0) {
      throw new IllegalStateException(
          "Tasklist's script changed: the fix of ParcheTasklist no longer applies (check the new Camunda version)");
    }
    return original.replace(ORIGINAL, CORREGIDO);
  }

  private static String leer() {
    try (InputStream entrada = new ClassPathResource(SCRIPT).getInputStream()) {
      return new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
