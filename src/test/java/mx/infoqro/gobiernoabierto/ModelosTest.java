package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Checks every BPMN model in {@code processes/} and every Camunda Form in {@code forms/} against the
 * project's conventions (see ARCHITECTURE.md): delegate beans exist, user tasks have groups and a
 * form that exists, ids are meaningful and prefixed, processes keep history for a limited time, the
 * diagram is complete and form fields have Spanish labels. Each file is reported on its own.
 *
 * <p>Runs in the shared test context only to learn the Spring bean names. The models are read from
 * the working folder (the project root under Maven); {@code -Dmodelos.dir=...} points elsewhere.
 */
class ModelosTest extends PruebaIntegracion {

  private static final Path RAIZ = Path.of(System.getProperty("modelos.dir", "."));
  private static final Path PROCESOS = RAIZ.resolve("processes");
  private static final Path FORMULARIOS = RAIZ.resolve("forms");

  private static final String CAMUNDA_NS = BpmnModelConstants.CAMUNDA_NS;

  private static final Set<String> PREFIJOS =
      Set.of(
          "Task_", "Gateway_", "Flow_", "Event_", "Timer_", "SubProcess_", "CallActivity_", "Error_",
          "Message_", "Signal_", "Escalation_");

  /** Ids as modelers generate them: Activity_0abc123, Flow_1x2y3z4, Event_1abc, StartEvent_1, sid-... */
  private static final Pattern ID_GENERADO =
      Pattern.compile(
          "^[A-Za-z]+_[0-9][0-9a-z]*$"
              + "|^(Activity|Task|UserTask|ServiceTask|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow"
              + "|IntermediateThrowEvent|IntermediateCatchEvent|BoundaryEvent|SubProcess|CallActivity"
              + "|ExclusiveGateway|ParallelGateway|InclusiveGateway|EventBasedGateway)_[0-9a-z]{7}$"
              + "|_\\d+$"
              + "|^sid-"
              + "|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-");

  /** A version tag as {@code actualizacion/PlanesMigracion} reads it: a whole number, 1 or more. */
  private static final Pattern VERSION = Pattern.compile("^[1-9][0-9]*$");

  /** The class of a migration step: {@code <Process>MigracionV<version reached>}. */
  private static final Pattern CLASE_MIGRACION = Pattern.compile("^(.+)MigracionV[0-9]+$");

  private static final Pattern EXPRESION_BEAN = Pattern.compile("^\\$\\{([A-Za-z_$][A-Za-z0-9_$]*)}$");

  /** English words that show a label was not translated (a Spanish label never has them). */
  private static final Set<String> PALABRAS_INGLESAS =
      Set.of(
          "name", "comment", "comments", "description", "date", "approve", "approved", "reject",
          "rejected", "decision", "reason", "title", "notes", "status", "submit", "details", "the",
          "of", "and", "yes", "due", "start", "end", "type", "please", "enter", "select");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ApplicationContext contexto;

  @TestFactory
  Stream<DynamicNode> everyProcessModelFollowsTheConventions() throws IOException {
    Map<String, Path> formularios = formulariosPorId();
    return archivos(PROCESOS, ".bpmn").stream()
        .map(archivo -> dynamicContainer(archivo.getFileName().toString(), revisarProceso(archivo, formularios)));
  }

  @TestFactory
  Stream<DynamicNode> everyFormFollowsTheConventions() throws IOException {
    return archivos(FORMULARIOS, ".form").stream()
        .map(archivo -> dynamicContainer(archivo.getFileName().toString(), revisarFormulario(archivo)));
  }

  // --- BPMN ---------------------------------------------------------------------------------

