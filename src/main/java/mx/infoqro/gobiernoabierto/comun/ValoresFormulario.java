package mx.infoqro.gobiernoabierto.comun;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The values of a Camunda Form's fields, one at a time: read from the task being completed (its
 * task-local variables, or the execution), and converted (trimmed texts, ids, numbers, dates,
 * lists, rows). {@link Formularios} reads a whole form into its record with them; {@link
 * ListenerFormulario} is the listener base class that features extend.
 *
 * <p>Data-entry forms follow one pattern: a task listener on {@code create} writes the current
 * values as task-local variables (so the form opens prefilled and the submitted values land in the
 * task's own scope, never in the process); on {@code complete} the listener reads them with these
 * methods and hands them to a feature service, which validates and stores them. Only decisions the
 * model branches on reach the process scope.
 *
 * <p>Both ways of completing a task work: Tasklist's {@code submit-form} writes the values into the
 * task's local variables, while {@code TaskService.complete(id, variables)} (REST {@code /complete})
 * writes them into the execution; {@link #valor} takes a field from the execution when it arrived
 * there and removes it, so form data never stays in the process.
 */
public final class ValoresFormulario {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private ValoresFormulario() {}

  /**
   * The submitted value of a field. A field the form prefilled as a task-local variable may have
   * been submitted into the execution (TaskService.complete): then that value wins and is removed
   * from the execution.
   */
  public static Object valor(DelegateTask tarea, String campo) {
    var ejecucion = tarea.getExecution();
    if (ejecucion != null && tarea.hasVariableLocal(campo) && ejecucion.hasVariable(campo)) {
      Object valor = ejecucion.getVariable(campo);
      ejecucion.removeVariable(campo);
      return valor;
    }
    return tarea.getVariable(campo);
  }

  /** A trimmed text field, or null when empty. */
  public static String texto(DelegateTask tarea, String campo) {
    return texto(valor(tarea, campo));
  }

  /** A required text field. */
  public static String textoRequerido(DelegateTask tarea, String campo, String etiqueta) {
    String texto = texto(tarea, campo);
    if (texto == null) {
      throw ValidacionException.de("formulario.requerido", etiqueta);
    }
    return texto;
  }

  /** A date field (form-js submits ISO dates such as {@code 2026-03-15}), or null. */
  public static LocalDate fecha(DelegateTask tarea, String campo, String etiqueta) {
    return fecha(texto(tarea, campo), etiqueta);
  }

  /** Parses an ISO date (a date-time is cut to its date), or null. */
  public static LocalDate fecha(String valor, String etiqueta) {
    if (valor == null || valor.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(valor.length() > 10 ? valor.substring(0, 10) : valor);
    } catch (DateTimeParseException e) {
      throw ValidacionException.de("formulario.fecha", etiqueta, valor);
    }
  }

  /** Parses an ISO date-time with offset ({@code 2026-03-15T10:00:00-06:00}), or null. */
  public static OffsetDateTime fechaHora(String valor, String etiqueta) {
    if (valor == null || valor.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(valor);
    } catch (DateTimeParseException e) {
      throw ValidacionException.de("formulario.fecha-hora-iso", etiqueta, valor);
    }
  }

  /** A boolean field (checkbox or yes/no radio); null when not answered. */
  public static Boolean siNo(DelegateTask tarea, String campo) {
    Object valor = valor(tarea, campo);
    if (valor == null) {
      return null;
    }
    return valor instanceof Boolean b ? b : Boolean.valueOf(valor.toString());
  }

  /** A multi-select field (checklist, taglist) as a list of strings; empty when not answered. */
  public static List<String> lista(DelegateTask tarea, String campo) {
    Object valor = valor(tarea, campo);
    if (valor == null) {
      return List.of();
    }
    return JSON.convertValue(aArbol(valor), new TypeReference<List<String>>() {});
  }

  /** A dynamic list or table of the form: one map per row; empty when not answered. */
  public static List<Map<String, Object>> filas(DelegateTask tarea, String campo) {
    Object valor = valor(tarea, campo);
    if (valor == null) {
      return List.of();
    }
    return JSON.convertValue(aArbol(valor), new TypeReference<List<Map<String, Object>>>() {});
  }

  /** A value for a task-local variable holding a list or object, as form-js expects it (Json). */
  public static TypedValue json(Object valor) {
    return Formularios.json(valor);
  }


  private static Object aArbol(Object valor) {
    try {
      // Spin's JsonNode, a Java collection, or a JSON string
      String texto = valor instanceof String s ? s : valor.toString();
      if (valor instanceof java.util.Collection<?> || valor instanceof Map<?, ?>) {
        return valor;
      }
      return JSON.readTree(texto);
    } catch (Exception e) {
      throw ValidacionException.de("formulario.ilegible");
    }
  }

  // --- Values of form fields and dynamic-list rows ----------------------------------------------

  /** A value as trimmed text, or null when empty. */
  public static String texto(Object valor) {
    if (valor == null) {
      return null;
    }
    String texto = valor.toString().trim();
    return texto.isEmpty() ? null : texto;
  }

  /** An id (select values arrive as strings, numbers as numbers), or null when empty. */
  public static Long id(Object valor, String etiqueta) {
    if (valor instanceof Number n) {
      return n.longValue();
    }
    String texto = texto(valor);
    if (texto == null) {
      return null;
    }
    try {
      return Long.valueOf(texto);
    } catch (NumberFormatException e) {
      throw ValidacionException.de("formulario.no-valido", etiqueta, texto);
    }
  }

  /** A whole number (form-js number fields submit numbers), or null when empty. */
  public static Integer entero(Object valor, String etiqueta) {
    if (valor instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw ValidacionException.de("formulario.entero", etiqueta);
      }
      return n.intValue();
    }
    String texto = texto(valor);
    if (texto == null) {
      return null;
    }
    try {
      return Integer.valueOf(texto);
    } catch (NumberFormatException e) {
      throw ValidacionException.de("formulario.entero", etiqueta);
    }
  }

  /** A multi-select value (a list), or a comma-separated text. */
  public static List<String> textos(Object valor) {
    List<String> textos = new ArrayList<>();
    if (valor instanceof Collection<?> lista) {
      lista.forEach(v -> {
        String t = texto(v);
        if (t != null) {
          textos.add(t);
        }
      });
    } else if (texto(valor) != null) {
      for (String parte : texto(valor).split("[,;\\s]+")) {
        if (!parte.isBlank()) {
          textos.add(parte.trim());
        }
      }
    }
    return textos;
  }

  /** Whether every value of a row is empty (nested lists included). */
  public static boolean vacia(Map<String, Object> fila) {
    for (Object valor : fila.values()) {
      if (valor instanceof Collection<?> lista) {
        for (Object elemento : lista) {
          if (elemento instanceof Map<?, ?> mapa) {
            @SuppressWarnings("unchecked")
            Map<String, Object> sub = (Map<String, Object>) mapa;
            if (!vacia(sub)) {
              return false;
            }
          } else if (texto(elemento) != null) {
            return false;
          }
        }
      } else if (texto(valor) != null) {
        return false;
      }
    }
    return true;
  }

  public static Map<String, Object> opcion(String etiqueta, String valor) {
    Map<String, Object> opcion = new LinkedHashMap<>();
    opcion.put("label", etiqueta);
    opcion.put("value", valor);
    return opcion;
  }

  public static String recortar(String texto, int maximo) {
    if (texto == null) {
      return "";
    }
    return texto.length() <= maximo ? texto : texto.substring(0, maximo - 1) + "…";
  }
}
