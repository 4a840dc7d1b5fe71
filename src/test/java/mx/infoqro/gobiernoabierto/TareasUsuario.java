package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The user tasks of every process, as their tables say ({@code TAREAS_USUARIO} of each {@code
 * <Name>Bpmn} constants class, found on the classpath) and as the models in {@code processes/}
 * say; and the one check of a test registry keyed by form or task against them, so every
 * registry fails the same way, naming the task and the place to add it.
 */
public final class TareasUsuario {

  /** Where the failure messages send the reader. */
  public static final String LISTA = "see the README, 'Adding a user task'";

  /** The name of the table's field in each constants class. */
  static final String CAMPO = "TAREAS_USUARIO";

  private static final Path PROCESOS = Path.of(System.getProperty("modelos.dir", ".")).resolve("processes");
  private static final String RAIZ = TareasUsuario.class.getPackageName();

  /** A user task as a model declares it. */
  public record TareaModelo(String archivo, String proceso, String id, String formulario, String grupos) {}

  private static List<Class<?>> clases;

  private TareasUsuario() {}

  /** Every row of every process' table, in the order of the constants classes' names. */
  public static List<TareaUsuario> todas() {
    List<TareaUsuario> todas = new ArrayList<>();
    for (Class<?> clase : clasesBpmn()) {
      todas.addAll(tabla(clase));
    }
    return todas;
  }

  /** The row of the table whose form is {@code formulario}. */
  public static TareaUsuario deFormulario(String formulario) {
    return todas().stream().filter(t -> t.formulario().equals(formulario)).findFirst()
        .orElseThrow(() -> new AssertionError("No TAREAS_USUARIO row has the form " + formulario + "; " + LISTA));
  }

  /** The constants classes ({@code mx.infoqro.gobiernoabierto.<feature>.<Name>Bpmn}) of the main code. */
  static synchronized List<Class<?>> clasesBpmn() {
    if (clases == null) {
      ClassPathScanningCandidateComponentProvider escaner = new ClassPathScanningCandidateComponentProvider(false);
      escaner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(Pattern.quote(RAIZ) + "\\.[a-z]+\\.[A-Za-z]+Bpmn")));
      List<Class<?>> encontradas = new ArrayList<>();
      for (BeanDefinition b : escaner.findCandidateComponents(RAIZ)) {
        encontradas.add(ClassUtils.resolveClassName(b.getBeanClassName(), TareasUsuario.class.getClassLoader()));
      }
      encontradas.sort(java.util.Comparator.comparing(Class::getName));
      clases = List.copyOf(encontradas);
    }
    return clases;
  }

  /** The class's table, empty when it declares none. */
  @SuppressWarnings("unchecked")
  static List<TareaUsuario> tabla(Class<?> clase) {
    try {
      Field campo = clase.getField(CAMPO);
      if (!Modifier.isStatic(campo.getModifiers())) {
        throw new AssertionError(clase.getSimpleName() + "." + CAMPO + " must be static");
      }
      return (List<TareaUsuario>) campo.get(null);
    } catch (NoSuchFieldException e) {
      return List.of();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The process key ({@code KEY}) of a constants class, or null. */
  static String clave(Class<?> clase) {
    try {
      return (String) clase.getField("KEY").get(null);
    } catch (NoSuchFieldException e) {
      return null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The source file of a main class, as the messages name it. */
  static String fuente(Class<?> clase) {
    return "src/main/java/" + clase.getName().replace('.', '/') + ".java";
  }

  /** Every user task of the models in {@code processes/}. */
  public static List<TareaModelo> delModelo() {
    List<TareaModelo> tareas = new ArrayList<>();
    try (Stream<Path> archivos = Files.list(PROCESOS)) {
      for (Path archivo : archivos.filter(a -> a.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance modelo = Bpmn.readModelFromFile(archivo.toFile());
        for (UserTask t : modelo.getModelElementsByType(UserTask.class)) {
          tareas.add(new TareaModelo(
              "processes/" + archivo.getFileName(), proceso(t), t.getId(), t.getCamundaFormRef(), t.getCamundaCandidateGroups()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tareas;
  }

  private static String proceso(ModelElementInstance elemento) {
    for (ModelElementInstance e = elemento; e != null; e = e.getParentElement()) {
      if (e instanceof Process p) {
        return p.getId();
      }
    }
    return "?";
  }

  /**
   * Fails unless {@code registro} (named as the reader finds it, e.g. {@code Recorrido.RESPUESTAS})
   * has an entry for the form of every user task of the tables, and none for a form no task has.
   */
  public static void cadaFormularioEn(String registro, Collection<String> formularios) {
    List<String> problemas = new ArrayList<>();
    Set<String> conocidos = new TreeSet<>();
    for (TareaUsuario t : todas()) {
      conocidos.add(t.formulario());
      if (!formularios.contains(t.formulario())) {
        problemas.add(t.id() + " (process " + t.proceso() + "): add the entry of its form " + t.formulario() + " to " + registro);
      }
    }
    for (String formulario : new TreeSet<>(formularios)) {
      if (!conocidos.contains(formulario)) {
        problemas.add(registro + " has an entry for the form " + formulario
            + ", which no user task of the TAREAS_USUARIO tables shows: remove it, or add its task to its process' table");
      }
    }
    fallarSi(problemas);
  }

  /** Like {@link #cadaFormularioEn}, for a registry keyed by task id that lists only some tasks (none missing is checked). */
  public static void soloTareasConocidas(String registro, Collection<String> tareas) {
    Set<String> conocidas = new TreeSet<>();
    todas().forEach(t -> conocidas.add(t.id()));
    List<String> problemas = new ArrayList<>();
    for (String tarea : new TreeSet<>(tareas)) {
      if (!conocidas.contains(tarea)) {
        problemas.add(registro + " has an entry for " + tarea
            + ", which is in no TAREAS_USUARIO table: remove it, or add the task to its process' table");
      }
    }
    fallarSi(problemas);
  }

  static void fallarSi(List<String> problemas) {
    if (!problemas.isEmpty()) {
      fail(String.join("\n", problemas) + "\n(" + LISTA + ")");
    }
  }

  /** The tables' rows by task id (for the checks against the models). */
  static Map<String, TareaUsuario> porId() {
    Map<String, TareaUsuario> porId = new LinkedHashMap<>();
    todas().forEach(t -> porId.put(t.proceso() + "/" + t.id(), t));
    return porId;
  }
}
