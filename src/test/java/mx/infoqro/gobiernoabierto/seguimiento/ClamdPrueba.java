package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real ClamAV daemon for the tests (Debian's {@code clamav-daemon}; {@code .ci/run} installs it):
 * started with its own configuration on a free port of 127.0.0.1 and a signature database of one
 * hash signature ({@code sigtool --md5}) of a text file made here, {@link #infectado()}; no public
 * signatures are downloaded. It can be stopped and started again on the same port.
 */
public final class ClamdPrueba implements AutoCloseable {

  private static final Path CLAMD = Path.of("/usr/sbin/clamd");
  private static final Path SIGTOOL = Path.of("/usr/bin/sigtool");

  private final Path carpeta;
  private final int puerto;
  private final byte[] infectado;
  private Process proceso;

  private ClamdPrueba(Path carpeta, int puerto, byte[] infectado) {
    this.carpeta = carpeta;
    this.puerto = puerto;
    this.infectado = infectado;
  }

  private static ClamdPrueba compartido;

  /** Whether clamd and sigtool are installed here. */
  public static boolean instalado() {
    return Files.isExecutable(CLAMD) && Files.isExecutable(SIGTOOL);
  }

  /**
   * One daemon for the whole test run (started on first use, stopped when the JVM ends), for the
   * tests whose Spring context must know its port before it starts ({@code @DynamicPropertySource}).
   */
  public static synchronized ClamdPrueba compartido() {
    if (compartido == null) {
      try {
        compartido = iniciar();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      ClamdPrueba suyo = compartido;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          suyo.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    return compartido;
  }

  /** Starts a daemon (the test is skipped where clamd is not installed: {@code apt-get install clamav-daemon}). */
  public static ClamdPrueba iniciar() throws IOException, InterruptedException {
    Assumptions.assumeTrue(instalado(), "clamd is not installed (apt-get install clamav-daemon; .ci/run does it)");
    Path carpeta = Files.createTempDirectory("clamd-prueba");
    Path base = Files.createDirectory(carpeta.resolve("firmas"));
    byte[] infectado = ("Archivo de prueba del antivirus " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    Path muestra = Files.write(carpeta.resolve("muestra.txt"), infectado);
    Process sigtool = new ProcessBuilder(SIGTOOL.toString(), "--md5", muestra.toString()).redirectErrorStream(true).start();
    String firma = new String(sigtool.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    if (sigtool.waitFor() != 0 || firma.isEmpty()) {
      throw new IllegalStateException("sigtool failed: " + firma);
    }
    Files.writeString(base.resolve("prueba.hdb"), firma.replace(":muestra.txt", ":Prueba.Evidencia.Maliciosa") + "\n");
    int puerto;
    try (ServerSocket libre = new ServerSocket(0)) {
      puerto = libre.getLocalPort();
    }
    Files.writeString(
        carpeta.resolve("clamd.conf"),
        String.join(
            "\n",
            "TCPSocket " + puerto,
            "TCPAddr 127.0.0.1",
            "Foreground true",
            "DatabaseDirectory " + base,
            "StreamMaxLength 60M",
            "SelfCheck 0",
            ""));
    ClamdPrueba clamd = new ClamdPrueba(carpeta, puerto, infectado);
    clamd.arrancar();
    return clamd;
  }

  /** Starts the daemon again (after {@link #detener}); returns when it answers PING. */
  public void arrancar() throws IOException, InterruptedException {
    proceso =
        new ProcessBuilder(CLAMD.toString(), "-c", carpeta.resolve("clamd.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(carpeta.resolve("clamd.log").toFile())
            .start();
    ClienteClamd cliente = cliente();
    long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!cliente.disponible()) {
      if (!proceso.isAlive() || System.nanoTime() > fin) {
        throw new IllegalStateException("clamd did not start: " + Files.readString(carpeta.resolve("clamd.log")));
      }
      Thread.sleep(200);
    }
  }

  /** Stops the daemon (as a crash or a restart would); the port then refuses connections. */
  public void detener() throws InterruptedException {
    if (proceso != null && proceso.isAlive()) {
      proceso.destroy();
      if (!proceso.waitFor(10, TimeUnit.SECONDS)) {
        proceso.destroyForcibly().waitFor();
      }
    }
  }

  public int puerto() {
    return puerto;
  }

  /** A client of this daemon. */
  public ClienteClamd cliente() {
    return new ClienteClamd("127.0.0.1", puerto, Duration.ofSeconds(30));
  }

  /** The bytes of the file the daemon's only signature matches (a plain text file). */
  public byte[] infectado() {
    return infectado.clone();
  }

  @Override
  public void close() throws InterruptedException {
    detener();
    try (var archivos = Files.walk(carpeta)) {
      for (Path p : archivos.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
