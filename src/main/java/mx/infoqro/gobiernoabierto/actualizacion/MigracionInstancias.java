package mx.infoqro.gobiernoabierto.actualizacion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Estado;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Origen;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every running instance to the latest definition of its process, through the chain of
 * {@link MigracionProceso} steps ({@link PlanesMigracion}): at every start, after the deployment and
 * before the job executor or the web take work, once per cluster (the start-up lock of {@code
 * infraestructura/BloqueoArranque}); and again when an administrator asks for it on {@code
 * /gestion/versiones} ({@link MigracionesBajoDemanda}).
 *
 * <p>Instances move in batches, each one synchronous and atomic (Camunda's {@code execute()}): a
 * batch that fails is tried again one instance at a time, so every instance ends either on its old
 * version or on the new one, never between. An instance that cannot move stays where it is, with
 * its reason in the decision log and on the operations page; nothing stops the start. Custom
 * listeners and input/output mappings do not run during a migration.
 */
@Service
public class MigracionInstancias {

  private static final Logger LOG = LoggerFactory.getLogger(MigracionInstancias.class);

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final PlanesMigracion planes;
  private final RegistroMigraciones registro;
  private final TransactionTemplate tx;
  private final int lote;

  MigracionInstancias(
      RuntimeService runtimeService,
      RepositoryService repositoryService,
      PlanesMigracion planes,
      RegistroMigraciones registro,
      TransactionTemplate tx,
      @Value("${gobierno-abierto.migracion.lote:100}") int lote) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.planes = planes;
    this.registro = registro;
    this.tx = tx;
    this.lote = lote;
  }

  /** One earlier definition with running instances, and the latest definition of its process. */
  private record Pendiente(ProcessDefinition origen, ProcessDefinition destino, List<String> instancias) {}

  /**
   * Migrates every instance running on an earlier definition and returns the run recorded, or
   * empty when a start found nothing to migrate (an administrator's run is always recorded).
   */
  public Optional<EjecucionMigracion> migrar(Origen origen, String usuario) {
    return migrar(origen, usuario, d -> true);
  }

  /**
   * {@link #migrar(Origen, String)} limited to the instances of the earlier definitions {@code
   * definiciones} accepts (tests share one engine: each migrates only its own processes).
   */
  Optional<EjecucionMigracion> migrar(Origen origen, String usuario, Predicate<ProcessDefinition> definiciones) {
    if (origen == Origen.ARRANQUE) {
      registro.cerrarInterrumpidas();
    }
    List<Pendiente> pendientes = pendientes(definiciones);
    int total = pendientes.stream().mapToInt(p -> p.instancias().size()).sum();
    if (total == 0 && origen == Origen.ARRANQUE) {
      LOG.info("Migraciones: todas las instancias en curso están en la última versión de su proceso");
      return Optional.empty();
    }
    EjecucionMigracion ejecucion = registro.iniciar(origen, usuario, total);
    LOG.info("Migraciones: {} instancias en versiones anteriores de {} definiciones", total, pendientes.size());
    int[] cuenta = {0, 0};
    try {
      for (Pendiente p : pendientes) {
        migrar(ejecucion.getId(), p, total, cuenta);
      }
      registro.terminar(ejecucion.getId(), Estado.TERMINADA);
      LOG.info("Migraciones terminadas: {} instancias migradas, {} se quedan en su versión", cuenta[0], cuenta[1]);
    } catch (RuntimeException e) {
      registro.terminar(ejecucion.getId(), Estado.INTERRUMPIDA);
      throw e;
    }
    return registro.ultima();
  }

  /** The instances of one earlier definition; {@code cuenta} is the run's [migrated, stayed] so far. */
  private void migrar(Long ejecucionId, Pendiente p, int total, int[] cuenta) {
    String proceso = p.origen().getKey();
    int desde = PlanesMigracion.version(p.origen());
    int hasta = PlanesMigracion.version(p.destino());
    PlanesMigracion.Plan plan = planes.plan(p.origen(), p.destino());
    String descripcion =
        plan instanceof PlanesMigracion.Plan.Listo listo ? listo.descripcion() : ((PlanesMigracion.Plan.Imposible) plan).motivo();
    ResultadoMigracion resultado = registro.resultado(ejecucionId, proceso, p.origen().getVersion(), desde, hasta, descripcion);
    int[] aqui = {0, 0};
    if (plan instanceof PlanesMigracion.Plan.Imposible imposible) {
      for (String id : p.instancias()) {
        quedarse(resultado, id, imposible.motivo(), aqui);
      }
      LOG.warn(
          "Migraciones: las {} instancias de {} (definición {}) se quedan en la versión {}: {}",
          p.instancias().size(), proceso, p.origen().getVersion(), desde, imposible.motivo());
    } else {
      MigrationPlan migracion = ((PlanesMigracion.Plan.Listo) plan).plan();
      for (int i = 0; i < p.instancias().size(); i += lote) {
        List<String> ids = p.instancias().subList(i, Math.min(i + lote, p.instancias().size()));
        migrarLote(resultado, migracion, ids, p.origen(), aqui);
        LOG.info(
            "Migración de {} v{} → v{}: {} de {} instancias ({} de {} en total)",
            proceso, desde, hasta, i + ids.size(), p.instancias().size(),
            cuenta[0] + cuenta[1] + i + ids.size(), total);
        registro.contar(ejecucionId, resultado.getId(), aqui[0], aqui[1], cuenta[0] + aqui[0], cuenta[1] + aqui[1]);
      }
    }
    cuenta[0] += aqui[0];
    cuenta[1] += aqui[1];
    registro.contar(ejecucionId, resultado.getId(), aqui[0], aqui[1], cuenta[0], cuenta[1]);
  }

  /** A batch at once; if it fails, each of its instances alone. Adds to {@code cuenta} [migrated, stayed]. */
  private void migrarLote(ResultadoMigracion resultado, MigrationPlan plan, List<String> ids, ProcessDefinition origen, int[] cuenta) {
    try {
      ejecutar(plan, ids);
      cuenta[0] += ids.size();
      return;
    } catch (RuntimeException loteFallido) {
      LOG.info("Migraciones: un lote de {} no pasó entero ({}); se migra instancia por instancia", ids.size(), loteFallido.toString());
    }
    for (String id : ids) {
      try {
        ejecutar(plan, List.of(id));
        cuenta[0]++;
      } catch (OptimisticLockingException concurrente) {
        // someone completed a task of it meanwhile: once more, on its new state
        try {
          ejecutar(plan, List.of(id));
          cuenta[0]++;
        } catch (RuntimeException e) {
          quedarse(resultado, id, motivo(e, origen), cuenta);
        }
      } catch (RuntimeException e) {
        quedarse(resultado, id, motivo(e, origen), cuenta);
      }
    }
  }

  private void ejecutar(MigrationPlan plan, List<String> ids) {
    tx.executeWithoutResult(
        s -> runtimeService.newMigration(plan).processInstanceIds(ids).skipCustomListeners().skipIoMappings().execute());
  }

  /** Records an instance that stays (unless it ended meanwhile: then there is nothing to migrate). */
  private void quedarse(ResultadoMigracion resultado, String instanciaId, String motivo, int[] cuenta) {
    ProcessInstance instancia = runtimeService.createProcessInstanceQuery().processInstanceId(instanciaId).singleResult();
    if (instancia == null) {
      return;
    }
    registro.quedarse(resultado, instanciaId, instancia.getBusinessKey(), motivo);
    cuenta[1]++;
    LOG.warn("Migraciones: la instancia {} ({}) se queda en la versión {} de {}: {}",
        instanciaId, instancia.getBusinessKey(), resultado.getDesde(), resultado.getProceso(), motivo);
  }

  /** In Spanish: why an instance could not move. */
  private String motivo(RuntimeException e, ProcessDefinition origen) {
    if (e instanceof MigratingProcessInstanceValidationException validacion) {
      return Mensajes.texto("migracion.motivo.instancia", fallos(validacion.getValidationReport(), origen));
    }
    if (e instanceof OptimisticLockingException) {
      return Mensajes.texto("migracion.motivo.concurrente");
    }
    return Mensajes.texto("migracion.motivo.error", e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private String fallos(MigratingProcessInstanceValidationReport reporte, ProcessDefinition origen) {
    BpmnModelInstance modelo = repositoryService.getBpmnModelInstance(origen.getId());
    List<String> fallos = new ArrayList<>(reporte.getFailures());
    reporte.getActivityInstanceReports()
        .forEach(r -> fallos.add(nombre(modelo, r.getSourceScopeId()) + ": " + String.join("; ", r.getFailures())));
    reporte.getTransitionInstanceReports()
        .forEach(r -> fallos.add(nombre(modelo, r.getSourceScopeId()) + ": " + String.join("; ", r.getFailures())));
    return String.join(" · ", fallos);
  }

  private static String nombre(BpmnModelInstance modelo, String id) {
    ModelElementInstance elemento = modelo.getModelElementById(id);
    String nombre = elemento == null ? null : elemento.getAttributeValue("name");
    return nombre == null ? id : "«" + nombre.replaceAll("\\s+", " ") + "» (" + id + ")";
  }

  /** Every earlier definition with running instances that {@code filtro} accepts, and the latest of its process. */
  private List<Pendiente> pendientes(Predicate<ProcessDefinition> filtro) {
    Map<String, List<ProcessDefinition>> porProceso =
        repositoryService.createProcessDefinitionQuery().list().stream()
            .collect(Collectors.groupingBy(ProcessDefinition::getKey));
    List<Pendiente> pendientes = new ArrayList<>();
    porProceso.keySet().stream().sorted().forEach(proceso -> {
      List<ProcessDefinition> definiciones = new ArrayList<>(porProceso.get(proceso));
      definiciones.sort(Comparator.comparingInt(ProcessDefinition::getVersion));
      ProcessDefinition ultima = definiciones.get(definiciones.size() - 1);
      for (ProcessDefinition d : definiciones.subList(0, definiciones.size() - 1)) {
        if (!filtro.test(d)) {
          continue;
        }
        List<String> ids =
            runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).orderByProcessInstanceId().asc().list()
                .stream().map(ProcessInstance::getId).toList();
        if (!ids.isEmpty()) {
          pendientes.add(new Pendiente(d, ultima, ids));
        }
      }
    });
    return pendientes;
  }

}
