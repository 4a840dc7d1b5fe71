package mx.infoqro.gobiernoabierto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
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
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The shape of the code base (README, "Layers"): one package per feature, dependencies pointing
 * down the layers only, no cycle between packages, and each feature's repositories used by that
 * feature alone (other features read through its query services). At the top, beside the
 * operations' wiring ({@code infraestructura}, which only the demo imports, for its {@code Motor}),
 * the demo ({@code demo}): nobody imports it, it is
 * the only user of GreenMail, and each of its beans exists in the demo profile only. No exceptions.
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
          .layer("Infraestructura").definedBy(RAIZ + ".infraestructura..")
          .layer("Demo").definedBy(RAIZ + ".demo..")
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
          .whereLayer("Infraestructura").mayOnlyBeAccessedByLayers("Demo") // the demo plays its steps with infraestructura.Motor
          .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
          .whereLayer("Paginas").mayOnlyBeAccessedByLayers("Infraestructura", "Demo", "Paginas")
          .whereLayer("Privacidad").mayOnlyBeAccessedByLayers("Infraestructura", "Demo", "Paginas")
          .whereLayer("Seguimiento").mayOnlyBeAccessedByLayers("Infraestructura", "Demo", "Paginas", "Privacidad")
          .whereLayer("Compromiso").mayOnlyBeAccessedByLayers("Infraestructura", "Demo", "Paginas", "Privacidad", "Seguimiento")
          .whereLayer("Mesa")
          .mayOnlyBeAccessedByLayers("Infraestructura", "Demo", "Paginas", "Privacidad", "Seguimiento", "Compromiso")
          .whereLayer("Registro")
          .mayOnlyBeAccessedByLayers("Infraestructura", "Demo", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa")
          .whereLayer("Ejercicio")
          .mayOnlyBeAccessedByLayers(
              "Infraestructura", "Demo", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa", "Registro")
          .whereLayer("Servicios")
          .mayOnlyBeAccessedByLayers(
              "Infraestructura", "Demo", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa", "Registro", "Ejercicio",
              "Servicios")
          .whereLayer("Comun")
          .mayOnlyBeAccessedByLayers(
              "Infraestructura", "Demo", "Paginas", "Privacidad", "Seguimiento", "Compromiso", "Mesa", "Registro", "Ejercicio",
              "Servicios");

  /** The demo is run, never called: no class outside it (the application's own) depends on it. */
  @ArchTest
  static final ArchRule nobodyDependsOnTheDemo =
      noClasses()
          .that()
          .resideOutsideOfPackage(RAIZ + ".demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(RAIZ + ".demo..");

  /** GreenMail (a compile dependency for the demo's embedded mail server only) stays in the demo. */
  @ArchTest
  static final ArchRule onlyTheDemoUsesGreenMail =
      noClasses()
          .that()
          .resideOutsideOfPackage(RAIZ + ".demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.icegreen..");

  /**
   * What Spring finds by itself in the demo (components, configurations, configuration properties)
   * carries {@code @Profile("demo")}; the rest of it are beans only through such a configuration
   * ({@code demo/EdicionesDemoConfig}) or a test's explicit import.
   */
  @ArchTest
  static final ArchRule theDemoExistsInTheDemoProfileOnly =
      classes()
          .that(
              JavaClass.Predicates.resideInAPackage(RAIZ + ".demo..")
                  .and(
                      DescribedPredicate.describe(
                          "are found by Spring's scans",
                          (JavaClass c) ->
                              c.isMetaAnnotatedWith(Component.class) || c.isAnnotatedWith(ConfigurationProperties.class))))
          .should(
              new ArchCondition<>("be annotated with @Profile(\"demo\")") {
                @Override
                public void check(JavaClass clase, ConditionEvents eventos) {
                  boolean demo =
                      clase.isAnnotatedWith(Profile.class)
                          && List.of(clase.getAnnotationOfType(Profile.class).value()).contains("demo");
                  eventos.add(
                      new SimpleConditionEvent(
                          clase, demo, clase.getName() + (demo ? " is" : " is not") + " annotated with @Profile(\"demo\")"));
                }
              });

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
