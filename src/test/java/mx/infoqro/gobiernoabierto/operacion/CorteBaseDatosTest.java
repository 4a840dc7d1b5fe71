package mx.infoqro.gobiernoabierto.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A database outage: PostgreSQL stops under the running application (its job executor on) and
 * comes back on the same data. Meanwhile a person gets the Spanish 503 page, not an error; when it
 * returns, pages answer again and the job executor delivers new mail, without a restart.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "spring.datasource.hikari.connection-timeout=2000"})
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class CorteBaseDatosTest {

  private static final Path DATOS = Path.of("target", "corte-bd-" + System.nanoTime());
  private static final int PUERTO_PG = puertoLibre();
  private static EmbeddedPostgres postgres = iniciarPostgres();

  @LocalServerPort int puerto;
  @Autowired Notificador notificador;
  @Autowired TransactionTemplate tx;
  @Autowired JavaMailSender mailSender;

  @DynamicPropertySource
  static void baseDeDatos(DynamicPropertyRegistry propiedades) {
    propiedades.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    propiedades.add("spring.datasource.username", () -> "postgres");
    propiedades.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void cerrar() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
    FileSystemUtils.deleteRecursively(DATOS.toFile());
  }

  @Test
  void pagesAnswer503WhileTheDatabaseIsDownAndEverythingRecoversWhenItReturns() throws Exception {
    ClientePortal portal = new ClientePortal("http://127.0.0.1:" + puerto);
    assertThat(portal.get("/registro", null, null).statusCode()).isEqualTo(200);

    postgres.close();
    HttpResponse<String> caida = portal.get("/registro", null, null);
    assertThat(caida.statusCode()).isEqualTo(503);
    assertThat(caida.headers().firstValue("Retry-After")).isPresent();
    assertThat(caida.body()).contains("Servicio no disponible por el momento", "inténtelo de nuevo en unos minutos");
    assertThat(caida.headers().firstValue("Content-Security-Policy")).as("the portal's headers on the 503 page").isPresent();
    assertThat(caida.headers().firstValue("X-Frame-Options")).contains("DENY");

    postgres = iniciarPostgres();
    long fin = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int estado = 0;
    while (System.nanoTime() < fin && estado != 200) {
      estado = portal.get("/registro", null, null).statusCode();
    }
    assertThat(estado).as("the page after the database returned").isEqualTo(200);

    // The job executor survived the outage: a message queued now is delivered by it
    GreenMail smtp = new GreenMail(new ServerSetup(puertoLibre(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
    String host = sender.getHost();
    int puertoSmtp = sender.getPort();
    try {
      sender.setHost("127.0.0.1");
      sender.setPort(smtp.getSmtp().getPort());
      tx.executeWithoutResult(
          s -> notificador.aCorreo("CORTE-BD", "ASIGNACION_MESA", "vuelta@corte.example", "Persona", "Salud", "CORTE-BD"));
      assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 1)).as("mail delivered by the job executor").isTrue();
    } finally {
      sender.setHost(host);
      sender.setPort(puertoSmtp);
      smtp.stop();
    }
  }

  private static EmbeddedPostgres iniciarPostgres() {
    try {
      Files.createDirectories(DATOS);
      return EmbeddedPostgres.builder()
          .setDataDirectory(DATOS)
          .setCleanDataDirectory(false)
          .setPort(PUERTO_PG)
          .setPGStartupWait(Duration.ofSeconds(60))
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("The embedded PostgreSQL did not start", e);
    }
  }

  private static int puertoLibre() {
    try (ServerSocket libre = new ServerSocket(0)) {
      return libre.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
