package mx.infoqro.gobiernoabierto.actualizacion;

import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Mensajes;

/**
 * One step of a process model's history: how the instances waiting in version {@link #desde()} of
 * the model {@link #proceso()} move to version {@link #hasta()} (the {@code camunda:versionTag} of
 * the BPMN file; {@code 0} is a model deployed before version tags existed, release 0.3.0).
 *
 * <p>Each feature declares one class per step of each of its processes, named after the process
 * and the version it reaches ({@code SeguimientoCompromisoMigracionV2}), as a Spring bean. At every
 * start {@link MigracionInstancias} chains the steps from the version an instance runs on to the
 * model deployed now and moves it there with Camunda's migration API: every activity that keeps
 * its id (and type and scope) maps to itself ({@code mapEqualActivities}), and so do the boundary
 * events of a renamed activity and the activities inside a renamed subprocess; {@link
 * #actividades()} maps the ids that changed; {@link #disparadoresRecalculados()} names the timers whose definition
 * changed, which restart from the moment of the migration ({@code updateEventTrigger}); the others
 * keep their due dates. Listeners and input/output mappings do not run: nothing already done is
 * done again.
 */
public interface MigracionProceso {

  /** Key of the process ({@code <Name>Process.KEY}). */
  String proceso();

  /** The model version this step starts from ({@code 0}: before version tags). */
  int desde();

  /** The model version it reaches: the next one. */
  default int hasta() {
    return desde() + 1;
  }

  /**
   * What changed in the model, in Spanish, as the operations page shows it: the message {@code
   * migracion.<process>.v<version reached>} of messages.properties.
   */
  default String descripcion() {
    return Mensajes.texto("migracion." + proceso() + ".v" + hasta());
  }

  /** Activities whose id changed: the id in {@link #desde()} to the id in {@link #hasta()}. */
  default Map<String, String> actividades() {
    return Map.of();
  }

  /**
   * Timers and other events (ids in {@link #hasta()}) whose trigger changed: their due date is
   * computed again when the instance moves. Timers not named here keep the due date they had.
   */
  default Set<String> disparadoresRecalculados() {
    return Set.of();
  }

  /** Process variables the new version reads and the old one did not set, with their values. */
  default Map<String, Object> variables() {
    return Map.of();
  }
}
