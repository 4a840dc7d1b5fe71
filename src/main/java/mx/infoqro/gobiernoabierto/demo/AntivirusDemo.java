package mx.infoqro.gobiernoabierto.demo;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.PropiedadesEvidencias;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the antivirus of the evidence uploads. Where nothing answers on the configured
 * clamd address (127.0.0.1:3310 by default) and Debian's {@code clamav-daemon} is installed, the
 * demo starts its own {@code clamd} there, with a signature database of one hash signature: that of
 * {@code data/clamd-demo/archivo-de-prueba-antivirus.txt}, a text file written here, so a person can
 * see an upload refused by the antivirus (the public signatures are not downloaded; production runs
 * {@code freshclam}). The daemon stops with the application. Without clamd, uploads wait in
 * quarantine (readiness says so) until one answers.
 */
@Component
@Profile("demo")
class AntivirusDemo {

  private static final Logger LOG = LoggerFactory.getLogger(AntivirusDemo.class);
  private static final Path CLAMD = Path.of("/usr/sbin/clamd");

  /** The content of the demo's "infected" file: plain text, known to the demo's clamd only. */
  static final String CONTENIDO_PRUEBA =
      "Archivo de prueba del antivirus de Gobierno Abierto (demo). Su huella es la unica firma que conoce el clamd de la demo.\n";

  private final ArchivosEvidencia archivos;
  private final PropiedadesEvidencias propiedades;
  private final Path carpeta;
  private Process clamd;

  AntivirusDemo(
      ArchivosEvidencia archivos, PropiedadesEvidencias propiedades, @Value("${gobierno-abierto.demo.clamd-carpeta:data/clamd-demo}") Path carpeta) {
    this.archivos = archivos;
    this.propiedades = propiedades;
    this.carpeta = carpeta;
  }

  @EventListener(ApplicationReadyEvent.class)
  void iniciar() throws IOException {
    // written even when a clamd already answers: any demo's clamd knows this content's signature
    byte[] prueba = CONTENIDO_PRUEBA.getBytes(StandardCharsets.UTF_8);
    Path muestra = Files.write(Files.createDirectories(carpeta).resolve("archivo-de-prueba-antivirus.txt"), prueba);
    if (archivos.antivirusDisponible()) {
      LOG.info("Demo: clamd already answers on {}:{}", propiedades.clamdHost(), propiedades.clamdPuerto());
      return;
    }
    if (!Files.isExecutable(CLAMD) || !"127.0.0.1".equals(propiedades.clamdHost())) {
      LOG.warn("Demo: no clamd on {}:{} and none to start (apt-get install clamav-daemon): evidence uploads wait in quarantine",
          propiedades.clamdHost(), propiedades.clamdPuerto());
      return;
    }
    Path firmas = Files.createDirectories(carpeta.resolve("firmas"));
    // a hash signature (the format of sigtool --md5): md5:size:name
    Files.writeString(firmas.resolve("demo.hdb"), md5(prueba) + ":" + prueba.length + ":Demo.Evidencia.Prueba\n");
    Path configuracion =
        Files.writeString(
            carpeta.resolve("clamd.conf"),
            String.join(
                "\n",
                "TCPSocket " + propiedades.clamdPuerto(),
                "TCPAddr 127.0.0.1",
                "Foreground true",
                "DatabaseDirectory " + firmas.toAbsolutePath(),
                // at least the per-file limit of the uploads
                "StreamMaxLength " + Math.max(propiedades.maximoArchivo().toMegabytes() + 1, 25) + "M",
                "SelfCheck 0",
                ""));
    clamd =
        new ProcessBuilder(CLAMD.toString(), "-c", configuracion.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(carpeta.resolve("clamd.log").toFile())
            .start();
    LOG.info("Demo: clamd started on 127.0.0.1:{}; {} is the file its only signature matches", propiedades.clamdPuerto(), muestra);
  }

  @PreDestroy
  void detener() {
    if (clamd != null && clamd.isAlive()) {
      clamd.destroy();
    }
  }

  private static String md5(byte[] datos) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(datos));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
