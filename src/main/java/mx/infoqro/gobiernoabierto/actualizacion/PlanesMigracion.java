package mx.infoqro.gobiernoabierto.actualizacion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.stereotype.Component;

/**
 * The migration steps of every process ({@link MigracionProceso} beans), chained into one Camunda
 * migration plan from the definition an instance runs on to the latest one: the steps' renamed
 * activities composed one after the other, their recalculated timers and their variables joined.
 */
@Component
public class PlanesMigracion {

  /** Process key → version a step starts from → the step. */
  private final Map<String, TreeMap<Integer, MigracionProceso>> pasos = new HashMap<>();

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  PlanesMigracion(List<MigracionProceso> migraciones, RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    for (MigracionProceso m : migraciones) {
      if (m.hasta() <= m.desde()) {
        throw new IllegalStateException(m.getClass().getSimpleName() + " goes from version " + m.desde() + " to " + m.hasta());
      }
      MigracionProceso otro = pasos.computeIfAbsent(m.proceso(), k -> new TreeMap<>()).put(m.desde(), m);
      if (otro != null) {
        throw new IllegalStateException(
            "Two migrations of " + m.proceso() + " from version " + m.desde() + ": "
                + otro.getClass().getSimpleName() + " and " + m.getClass().getSimpleName());
      }
    }
  }

  /** A plan ready to execute, with what it does; or why there is none. */
  public sealed interface Plan {
    /** The steps' descriptions, in order. */
    record Listo(MigrationPlan plan, String descripcion) implements Plan {}

    /** In Spanish: why the instances of this definition stay where they are. */
    record Imposible(String motivo) implements Plan {}
  }

