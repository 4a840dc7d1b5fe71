package mx.infoqro.gobiernoabierto.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Fault test: the application in its own process receives registrations from concurrent visitors
 * and is killed with SIGKILL in the middle; restarted on the same database, every registration the
 * portal acknowledged ("revise su correo") is in the database and its confirmation e-mail reaches
 * the mail server (a GreenMail that outlives the application) within 60 seconds of the restart:
 * jobs the dead process had locked are taken again when their short lock expires
 * ({@code JOB_LOCK_TIME_MS}). On the embedded default (H2 file, commits written before they are
 * acknowledged: {@code WRITE_DELAY=0}) and on PostgreSQL.
 */
class CaidaAbruptaTest {

  private static final int PUERTO_APP = 18110;
  private static final int PUERTO_SMTP = 18111;
  private static final Duration ARRANQUE = Duration.ofMinutes(4);

  private final Path directorio = Path.of("target", "falla-" + System.nanoTime());
  private GreenMail correo;

  @BeforeEach
  void servidorDeCorreo() {
    correo = new GreenMail(new ServerSetup(PUERTO_SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    correo.start();
  }

  @AfterEach
  void limpiar() {
    correo.stop();
    // the database goes; the application's log stays in target/ for whoever reads a failure
    FileSystemUtils.deleteRecursively(directorio.resolve("data").toFile());
  }

  @Test
  void acknowledgedRegistrationsSurviveAKillOnTheEmbeddedH2() throws Exception {
    // The default database URL of application.yaml (./data under the application's directory);
    // -Dfalla.h2.url=... tries another, e.g. without WRITE_DELAY=0 to see what it loses
    String otra = System.getProperty("falla.h2.url");
    Set<String> aceptados = cargarMatarYReiniciar(otra == null ? Map.of() : Map.of("DB_URL", otra));

    Path archivo = directorio.resolve("data");
    assertThat(registradosEnBaseDeDatos("jdbc:h2:file:" + archivo.toAbsolutePath().resolve("gobierno-abierto"), "sa", "", aceptados))
        .containsExactlyInAnyOrderElementsOf(aceptados);
  }

  @Test
  void acknowledgedRegistrationsSurviveAKillOnPostgres() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      Set<String> aceptados =
          cargarMatarYReiniciar(
              Map.of("SPRING_PROFILES_ACTIVE", "demo,postgres", "DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", ""));

      assertThat(registradosEnBaseDeDatos(url, "postgres", "", aceptados)).containsExactlyInAnyOrderElementsOf(aceptados);
    }
  }

  /**
   * Starts the demo, opens a registration, kills the application under load, restarts it and waits
   * for the mail of every acknowledged registration; stops it gently at the end and returns the
   * acknowledged addresses.
   */
  private Set<String> cargarMatarYReiniciar(Map<String, String> baseDeDatos) throws Exception {
    Files.createDirectories(directorio);
    AplicacionExterna app = aplicacion(baseDeDatos).iniciar();
    Set<String> aceptados;
    try {
      app.esperarLista(ARRANQUE);
      ClientePortal portal = new ClientePortal(app.url(""));
      String eje = portal.abrirRegistroSiguiente(Duration.ofSeconds(90)).get(0);

      CargaRegistros carga = new CargaRegistros(portal, eje, "caida", 8).iniciar(5_000);
      long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (carga.aceptados.size() < 150 && System.nanoTime() < limite) {
        AplicacionExterna.dormir(20);
      }
      app.matar();
      carga.parar();
      carga.esperar(60);
      aceptados = new HashSet<>(carga.aceptados);
      assertThat(aceptados).as("registrations acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);
      System.out.printf(
          "Fault test: %d acknowledged, %d without answer at the kill%n", aceptados.size(), carga.sinRespuesta());

      AplicacionExterna reiniciada = aplicacion(baseDeDatos).iniciar();
      app = reiniciada;
      reiniciada.esperarLista(ARRANQUE);
      long listo = System.nanoTime();
      Map<String, Integer> recibidos = esperarCorreos(aceptados, Duration.ofSeconds(90));
      double segundos = (System.nanoTime() - listo) / 1e9;
      Set<String> sinCorreo = new HashSet<>(aceptados);
      sinCorreo.removeAll(recibidos.keySet());
      long duplicados = recibidos.values().stream().filter(n -> n > 1).count();
      System.out.printf(
          "Fault test: every mail delivered %.1f s after the restart was ready; %d address(es) got it twice%n",
          segundos, duplicados);
      assertThat(sinCorreo).as("acknowledged registrations without their confirmation mail").isEmpty();
      assertThat(segundos).as("seconds after the restart until the last mail").isLessThan(60);
    } finally {
      app.detener();
    }
    return aceptados;
  }

  private AplicacionExterna aplicacion(Map<String, String> baseDeDatos) {
    AplicacionExterna app =
        new AplicacionExterna("app", PUERTO_APP, directorio)
            .con("SPRING_PROFILES_ACTIVE", "demo")
            .con("DEMO_MAIL_EMBEDDED", "false")
            .con("MAIL_HOST", "127.0.0.1")
            .con("MAIL_PORT", String.valueOf(PUERTO_SMTP))
            .con("MAIL_AUTH", "false")
            .con("MAIL_STARTTLS", "false");
    baseDeDatos.forEach(app::con);
    return app;
  }

  /** Confirmation mails received per acknowledged address, waiting until each has one or the limit. */
  private Map<String, Integer> esperarCorreos(Set<String> direcciones, Duration limite) throws MessagingException {
    long fin = System.nanoTime() + limite.toNanos();
    Map<String, Integer> recibidos = new HashMap<>();
    while (System.nanoTime() < fin) {
      recibidos.clear();
      for (MimeMessage m : correo.getReceivedMessages()) {
        for (Address a : m.getAllRecipients()) {
          String direccion = a.toString();
          if (direcciones.contains(direccion)) {
            recibidos.merge(direccion, 1, Integer::sum);
          }
        }
      }
      if (recibidos.keySet().containsAll(direcciones)) {
        break;
      }
      AplicacionExterna.dormir(250);
    }
    return recibidos;
  }

  private static Set<String> registradosEnBaseDeDatos(String url, String usuario, String clave, Set<String> correos)
      throws Exception {
    Set<String> encontrados = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, usuario, clave);
        PreparedStatement consulta = c.prepareStatement("select p.correo from participante p join registro r on r.participante_id = p.id");
        ResultSet filas = consulta.executeQuery()) {
      while (filas.next()) {
        if (correos.contains(filas.getString(1))) {
          encontrados.add(filas.getString(1));
        }
      }
    }
    return encontrados;
  }
}
