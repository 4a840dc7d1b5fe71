package mx.infoqro.gobiernoabierto;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.springframework.data.repository.Repository;

/**
 * The shape of the code base (README, "Layers"): one package per feature, dependencies pointing
 * down the layers only, no cycle between packages, and each feature's repositories used by that
 * feature alone (other features read through its query services). No exceptions.
 */
@AnalyzeClasses(packages = "mx.infoqro.gobiernoabierto", importOptions = ArquitecturaTest.SinPruebas.class)
class ArquitecturaTest {

  /** The application's classes only (ArchUnit's own option misses build folders other than target/). */
  static final class SinPruebas implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location ubicacion) {
      return !ubicacion.contains("/test-classes/");
    }
  }

  private static final String RAIZ = "mx.infoqro.gobiernoabierto";

  @ArchTest
  static final ArchRule noCycleBetweenPackages = slices().matching(RAIZ + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule dependenciesPointDownTheLayers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Arranque").definedBy(RAIZ)
          .layer("Sistema").definedBy(RAIZ + ".system..", RAIZ + ".operacion..")
          .layer("Paginas")
          .definedBy(
              RAIZ + ".portal..", RAIZ + ".participacion..", RAIZ + ".gestion..", RAIZ + ".rendicion..",
              RAIZ + ".datosabiertos..")
          .layer("Privacidad").definedBy(RAIZ + ".privacidad..")
          .layer("Seguimiento").definedBy(RAIZ + ".seguimiento..")
          .layer("Compromiso").definedBy(RAIZ + ".compromiso..")
          .layer("Mesa").definedBy(RAIZ + ".mesa..")
          .layer("Registro").definedBy(RAIZ + ".registro..")
          .layer("Ejercicio").definedBy(RAIZ + ".ejercicio..")
          .layer("Servicios").definedBy(RAIZ + ".notificacion..", RAIZ + ".auditoria..", RAIZ + ".sujeto..", RAIZ + ".actualizacion..")
          .layer("Comun").definedBy(RAIZ + ".comun..")
          .whereLayer("Arranque").mayNotBeAccessedByAnyLayer()
          .whereLayer("Sistema").mayNotBeAccessedByAnyLayer()
          .whereLayer("Paginas").mayOnlyBeAccessedByLayers("Sistema", "Paginas")
          .whereLayer("Privacidad").mayOnlyBeAccessedByLayers("Sistema", "Paginas")
          .whereLayer("Seguimiento").mayOnlyBeAccessedByLayers("Sistema", "Paginas", "Privacidad")
          .whereLayer("Compromiso").mayOnlyBeAccessedByLayers("Sistema", "Paginas", "Privacidad", "Seguimiento")
          .whereLayer("Mesa")
          .mayOnlyBeAccessedByLayers("Sistema", "Paginas", "Privacidad", "Seguimiento", "Compromiso")
          .whereLayer("Registro")
          .mayOnlyBeAccessedByLayers("Sistema", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa")
          .whereLayer("Ejercicio")
          .mayOnlyBeAccessedByLayers(
              "Sistema", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa", "Registro")
          .whereLayer("Servicios")
          .mayOnlyBeAccessedByLayers(
              "Sistema", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa", "Registro", "Ejercicio",
              "Servicios")
          .whereLayer("Comun")
          .mayOnlyBeAccessedByLayers(
              "Sistema", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa", "Registro", "Ejercicio",
              "Servicios");

  @ArchTest
  static final ArchRule repositoriesAreUsedByTheirOwnFeatureOnly =
      ArchRuleDefinition.classes()
          .that()
          .areAssignableTo(Repository.class)
          .and()
          .areInterfaces()
          .should(usadosSoloEnSuPaquete());

  private static ArchCondition<JavaClass> usadosSoloEnSuPaquete() {
    return new ArchCondition<>("be used only by classes of their own feature") {
      @Override
      public void check(JavaClass repositorio, ConditionEvents eventos) {
        for (Dependency d : repositorio.getDirectDependenciesToSelf()) {
          if (!d.getOriginClass().getPackageName().equals(repositorio.getPackageName())) {
            eventos.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
