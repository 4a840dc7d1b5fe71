package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The form files and their records name each field once and the same way: every file in
 * {@code forms/} has exactly one {@link Formulario @Formulario} record, every record names a file
 * that exists, every key of the form is a component of the record (rows of a dynamic list: of the
 * row's record), and every component is a key or something the form reads. A field renamed on one side only fails here, not when
 * a person submits the form.
 */
class RegistrosFormulariosTest {

  private static final Path FORMULARIOS = Path.of(System.getProperty("modelos.dir", ".")).resolve("forms");

  private static Map<String, Class<?>> registros;

  @BeforeAll
  static void buscarRegistros() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider escaner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
        return d.getMetadata().isIndependent();
      }
    };
    escaner.addIncludeFilter(new AnnotationTypeFilter(Formulario.class));
    registros = new TreeMap<>();
    for (BeanDefinition d : escaner.findCandidateComponents("mx.infoqro.gobiernoabierto")) {
      Class<?> tipo = Class.forName(d.getBeanClassName());
      Class<?> anterior = registros.put(tipo.getAnnotation(Formulario.class).value(), tipo);
      assertThat(anterior).as("two records for form %s", tipo.getAnnotation(Formulario.class).value()).isNull();
    }
  }

  @Test
  void everyFormFileHasOneRecordAndEveryRecordAFile() throws IOException {
    Set<String> archivos;
    try (Stream<Path> lista = Files.list(FORMULARIOS)) {
      archivos = lista.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".form"))
          .map(n -> n.substring(0, n.length() - ".form".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(archivos).isNotEmpty();
    assertThat(registros.keySet()).as("forms with a record").containsExactlyInAnyOrderElementsOf(archivos);
  }

  @Test
  void theComponentsOfEachRecordAreTheKeysOfItsForm() {
    List<String> diferencias = new ArrayList<>();
    registros.forEach((id, tipo) -> comparar(id, tipo, DefinicionFormulario.de(id).campos(), texto(id), false, diferencias));
    assertThat(diferencias).as("record components that are not form keys, or form keys without a component").isEmpty();
  }

  /**
   * A component that is no key of the form must be something the form reads: the options of a
   * select ({@code valuesKey}), a variable of a text template ({@code {{mesaFolio}}}) or of a
   * condition ({@code =esRectificacion}); in a row, the id the row carries back unchanged.
   */
  private static void comparar(
      String donde,
      Class<?> tipo,
      Map<String, DefinicionFormulario.Campo> campos,
      String texto,
      boolean esFila,
      List<String> diferencias) {
    Set<String> componentes = new LinkedHashSet<>();
    for (RecordComponent c : tipo.getRecordComponents()) {
      componentes.add(c.getName());
      DefinicionFormulario.Campo campo = campos.get(c.getName());
      Class<?> fila = fila(c);
      if (campo != null && campo.hijos() != null && !campo.hijos().isEmpty() && fila != null) {
        comparar(donde + "." + c.getName(), fila, campo.hijos(), texto, true, diferencias);
      }
    }
    for (String componente : componentes) {
      boolean leido = Pattern.compile("\\b" + componente + "\\b").matcher(texto).find();
      boolean idDeFila = esFila && componente.endsWith("Id");
      if (!campos.containsKey(componente) && !leido && !idDeFila) {
        diferencias.add(donde + ": component " + componente + " is not a key of the form");
      }
    }
    for (String clave : campos.keySet()) {
      if (!componentes.contains(clave)) {
        diferencias.add(donde + ": key " + clave + " has no component in " + tipo.getSimpleName());
      }
    }
  }

  private static String texto(String id) {
    try {
      return Files.readString(FORMULARIOS.resolve(id + ".form"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record type of a list's rows ({@code List<Fila>}), or null. */
  private static Class<?> fila(RecordComponent c) {
    Type generico = c.getGenericType();
    if (generico instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] instanceof Class<?> elemento
        && elemento.isRecord()) {
      return elemento;
    }
    return null;
  }
}
