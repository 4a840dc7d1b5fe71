package mx.infoqro.gobiernoabierto.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import org.springframework.util.FileSystemUtils;

/**
 * What the benchmarks share: where the jars are, the JVM options of the documented run command,
 * a fresh directory per run, and the report {@code target/bench/resultados.txt} every figure is
 * appended to (and printed).
 */
final class Bench {

  /** Where the runs and the report go; {@code -Dbench.dir} for a build folder of one's own ({@code -Dbuild.dir}). */
  static final Path DIRECTORIO = Path.of(System.getProperty("bench.dir", "target/bench"));
  static final Path REPORTE = DIRECTORIO.resolve("resultados.txt");

  /** The application's jar (./mvnw package). */
  static String jarAplicacion() {
    return System.getProperty("bench.jar", "target/" + nombreJar());
  }

  /** The file name of the application's jar, given by Maven (pom.xml, surefire). */
  static String nombreJar() {
    String nombre = System.getProperty("bench.jar.nombre");
    if (nombre == null) {
      throw new IllegalStateException("bench.jar.nombre is not set: run the benchmarks through Maven (bench/run)");
    }
    return nombre;
  }

  /** The bare engine's jar (bench/bare). */
  static String jarBase() {
    return System.getProperty("bench.jar.base", "bench/bare/target/camunda-base-1.0.0.jar");
  }

  /** The JVM options of the run command in docs/operacion.md for the application. */
  static String[] opcionesAplicacion() {
    return System.getProperty("bench.jvm.app", "-Xmx352m -XX:+UseSerialGC -Xss512k").trim().split("\\s+");
  }

  /** The bare engine runs with the JVM's defaults, as its users would start it. */
  static String[] opcionesBase() {
    String o = System.getProperty("bench.jvm.base", "").trim();
    return o.isEmpty() ? new String[0] : o.split("\\s+");
  }

  /** A new empty directory for one run of one application. */
  static Path directorio(String nombre) {
    Path d = DIRECTORIO.resolve(nombre);
    FileSystemUtils.deleteRecursively(d.toFile());
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  /** The application as docs/operacion.md runs it: {@code java <options> -jar}, demo profile, port given. */
  static AplicacionExterna aplicacion(String nombre, int puerto) {
    return new AplicacionExterna(nombre, puerto, directorio(nombre))
        .jar(Path.of(jarAplicacion()).toAbsolutePath().toString())
        .opcionesJvm(opcionesAplicacion())
        .con("SPRING_PROFILES_ACTIVE", "demo")
        .con("DEMO_SMTP_PORT", String.valueOf(puerto + 1))
        .con("DEMO_IMAP_PORT", String.valueOf(puerto + 2));
  }

  static AplicacionExterna base(String nombre, int puerto) {
    return new AplicacionExterna(nombre, puerto, directorio(nombre))
        .jar(Path.of(jarBase()).toAbsolutePath().toString())
        .opcionesJvm(opcionesBase());
  }

  /** Prints a line and appends it to the report. */
  static void informar(String formato, Object... argumentos) {
    String linea = String.format(Locale.ROOT, formato, argumentos);
    System.out.println(linea);
    try {
      Files.createDirectories(DIRECTORIO);
      Files.writeString(
          REPORTE, linea + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void encabezado(String prueba) {
    informar(
        "== %s · %s · %d cores, load average %s · %s %s · JVM options of the application: %s",
        prueba,
        LocalDateTime.now().withNano(0),
        Runtime.getRuntime().availableProcessors(),
        cargaMaquina(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        String.join(" ", Arrays.asList(opcionesAplicacion())));
  }

  /** The machine's load average over the last minute (others' work shares the two cores). */
  static String cargaMaquina() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  static double mediana(List<Long> valores) {
    List<Long> l = valores.stream().sorted().toList();
    return l.size() % 2 == 1 ? l.get(l.size() / 2) : (l.get(l.size() / 2 - 1) + l.get(l.size() / 2)) / 2.0;
  }

  private Bench() {}
}
