package mx.infoqro.gobiernoabierto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A task's form submitted as Tasklist submits it, from the Camunda Form the task itself resolves
 * ({@code FormService.getDeployedTaskForm}: the form of its definition's deployment, so after a
 * migration the new version's form): every field of that form with the value the task shows, the
 * given values laid over them (a dynamic list's given rows over its shown rows, row by row), texts
 * as Strings, lists as Json; fields shown empty and not given are left out, as form-js leaves out
 * fields a condition hides.
 */
public final class ComoTasklist {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService formService;
  private final TaskService taskService;

  public ComoTasklist(FormService formService, TaskService taskService) {
    this.formService = formService;
    this.taskService = taskService;
  }

  /** A field of a form: its key, type and, for a dynamic list, its fields. */
  public record Campo(String clave, String tipo, List<Campo> hijos) {
    boolean texto() {
      return tipo.equals("textfield") || tipo.equals("textarea");
    }
  }

  /** The id of the Camunda Form the task resolves, and its fields. */
  public record Formulario(String id, List<Campo> campos) {}

  /** The form the task resolves now. */
  public Formulario formulario(String tareaId) {
    try (InputStream in = formService.getDeployedTaskForm(tareaId)) {
      JsonNode raiz = JSON.readTree(in);
      return new Formulario(raiz.path("id").asText(), campos(raiz.path("components")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What Tasklist submits for the task with {@code valores} typed into its form. */
  public Map<String, Object> envio(String tareaId, Map<String, ?> valores) {
    VariableMap mostrado = taskService.getVariablesLocalTyped(tareaId);
    Map<String, Object> envio = new LinkedHashMap<>();
    for (Campo c : formulario(tareaId).campos()) {
      Object dado = valores.get(c.clave());
      TypedValue visto = mostrado.getValueTyped(c.clave());
      if (c.tipo().equals("dynamiclist")) {
        List<Map<String, Object>> filas = filas(visto);
        List<Map<String, Object>> dadas = filas(dado);
        for (int i = 0; i < dadas.size(); i++) {
          if (i < filas.size()) {
            filas.get(i).putAll(dadas.get(i));
          } else {
            filas.add(dadas.get(i));
          }
        }
        envio.put(c.clave(), Formularios.json(filas));
      } else if (dado != null) {
        envio.put(c.clave(), dado);
      } else if (visto != null && visto.getValue() != null) {
        envio.put(c.clave(), c.texto() ? texto(visto) : visto);
      }
    }
    return envio;
  }

  /** A list's rows as mutable maps, from rows given or a Json value as the form shows it. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> filas(Object valor) {
    Object lista = valor instanceof TypedValue tipado ? tipado.getValue() : valor;
    if (lista instanceof SpinJsonNode nodo) {
      try {
        lista = JSON.readValue(nodo.toString(), List.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Map<String, Object>> filas = new ArrayList<>();
    if (lista instanceof List<?> elementos) {
      elementos.forEach(f -> filas.add(new LinkedHashMap<>((Map<String, Object>) f)));
    }
    return filas;
  }

  /** The fields of a form's components; groups are flattened, dynamic lists keep their own fields. */
  public static List<Campo> campos(JsonNode componentes) {
    List<Campo> campos = new ArrayList<>();
    for (JsonNode c : componentes) {
      String tipo = c.path("type").asText();
      String clave = c.hasNonNull("key") ? c.get("key").asText() : c.path("path").asText(null);
      if (clave == null || clave.isEmpty() || (!tipo.equals("dynamiclist") && c.has("components"))) {
        campos.addAll(campos(c.path("components")));
        continue;
      }
      campos.add(new Campo(clave, tipo, tipo.equals("dynamiclist") ? campos(c.path("components")) : List.of()));
    }
    return campos;
  }

  private static String texto(TypedValue valor) {
    return valor.getValue() instanceof SpinJsonNode nodo && nodo.isString() ? nodo.stringValue() : valor.getValue().toString();
  }
}
