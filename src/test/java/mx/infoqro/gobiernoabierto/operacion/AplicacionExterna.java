package mx.infoqro.gobiernoabierto.operacion;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a separate JVM, as an operator runs it: started with environment variables,
 * ready when {@code /actuator/health/readiness} answers 200, stopped gently or killed with SIGKILL.
 * By default it runs from the test's classpath without the test classes (the same classes and
 * resources the jar holds); {@link #jar} runs a built jar instead.
 */
public final class AplicacionExterna implements AutoCloseable {

  public static final String CLASE_PRINCIPAL = "mx.infoqro.gobiernoabierto.GobiernoAbiertoApplication";

  private final String nombre;
  private final int puerto;
  private final Path directorio;
  private final Map<String, String> entorno = new LinkedHashMap<>();
  private final List<String> opcionesJvm = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
  private String jar;
  private String clase = CLASE_PRINCIPAL;
  private Process proceso;
  private long iniciado;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** An application named {@code nombre} (its log is {@code <directorio>/<nombre>.log}) on {@code puerto}. */
  public AplicacionExterna(String nombre, int puerto, Path directorio) {
    this.nombre = nombre;
    this.puerto = puerto;
    this.directorio = directorio;
    entorno.put("PORT", String.valueOf(puerto));
  }

  /** The value given to an environment variable, or null. */
  public String entorno(String variable) {
    return entorno.get(variable);
  }

  public AplicacionExterna con(String variable, String valor) {
    entorno.put(variable, valor);
    return this;
  }

  /** JVM options instead of the default small heap with the quick-start compiler. */
  public AplicacionExterna opcionesJvm(String... opciones) {
    opcionesJvm.clear();
    opcionesJvm.addAll(Arrays.asList(opciones));
    return this;
  }

  /** Runs {@code java -jar <ruta>} instead of the classes of the test's classpath. */
  public AplicacionExterna jar(String ruta) {
    this.jar = ruta;
    return this;
  }

  /** Another main class on the same classpath (the bare engine of the benchmarks). */
  public AplicacionExterna clase(String principal) {
    this.clase = principal;
    return this;
  }

  public int puerto() {
    return puerto;
  }

  public String url(String ruta) {
    return "http://127.0.0.1:" + puerto + ruta;
  }

  public Path log() {
    return directorio.resolve(nombre + ".log");
  }

  /** Where the log ends now: pass it to {@link #logDesde} to read only what comes after. */
  public long finLog() {
    try {
      return Files.exists(log()) ? Files.size(log()) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log from {@code desde} bytes (a {@link #finLog} taken earlier) to its end. */
  public String logDesde(long desde) {
    try (var in = Files.newInputStream(log())) {
      in.skipNBytes(desde);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code linea} shows in the log after {@code desde} bytes; fails after {@code limite}. */
  public void esperarEnLog(long desde, String linea, Duration limite) {
    long fin = System.nanoTime() + limite.toNanos();
    while (System.nanoTime() < fin) {
      if (logDesde(desde).contains(linea)) {
        return;
      }
      dormir(10);
    }
    throw new IllegalStateException("\"" + linea + "\" not in " + log() + " within " + limite);
  }

  /** Starts the JVM (appending to its log); returns at once. */
  public AplicacionExterna iniciar() {
    try {
      Files.createDirectories(directorio);
      List<String> comando = new ArrayList<>();
      comando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      comando.addAll(opcionesJvm);
      comando.add("-Duser.timezone=America/Mexico_City");
      if (jar != null) {
        comando.addAll(List.of("-jar", jar));
      } else {
        comando.addAll(List.of("-cp", classpathSinPruebas(), clase));
      }
      ProcessBuilder pb = new ProcessBuilder(comando).directory(directorio.toFile());
      pb.environment().putAll(entorno);
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      iniciado = System.nanoTime();
      proceso = pb.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the readiness probe answers 200 (or {@code ruta} answers 200); returns the ms since {@link #iniciar}. */
  public long esperarLista(Duration limite) {
    return esperar("/actuator/health/readiness", limite);
  }

  /** Waits until {@code ruta} answers 200; returns the milliseconds since {@link #iniciar}. */
  public long esperar(String ruta, Duration limite) {
    long fin = System.nanoTime() + limite.toNanos();
    while (System.nanoTime() < fin) {
      if (!proceso.isAlive()) {
        throw new IllegalStateException(nombre + " ended with code " + proceso.exitValue() + "; see " + log());
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url(ruta))).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return (System.nanoTime() - iniciado) / 1_000_000;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      dormir(50);
    }
    throw new IllegalStateException(nombre + " not ready within " + limite + "; see " + log());
  }

  /** SIGKILL: no shutdown hook, no flush, nothing the application could finish. */
  public void matar() {
    if (proceso != null && proceso.isAlive()) {
      proceso.destroyForcibly();
      esperarFin();
    }
  }

  /** SIGTERM and wait: the application's graceful shutdown. */
  public void detener() {
    if (proceso != null && proceso.isAlive()) {
      proceso.destroy();
      esperarFin();
    }
  }

  public long pid() {
    return proceso.pid();
  }

  /** Resident memory of the JVM in MiB (VmRSS of /proc). */
  public long residenteMiB() {
    return residenteMiB(proceso.pid());
  }

  public static long residenteMiB(long pid) {
    try {
      for (String linea : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (linea.startsWith("VmRSS:")) {
          return Long.parseLong(linea.replaceAll("[^0-9]", "")) / 1024;
        }
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    detener();
  }

  private void esperarFin() {
    try {
      if (!proceso.waitFor(60, TimeUnit.SECONDS)) {
        proceso.destroyForcibly();
        proceso.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The test JVM's classpath less the test classes: what the packaged application contains. */
  static String classpathSinPruebas() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
        .collect(Collectors.joining(File.pathSeparator));
  }

  public static void dormir(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