  private Stream<DynamicNode> revisarProceso(Path archivo, Map<String, Path> formularios) {
    BpmnModelInstance modelo;
    try {
      modelo = Bpmn.readModelFromFile(archivo.toFile());
    } catch (RuntimeException e) {
      return Stream.of(prueba(archivo, "is a valid BPMN 2.0 file", () -> fail("cannot be read: " + causa(e))));
    }
    String nombre = archivo.getFileName().toString().replaceFirst("\\.bpmn$", "");
    return Stream.of(
        prueba(archivo, "is named after one of its executable processes", () -> nombreEsLaClave(modelo, nombre)),
        prueba(archivo, "every executable process has a history time to live", () -> tiempoDeHistoria(modelo)),
        prueba(archivo, "every executable process has a camunda:versionTag that is a whole number, 1 or more",
            () -> etiquetaDeVersion(modelo)),
        prueba(archivo, "the migration steps of every executable process go from version 0 to its versionTag, one after the other",
            () -> cadenaDeMigraciones(modelo)),
        prueba(archivo, "every delegate expression names an existing Spring bean", () -> delegados(modelo)),
        prueba(archivo, "no camunda:class and no scripts", () -> sinClasesNiScripts(modelo)),
        prueba(archivo, "every user task has candidate groups and a deployed form that exists",
            () -> tareasDeUsuario(modelo, formularios)),
        prueba(archivo, "named flow nodes and sequence flows have meaningful ids", () -> idsNoGenerados(modelo)),
        prueba(archivo, "every id has the prefix of its type", () -> prefijos(modelo)),
        prueba(archivo, "every flow node and sequence flow is drawn in the diagram", () -> diagramaCompleto(modelo)));
  }

