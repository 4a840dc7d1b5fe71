package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * One way to drive the engine by hand (docs/pruebas.md, "Test support"): in the main code and in
 * the tests, only {@link Motor} submits a task's form, completes a task, executes a job or sets the
 * engine's clock; each other call fails naming its class and line. No Spring context: a few seconds.
 */
@AnalyzeClasses(packages = "mx.infoqro.gobiernoabierto") // the main classes and the tests'
class MotorUnicoTest {

  /** Classes that must call the engine's API themselves, each with the reason (names as in the lists: below the root). */
  static final Map<String, String> EXCEPCIONES =
      Map.of(
          "infraestructura.AutorizacionesMatrizTest",
          "proves that the engine's API refuses each step on its own to a person without the right (claim,"
              + " TaskService.complete, FormService.submitTaskForm): Motor claims before it completes, so the refusal"
              + " would be the claim's",
          "bench.CicloVidaBench",
          "its baseline measures the engine's bare claim and TaskService.complete of a one-task process"
              + " (unaTarea), without Motor's own query; the edition it plays goes through Motor");

  private static final String RAIZ = "mx.infoqro.gobiernoabierto.";
  private static final String MOTOR = Motor.class.getName().substring(RAIZ.length());

  @ArchTest
  static void onlyMotorDrivesTheEngine(JavaClasses clases) {
    assertThat(llamadas(clases).filter(l -> !permitida(l.clase())).map(Llamada::toString).sorted())
        .as("calls that drive the engine outside infraestructura.Motor")
        .isEmpty();
  }

  @ArchTest
  static void everyExceptionStillDrivesTheEngine(JavaClasses clases) {
    Set<String> llaman = llamadas(clases).map(Llamada::clase).collect(Collectors.toSet());
    Set<String> caducas = new TreeSet<>(EXCEPCIONES.keySet());
    caducas.removeAll(llaman);
    assertThat(caducas)
        .as("exceptions of MotorUnicoTest that no longer drive the engine themselves: remove them from EXCEPCIONES")
        .isEmpty();
  }

  private static boolean permitida(String clase) {
    return clase.equals(MOTOR) || EXCEPCIONES.containsKey(clase);
  }

  /** Every call (or method reference) to the engine's ways of completing, executing and setting the clock. */
  private static Stream<Llamada> llamadas(JavaClasses clases) {
    return clases.stream()
        .flatMap(c -> c.getAccessesFromSelf().stream())
        .filter(a -> a instanceof JavaCodeUnitAccess<?> && mueveElMotor((JavaCodeUnitAccess<?>) a))
        .map(a -> new Llamada(clase(a.getOriginOwner().getName()), a.getTarget().getOwner().getSimpleName() + "."
            + a.getTarget().getName(), a.getSourceCodeLocation()))
        .distinct();
  }

  /** The top-level class (a lambda's or a nested class's calls are its own), below the root. */
  private static String clase(String nombre) {
    return nombre.substring(RAIZ.length()).replaceFirst("\\$.*", "");
  }

  private static boolean mueveElMotor(JavaCodeUnitAccess<?> acceso) {
    var duenio = acceso.getTarget().getOwner();
    String metodo = acceso.getTarget().getName();
    return duenio.isAssignableTo(FormService.class) && metodo.startsWith("submitTaskForm")
        || duenio.isAssignableTo(TaskService.class) && metodo.startsWith("complete")
        || duenio.isAssignableTo(ManagementService.class) && metodo.equals("executeJob")
        || duenio.isEquivalentTo(BpmnAwareTests.class) && (metodo.equals("complete") || metodo.equals("execute"))
        || duenio.isEquivalentTo(ClockUtil.class) && (metodo.equals("setCurrentTime") || metodo.startsWith("reset")
            || metodo.equals("offset"));
  }

  private record Llamada(String clase, String metodo, SourceCodeLocation lugar) {
    @Override
    public String toString() {
      return RAIZ + clase + " calls " + metodo + " at " + lugar.getSourceFileName() + ":" + lugar.getLineNumber()
          + ": use infraestructura.Motor (see docs/pruebas.md)";
    }
  }
}
