package mx.infoqro.gobiernoabierto.actualizacion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * What the operations page shows: each process with its deployed definitions (engine version,
 * model version, deployment date, instances running on each), and the last migration run with what
 * it did and the instances it left behind.
 */
@Service
public class EstadoVersiones {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final RegistroMigraciones registro;

  EstadoVersiones(RepositoryService repositoryService, RuntimeService runtimeService, RegistroMigraciones registro) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.registro = registro;
  }

  /** One deployed definition of a process. */
  public record Definicion(String id, int version, int versionModelo, String etiqueta, Instant desplegada, long instancias, boolean vigente) {}

  /** A process and its definitions, newest first. */
  public record Proceso(String clave, String nombre, List<Definicion> definiciones) {
    /** The definition new instances start on, and migrations go to. */
    public Definicion vigente() {
      return definiciones.get(0);
    }

    /** Instances still running on an earlier definition. */
    public long enAnteriores() {
      return definiciones.stream().filter(d -> !d.vigente()).mapToLong(Definicion::instancias).sum();
    }
  }

  /** The last run, what it did per earlier definition and the instances it left on their version. */
  public record Ejecucion(EjecucionMigracion ejecucion, List<ResultadoMigracion> resultados, List<InstanciaNoMigrada> pendientes) {}

  /** Every process, by key. */
  public List<Proceso> procesos() {
    Map<String, Instant> despliegues = new HashMap<>();
    for (Deployment d : repositoryService.createDeploymentQuery().list()) {
      despliegues.put(d.getId(), d.getDeploymentTime().toInstant());
    }
    Map<String, List<ProcessDefinition>> porClave = new HashMap<>();
    repositoryService.createProcessDefinitionQuery().list()
        .forEach(d -> porClave.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
    List<Proceso> procesos = new ArrayList<>();
    porClave.keySet().stream().sorted().forEach(clave -> {
      List<ProcessDefinition> definiciones = porClave.get(clave);
      definiciones.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
      List<Definicion> filas = new ArrayList<>();
      for (ProcessDefinition d : definiciones) {
        filas.add(new Definicion(
            d.getId(), d.getVersion(), PlanesMigracion.version(d), d.getVersionTag(), despliegues.get(d.getDeploymentId()),
            runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count(), filas.isEmpty()));
      }
      String nombre = definiciones.get(0).getName() != null ? definiciones.get(0).getName() : clave;
      procesos.add(new Proceso(clave, nombre, filas));
    });
    return procesos;
  }

  /** The last migration run, if there was one. */
  public Optional<Ejecucion> ultimaEjecucion() {
    return registro.ultima().map(e -> new Ejecucion(e, registro.resultados(e.getId()), registro.noMigradas(e.getId())));
  }
}