  private static void nombreEsLaClave(BpmnModelInstance modelo, String nombre) {
    List<String> claves =
        modelo.getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable)
            .map(Process::getId)
            .toList();
    assertThat(claves).as("executable process keys (the file must be processes/<key>.bpmn)").contains(nombre);
  }

  private static void tiempoDeHistoria(BpmnModelInstance modelo) {
    List<String> sinTtl =
        modelo.getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable)
            .filter(p -> vacio(p.getCamundaHistoryTimeToLiveString()))
            .map(Process::getId)
            .toList();
    assertThat(sinTtl).as("executable processes without camunda:historyTimeToLive").isEmpty();
  }

  private static void etiquetaDeVersion(BpmnModelInstance modelo) {
    List<String> problemas = new ArrayList<>();
    for (Process p : ejecutables(modelo)) {
      String etiqueta = p.getCamundaVersionTag();
      if (vacio(etiqueta)) {
        problemas.add(p.getId() + ": no camunda:versionTag");
      } else if (!VERSION.matcher(etiqueta).matches()) {
        problemas.add(p.getId() + ": camunda:versionTag '" + etiqueta + "' is not a whole number, 1 or more");
      }
    }
    assertThat(problemas).as("model versions (raise camunda:versionTag by one with every change of the model)").isEmpty();
  }

  /**
   * The MigracionProceso beans of each process chain from version 0 (the models deployed before
   * version tags) to the model's versionTag: a step from every version on the way, one only, and
   * none beyond it.
   */
  private void cadenaDeMigraciones(BpmnModelInstance modelo) {
    List<String> problemas = new ArrayList<>();
    for (Process p : ejecutables(modelo)) {
      String clave = p.getId();
      String etiqueta = p.getCamundaVersionTag();
      if (etiqueta == null || !VERSION.matcher(etiqueta).matches()) {
        continue; // reported by the version tag's own check
      }
      int version = Integer.parseInt(etiqueta);
      List<MigracionProceso> pasos = migraciones().stream().filter(m -> m.proceso().equals(clave)).toList();
      TreeMap<Integer, List<MigracionProceso>> porVersion = new TreeMap<>();
      pasos.forEach(m -> porVersion.computeIfAbsent(m.desde(), k -> new ArrayList<>()).add(m));
      String nombre = nombreDeMigraciones(clave, pasos);
      Set<MigracionProceso> enCadena = new HashSet<>();
      for (int v = 0; v < version; ) {
        List<MigracionProceso> desde = porVersion.getOrDefault(v, List.of());
        if (desde.isEmpty()) {
          problemas.add(clave + ": no migration step from version " + v + " to " + (v + 1) + ": add " + nombre + "MigracionV" + (v + 1)
              + " (a MigracionProceso bean with proceso() = \"" + clave + "\" and desde() = " + v + ")");
          v++;
          continue;
        }
        if (desde.size() > 1) {
          problemas.add(clave + ": " + desde.size() + " migration steps from version " + v + ": " + clases(desde) + "; keep one");
        }
        MigracionProceso paso = desde.get(0);
        enCadena.addAll(desde);
        if (paso.hasta() <= v) {
          problemas.add(clave + ": " + clase(paso) + " goes from version " + v + " to " + paso.hasta());
          break;
        }
        if (paso.hasta() > version) {
          problemas.add(clave + ": " + clase(paso) + " reaches version " + paso.hasta() + ", beyond the model's camunda:versionTag " + version);
        }
        v = paso.hasta();
      }
      for (MigracionProceso paso : pasos) {
        if (!enCadena.contains(paso)) {
          problemas.add(clave + ": " + clase(paso) + " (from version " + paso.desde() + " to " + paso.hasta()
              + ") is not on the chain from version 0 to the model's " + version);
        }
      }
    }
    assertThat(problemas).as("migration steps of the running instances (actualizacion/MigracionProceso)").isEmpty();
  }

  @Test
  void everyMigrationStepNamesAProcessOfTheModelsAndDescribesItsChangeInSpanish() throws IOException {
    Set<String> claves = new HashSet<>();
    for (Path archivo : archivos(PROCESOS, ".bpmn")) {
      ejecutables(Bpmn.readModelFromFile(archivo.toFile())).forEach(p -> claves.add(p.getId()));
    }
    List<String> problemas = new ArrayList<>();
    assertThat(migraciones()).as("MigracionProceso beans").isNotEmpty();
    for (MigracionProceso paso : migraciones()) {
      if (!claves.contains(paso.proceso())) {
        problemas.add(clase(paso) + ": no executable process '" + paso.proceso() + "' in processes/");
      }
      try {
        if (vacio(paso.descripcion())) {
          problemas.add(clase(paso) + ": its description is empty");
        }
      } catch (MissingResourceException e) {
        problemas.add(clase(paso) + ": no message '" + e.getKey() + "' in messages.properties");
      }
    }
    assertThat(problemas).as("migration steps").isEmpty();
  }

  private List<MigracionProceso> migraciones() {
    return List.copyOf(contexto.getBeansOfType(MigracionProceso.class).values());
  }

  /** {@code <Process>} of the process's step classes: the one its steps already use, else its key in camel case. */
  private static String nombreDeMigraciones(String clave, List<MigracionProceso> pasos) {
    for (MigracionProceso paso : pasos) {
      Matcher m = CLASE_MIGRACION.matcher(clase(paso));
      if (m.matches()) {
        return m.group(1);
      }
    }
    StringBuilder nombre = new StringBuilder();
    for (String parte : clave.split("[^A-Za-z0-9]+")) {
      if (!parte.isEmpty()) {
        nombre.append(Character.toUpperCase(parte.charAt(0))).append(parte.substring(1));
      }
    }
    return nombre.toString();
  }

  private static String clase(MigracionProceso paso) {
    return ClassUtils.getUserClass(paso).getSimpleName();
  }

  private static String clases(List<MigracionProceso> pasos) {
    return pasos.stream().map(ModelosTest::clase).sorted().collect(Collectors.joining(", "));
  }

  private static List<Process> ejecutables(BpmnModelInstance modelo) {
    return modelo.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
  }

  private void delegados(BpmnModelInstance modelo) {
    List<String> problemas = new ArrayList<>();
    for (ServiceTask t : modelo.getModelElementsByType(ServiceTask.class)) {
      revisarDelegado(t.getId(), t.getCamundaDelegateExpression(), JavaDelegate.class, problemas);
    }
    for (SendTask t : modelo.getModelElementsByType(SendTask.class)) {
      revisarDelegado(t.getId(), t.getCamundaDelegateExpression(), JavaDelegate.class, problemas);
    }
    for (BusinessRuleTask t : modelo.getModelElementsByType(BusinessRuleTask.class)) {
      revisarDelegado(t.getId(), t.getCamundaDelegateExpression(), JavaDelegate.class, problemas);
    }
    for (MessageEventDefinition d : modelo.getModelElementsByType(MessageEventDefinition.class)) {
      revisarDelegado(dueno(d), d.getCamundaDelegateExpression(), JavaDelegate.class, problemas);
    }
    for (CamundaTaskListener l : modelo.getModelElementsByType(CamundaTaskListener.class)) {
      revisarDelegado(dueno(l) + " (task listener " + l.getCamundaEvent() + ")",
          l.getCamundaDelegateExpression(), TaskListener.class, problemas);
    }
    for (CamundaExecutionListener l : modelo.getModelElementsByType(CamundaExecutionListener.class)) {
      revisarDelegado(dueno(l) + " (execution listener " + l.getCamundaEvent() + ")",
          l.getCamundaDelegateExpression(), ExecutionListener.class, problemas);
    }
    assertThat(problemas).as("delegate expressions").isEmpty();
  }

  private void revisarDelegado(String donde, String expresion, Class<?> tipo, List<String> problemas) {
    if (expresion == null) {
      return;
    }
    Matcher m = EXPRESION_BEAN.matcher(expresion.trim());
    if (!m.matches()) {
      problemas.add(donde + ": '" + expresion + "' is not of the form ${beanName}");
      return;
    }
    String bean = m.group(1);
    if (!contexto.containsBean(bean)) {
      problemas.add(donde + ": no Spring bean named '" + bean + "'");
      return;
    }
    Class<?> clase = contexto.getType(bean);
    boolean adecuado =
        clase == null
            || tipo.isAssignableFrom(clase)
            || (tipo == JavaDelegate.class && ActivityBehavior.class.isAssignableFrom(clase));
    if (!adecuado) {
      problemas.add(donde + ": bean '" + bean + "' (" + clase.getName() + ") is not a " + tipo.getSimpleName());
    }
  }

  private static void sinClasesNiScripts(BpmnModelInstance modelo) {
    List<String> problemas = new ArrayList<>();
    for (ModelElementInstance e : modelo.getModelElementsByType(BaseElement.class)) {
      if (e.getAttributeValueNs(CAMUNDA_NS, "class") != null) {
        problemas.add(((BaseElement) e).getId() + " uses camunda:class");
      }
    }
    for (CamundaTaskListener l : modelo.getModelElementsByType(CamundaTaskListener.class)) {
      if (l.getCamundaClass() != null) {
        problemas.add(dueno(l) + ": task listener uses class");
      }
    }
    for (CamundaExecutionListener l : modelo.getModelElementsByType(CamundaExecutionListener.class)) {
      if (l.getCamundaClass() != null) {
        problemas.add(dueno(l) + ": execution listener uses class");
      }
    }
    modelo.getModelElementsByType(ScriptTask.class).forEach(t -> problemas.add(t.getId() + " is a script task"));
    modelo.getModelElementsByType(CamundaScript.class).forEach(s -> problemas.add(dueno(s) + " has a script"));
    assertThat(problemas).as("use delegate expressions instead").isEmpty();
  }

  private static void tareasDeUsuario(BpmnModelInstance modelo, Map<String, Path> formularios) {
    List<String> problemas = new ArrayList<>();
    for (UserTask t : modelo.getModelElementsByType(UserTask.class)) {
      String id = t.getId();
      boolean grupos = !vacio(t.getCamundaCandidateGroups());
      boolean expresion =
          Stream.of(t.getCamundaCandidateUsers(), t.getCamundaAssignee())
              .anyMatch(v -> v != null && v.contains("${"));
      if (!grupos && !expresion) {
        problemas.add(id + ": no camunda:candidateGroups (nor a candidate users/assignee expression)");
      }
      String ref = t.getCamundaFormRef();
      if (vacio(ref)) {
        problemas.add(id + ": no camunda:formRef");
        continue;
      }
      if (!"deployment".equals(t.getCamundaFormRefBinding())) {
        problemas.add(id + ": camunda:formRefBinding must be 'deployment', is '" + t.getCamundaFormRefBinding() + "'");
      }
      if (!formularios.containsKey(ref)) {
        problemas.add(id + ": no form in forms/ has the id '" + ref + "'");
      }
    }
    assertThat(problemas).as("user tasks").isEmpty();
  }

  private static void idsNoGenerados(BpmnModelInstance modelo) {
    List<String> problemas = new ArrayList<>();
    for (FlowNode n : modelo.getModelElementsByType(FlowNode.class)) {
      if (!vacio(n.getName()) && generado(n.getId())) {
        problemas.add(n.getId() + " ('" + n.getName() + "')");
      }
    }
    for (SequenceFlow f : modelo.getModelElementsByType(SequenceFlow.class)) {
      if (generado(f.getId())) {
        problemas.add(f.getId() + " (" + f.getSource().getId() + " -> " + f.getTarget().getId() + ")");
      }
    }
    assertThat(problemas).as("generated ids: give them a meaningful name with a type prefix").isEmpty();
  }

  /**
   * Every element with an id in the process model has the one prefix of its type: {@code Task_}
   * for activities, {@code Gateway_}, {@code Flow_}, {@code Timer_} for an event that waits for a
   * timer, {@code Event_} for the other events, {@code SubProcess_}, {@code CallActivity_}, and
   * {@code <Type>_} for the definitions of events ({@code TimerEventDefinition_},
   * {@code MessageEventDefinition_}...) and of messages, signals, errors and escalations. Exempt:
   * the definitions, the processes (their id is the process key) and the diagram interchange.
   */
  private static void prefijos(BpmnModelInstance modelo) {
    Set<String> procesos =
        modelo.getModelElementsByType(Process.class).stream().map(Process::getId).collect(Collectors.toSet());
    List<String> problemas = new ArrayList<>();
    for (BaseElement e : modelo.getModelElementsByType(BaseElement.class)) {
      String id = e.getId();
      if (vacio(id)
          || e == modelo.getDefinitions()
          || procesos.contains(id)
          || !BpmnModelConstants.BPMN20_NS.equals(e.getElementType().getTypeNamespace())
          || id.endsWith("_di")) {
        continue;
      }
      String prefijo = prefijo(e);
      if (prefijo != null && !id.startsWith(prefijo)) {
        problemas.add(id + " (" + e.getElementType().getTypeName() + ": " + prefijo + "…)");
      } else if (prefijo == null && PREFIJOS.stream().noneMatch(id::startsWith)) {
        problemas.add(id + " (" + e.getElementType().getTypeName() + ")");
      }
    }
    assertThat(problemas).as("ids without the prefix of their type").isEmpty();
  }

  /** The one id prefix of an element's type, or null when any of {@link #PREFIJOS} will do. */
  private static String prefijo(BaseElement e) {
    if (e instanceof EventDefinition) {
      String tipo = e.getElementType().getTypeName();
      return Character.toUpperCase(tipo.charAt(0)) + tipo.substring(1) + "_";
    }
    if (e instanceof Event evento) {
      boolean temporizador =
          evento.getChildElementsByType(EventDefinition.class).stream().anyMatch(d -> d instanceof TimerEventDefinition);
      return temporizador ? "Timer_" : "Event_";
    }
    if (e instanceof SubProcess) {
      return "SubProcess_";
    }
    if (e instanceof CallActivity) {
      return "CallActivity_";
    }
    if (e instanceof Activity) {
      return "Task_";
    }
    if (e instanceof Gateway) {
      return "Gateway_";
    }
    if (e instanceof SequenceFlow) {
      return "Flow_";
    }
    if (e instanceof Message) {
      return "Message_";
    }
    return null;
  }

  private static void diagramaCompleto(BpmnModelInstance modelo) {
    Set<String> formas = new LinkedHashSet<>();
    for (BpmnShape s : modelo.getModelElementsByType(BpmnShape.class)) {
      if (s.getBpmnElement() != null) {
        formas.add(s.getBpmnElement().getId());
      }
    }
    Set<String> aristas = new LinkedHashSet<>();
    List<String> problemas = new ArrayList<>();
    for (BpmnEdge e : modelo.getModelElementsByType(BpmnEdge.class)) {
      if (e.getBpmnElement() != null) {
        aristas.add(e.getBpmnElement().getId());
        if (e.getWaypoints().size() < 2) {
          problemas.add("edge " + e.getId() + " has fewer than two waypoints");
        }
      }
    }
    modelo.getModelElementsByType(FlowNode.class).stream()
        .filter(n -> !formas.contains(n.getId()))
        .forEach(n -> problemas.add(n.getId() + " has no BPMNShape"));
    modelo.getModelElementsByType(SequenceFlow.class).stream()
        .filter(f -> !aristas.contains(f.getId()))
        .forEach(f -> problemas.add(f.getId() + " has no BPMNEdge"));
    assertThat(problemas).as("diagram interchange (BPMN DI)").isEmpty();
  }

  // --- Forms --------------------------------------------------------------------------------

  private static Stream<DynamicNode> revisarFormulario(Path archivo) {
    JsonNode formulario;
    try {
      formulario = JSON.readTree(archivo.toFile());
    } catch (IOException e) {
      return Stream.of(prueba(archivo, "is valid JSON", () -> fail("cannot be read: " + causa(e))));
    }
    String nombre = archivo.getFileName().toString().replaceFirst("\\.form$", "");
    return Stream.of(
        prueba(archivo, "its id is the file name", () -> assertThat(formulario.path("id").asText()).isEqualTo(nombre)),
        prueba(archivo, "every field with a key has a Spanish label", () -> etiquetas(formulario)));
  }

  private static void etiquetas(JsonNode formulario) {
    List<String> problemas = new ArrayList<>();
    revisarComponentes(formulario.path("components"), problemas);
    assertThat(formulario.path("components").isArray()).as("the form has components").isTrue();
    assertThat(problemas).as("form fields").isEmpty();
  }

  private static void revisarComponentes(JsonNode componentes, List<String> problemas) {
    for (JsonNode c : componentes) {
      String key = c.path("key").asText("");
      String etiqueta = c.path("label").asText("").trim();
      String cual = key.isEmpty() ? c.path("id").asText("?") : key;
      if (!key.isEmpty()) {
        if (etiqueta.isEmpty()) {
          problemas.add(cual + ": no label");
        } else if (!espanol(etiqueta)) {
          problemas.add(cual + ": label '" + etiqueta + "' looks English");
        }
      }
      revisarComponentes(c.path("components"), problemas);
    }
  }

  private static boolean espanol(String etiqueta) {
    return Stream.of(etiqueta.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).noneMatch(PALABRAS_INGLESAS::contains);
  }

  // --- Helpers ------------------------------------------------------------------------------

  private static List<Path> archivos(Path carpeta, String extension) throws IOException {
    if (!Files.isDirectory(carpeta)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(carpeta)) {
      return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
    }
  }

  private static Map<String, Path> formulariosPorId() throws IOException {
    Map<String, Path> porId = new HashMap<>();
    for (Path f : archivos(FORMULARIOS, ".form")) {
      try {
        String id = JSON.readTree(f.toFile()).path("id").asText("");
        if (!id.isEmpty()) {
          porId.put(id, f);
        }
      } catch (IOException e) {
        // reported by everyFormFollowsTheConventions
      }
    }
    return porId;
  }

  /** The id of the nearest enclosing BPMN element with an id, to say where a nested element is. */
  private static String dueno(ModelElementInstance e) {
    for (ModelElementInstance p = e; p != null; p = p.getParentElement()) {
      if (p instanceof BaseElement b && !vacio(b.getId()) && !(p instanceof EventDefinition)) {
        return b.getId();
      }
    }
    return "?";
  }

  /** A test named after its rule whose failure message starts with the file. */
  private static DynamicTest prueba(Path archivo, String regla, Executable revision) {
    return dynamicTest(
        regla,
        () -> {
          try {
            revision.execute();
          } catch (AssertionError e) {
            AssertionError conArchivo = new AssertionError(archivo.getFileName() + ": " + regla + ": " + e.getMessage());
            conArchivo.setStackTrace(e.getStackTrace());
            throw conArchivo;
          }
        });
  }

  private static String causa(Throwable e) {
    StringBuilder texto = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      texto.append(texto.isEmpty() ? "" : " <- ").append(t.getMessage());
    }
    return texto.toString();
  }

  private static boolean generado(String id) {
    return id == null || ID_GENERADO.matcher(id).find();
  }

  private static boolean vacio(String s) {
    return s == null || s.isBlank();
  }
}
