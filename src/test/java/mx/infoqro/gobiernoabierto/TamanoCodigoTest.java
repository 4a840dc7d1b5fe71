package mx.infoqro.gobiernoabierto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size of the application's classes: no source file of the main code over
 * {@value #LINEAS_MAXIMAS} lines, no constructor with more than {@value #COLABORADORES_MAXIMOS}
 * parameters. A class that grows past either is doing more than one thing: split it by
 * responsibility, or group collaborators that always go together. Records (their canonical
 * constructor holds data, not collaborators) and enums are not counted. No Spring context: a
 * second or two.
 */
class TamanoCodigoTest {

  static final int LINEAS_MAXIMAS = 300;
  static final int COLABORADORES_MAXIMOS = 8;

  private static final Path FUENTES = Path.of("src", "main", "java");
  private static final String RAIZ = "mx.infoqro.gobiernoabierto";

  @Test
  void noMainClassIsLongerThan300Lines() throws IOException {
    List<String> largas;
    try (Stream<Path> archivos = Files.walk(FUENTES)) {
      largas =
          archivos
              .filter(a -> a.toString().endsWith(".java"))
              .sorted()
              .map(TamanoCodigoTest::largo)
              .filter(l -> l.lineas() > LINEAS_MAXIMAS)
              .map(l -> l.clase() + " has " + l.lineas() + " lines (at most " + LINEAS_MAXIMAS + ")")
              .toList();
    }
    assertThat(largas).as("main classes over %d lines", LINEAS_MAXIMAS).isEmpty();
  }

  @Test
  void noConstructorTakesMoreThan8Collaborators() {
    JavaClasses clases =
        ArchConfiguration.withThreadLocalScope(
            configuracion -> {
              // the application's classes only, from their build folder (whatever -Dbuild.dir
              // says); the libraries they use are not needed to count parameters
              configuracion.setResolveMissingDependenciesFromClassPath(false);
              return new ClassFileImporter().importPath(clasesPrincipales());
            });
    constructors()
        .that()
        .areDeclaredInClassesThat(
            DescribedPredicate.describe("are neither records nor enums", (JavaClass c) -> !c.isRecord() && !c.isEnum()))
        .and(
            DescribedPredicate.describe(
                "are not synthetic", (JavaConstructor c) -> !c.getModifiers().contains(JavaModifier.SYNTHETIC)))
        .should(tenerComoMaximo(COLABORADORES_MAXIMOS))
        .check(clases);
  }

  /** The folder of the main code's compiled classes (e.g. {@code target/classes}). */
  private static Path clasesPrincipales() {
    try {
      return Path.of(GobiernoAbiertoApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Largo(String clase, long lineas) {}

  private static Largo largo(Path archivo) {
    String clase =
        FUENTES.relativize(archivo).toString().replace(archivo.getFileSystem().getSeparator(), ".").replaceAll("\\.java$", "");
    try {
      return new Largo(clase, Files.readAllLines(archivo).size());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + archivo, e);
    }
  }

  private static ArchCondition<JavaConstructor> tenerComoMaximo(int maximo) {
    return new ArchCondition<>("have at most " + maximo + " parameters") {
      @Override
      public void check(JavaConstructor constructor, ConditionEvents eventos) {
        int parametros = constructor.getRawParameterTypes().size();
        if (parametros > maximo) {
          eventos.add(
              SimpleConditionEvent.violated(
                  constructor,
                  constructor.getOwner().getName() + " has a constructor with " + parametros + " parameters (at most " + maximo
                      + "): " + constructor.getFullName()));
        }
      }
    };
  }
}