  /**
   * The model version of a definition: its {@code camunda:versionTag}, {@code 0} when it has none
   * (deployed before release 0.3.0), {@code -1} when it is not a whole number.
   */
  public static int version(ProcessDefinition definicion) {
    String etiqueta = definicion.getVersionTag();
    if (etiqueta == null || etiqueta.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(etiqueta.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The steps of a process, in order (for the checks of the models and the operations page). */
  public List<MigracionProceso> pasos(String proceso) {
    return List.copyOf(pasos.getOrDefault(proceso, new TreeMap<>()).values());
  }

  /** The plan that moves the instances of {@code origen} to {@code destino} (same process, latest version). */
  public Plan plan(ProcessDefinition origen, ProcessDefinition destino) {
    int desde = version(origen);
    int hasta = version(destino);
    if (desde < 0 || hasta < 0) {
      return new Plan.Imposible(Mensajes.texto("migracion.motivo.etiqueta", origen.getVersionTag(), destino.getVersionTag()));
    }
    if (desde > hasta) {
      return new Plan.Imposible(Mensajes.texto("migracion.motivo.posterior", desde, hasta));
    }
    List<MigracionProceso> cadena = new ArrayList<>();
    if (desde == hasta) {
      // The same model deployed again beside other changed resources (a changed form, another
      // process): moving is safe only if the model did not change at all.
      if (!Arrays.equals(modelo(origen), modelo(destino))) {
        return new Plan.Imposible(Mensajes.texto("migracion.motivo.sin-version", desde));
      }
    } else {
      TreeMap<Integer, MigracionProceso> delProceso = pasos.getOrDefault(origen.getKey(), new TreeMap<>());
      for (int v = desde; v < hasta; ) {
        MigracionProceso paso = delProceso.get(v);
        if (paso == null || paso.hasta() > hasta) {
          return new Plan.Imposible(Mensajes.texto("migracion.motivo.sin-migracion", v, hasta));
        }
        cadena.add(paso);
        v = paso.hasta();
      }
    }
    try {
      return new Plan.Listo(construir(origen, destino, cadena), descripcion(cadena));
    } catch (MigrationPlanValidationException e) {
      return new Plan.Imposible(Mensajes.texto("migracion.motivo.plan", desde, hasta, e.getMessage()));
    }
  }

  private MigrationPlan construir(ProcessDefinition origen, ProcessDefinition destino, List<MigracionProceso> cadena) {
    BpmnModelInstance modeloOrigen = repositoryService.getBpmnModelInstance(origen.getId());
    BpmnModelInstance modeloDestino = repositoryService.getBpmnModelInstance(destino.getId());
    // Ids renamed along the chain, composed: an id of the source that a step renames, and the
    // name a later step gives that one in turn
    Map<String, String> renombradas = new LinkedHashMap<>();
    Set<String> disparadores = new HashSet<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    for (FlowNode n : modeloOrigen.getModelElementsByType(FlowNode.class)) {
      String id = n.getId();
      String actual = renombrar(id, cadena, 0);
      if (!actual.equals(id)) {
        renombradas.put(id, actual);
      }
    }
    for (int i = 0; i < cadena.size(); i++) {
      // a step names the timers by their ids in the version it reaches; later steps may rename them
      for (String id : cadena.get(i).disparadoresRecalculados()) {
        disparadores.add(renombrar(id, cadena, i + 1));
      }
      variables.putAll(cadena.get(i).variables());
    }
    // What maps to itself: the engine's own mapping of equal activities, less the renamed ones
    List<MigrationInstruction> iguales =
        runtimeService.createMigrationPlan(origen.getId(), destino.getId()).mapEqualActivities().build().getInstructions();
    Map<String, String> mapeo = new LinkedHashMap<>();
    for (MigrationInstruction i : iguales) {
      if (!renombradas.containsKey(i.getSourceActivityId())) {
        mapeo.put(i.getSourceActivityId(), i.getTargetActivityId());
      }
    }
    mapeo.putAll(renombradas);
    mapeo.putAll(alrededorDeRenombradas(modeloOrigen, modeloDestino, mapeo, renombradas.keySet()));
    MigrationPlanBuilder plan = runtimeService.createMigrationPlan(origen.getId(), destino.getId());
    mapeo.forEach((de, a) -> mapear(plan, de, a, disparadores));
    if (!variables.isEmpty()) {
      plan.setVariables(Variables.fromMap(variables));
    }
    return plan.build();
  }

  /** The id {@code id} becomes through the steps of the chain from {@code desde} on. */
  private static String renombrar(String id, List<MigracionProceso> cadena, int desde) {
    String actual = id;
    for (MigracionProceso paso : cadena.subList(desde, cadena.size())) {
      actual = paso.actividades().getOrDefault(actual, actual);
    }
    return actual;
  }

  /**
   * The engine maps equal activities only inside the scopes it maps itself, so the boundary events of
   * a renamed activity and the activities inside a renamed subprocess, which keep their ids, would
   * be left out: their timers would start again and their tasks would not move. Each maps to itself
   * when the target has it, of the same type, attached to (or inside) what its renamed scope became.
   */
  private static Map<String, String> alrededorDeRenombradas(
      BpmnModelInstance origen, BpmnModelInstance destino, Map<String, String> mapeo, Set<String> renombradas) {
    Map<String, String> anadidas = new LinkedHashMap<>();
    Set<String> ambitos = new HashSet<>(renombradas);
    boolean otra = true;
    while (otra) {
      otra = false;
      for (FlowNode n : origen.getModelElementsByType(FlowNode.class)) {
        String id = n.getId();
        String ambito = ambito(n);
        if (mapeo.containsKey(id) || anadidas.containsKey(id) || ambito == null || !ambitos.contains(ambito)) {
          continue;
        }
        String ambitoDestino = mapeo.containsKey(ambito) ? mapeo.get(ambito) : anadidas.get(ambito);
        if (destino.getModelElementById(id) instanceof FlowNode m
            && m.getElementType().getTypeName().equals(n.getElementType().getTypeName())
            && ambitoDestino.equals(ambito(m))) {
          anadidas.put(id, id);
          ambitos.add(id);
          otra = true;
        }
      }
    }
    return anadidas;
  }

  /** The activity a boundary event is attached to, or the subprocess around a flow node (null: the process). */
  private static String ambito(FlowNode n) {
    if (n instanceof BoundaryEvent b) {
      return b.getAttachedTo() == null ? null : b.getAttachedTo().getId();
    }
    return n.getParentElement() instanceof SubProcess s ? s.getId() : null;
  }

  private static void mapear(MigrationPlanBuilder plan, String de, String a, Set<String> disparadores) {
    var instruccion = plan.mapActivities(de, a);
    if (disparadores.contains(a)) {
      instruccion.updateEventTrigger();
    }
  }

  private byte[] modelo(ProcessDefinition definicion) {
    try (var in = repositoryService.getProcessModel(definicion.getId())) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String descripcion(List<MigracionProceso> cadena) {
    if (cadena.isEmpty()) {
      return Mensajes.texto("migracion.descripcion.misma");
    }
    StringBuilder texto = new StringBuilder();
    for (MigracionProceso paso : cadena) {
      if (!texto.isEmpty()) {
        texto.append(' ');
      }
      texto.append(Mensajes.texto("migracion.descripcion.paso", paso.desde(), paso.hasta(), paso.descripcion()));
    }
    return texto.toString();
  }
}
