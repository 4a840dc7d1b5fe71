package mx.infoqro.gobiernoabierto.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.AbstractSocketProtocolHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's embedded mail server: SMTP with Nagle's algorithm off on the server's side, and still
 * one server whose mail the IMAP side (the demo's mail client) reads.
 */
class ServidorCorreoEmbebidoTest {

  private static ServerSetup servicio(String protocolo) {
    return new ServerSetup(0, "127.0.0.1", protocolo).dynamicPort();
  }

  @Test
  void mailSentBySmtpArrivesAndIsReadByImap() throws Exception {
    GreenMail servidor =
        new ServidorCorreoEmbebido(servicio(ServerSetup.PROTOCOL_SMTP), servicio(ServerSetup.PROTOCOL_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    servidor.start();
    try {
      JavaMailSenderImpl remitente = remitente(servidor);
      SimpleMailMessage mensaje = new SimpleMailMessage();
      mensaje.setFrom("comision@infoqro.example");
      mensaje.setTo("ciudadana@correo.example");
      mensaje.setSubject("Confirmación de registro");
      mensaje.setText("Su registro en la mesa de Participación ciudadana está confirmado.");
      remitente.send(mensaje);

      assertThat(servidor.getReceivedMessages()).hasSize(1);
      Store imap = servidor.getImap().createStore();
      imap.connect("ciudadana@correo.example", "cualquiera");
      try {
        Folder entrada = imap.getFolder("INBOX");
        entrada.open(Folder.READ_ONLY);
        Message[] recibidos = entrada.getMessages();
        assertThat(recibidos).hasSize(1);
        assertThat(recibidos[0].getSubject()).isEqualTo("Confirmación de registro");
      } finally {
        imap.close();
      }
    } finally {
      servidor.stop();
    }
  }

  @Test
  void keepsOnlyTheMostRecentMessagesAndForgetsRecipientsLeftWithout() throws Exception {
    // At most 5: every delivery first trims what came before it to 5
    ServidorCorreoEmbebido servidor = new ServidorCorreoEmbebido(5, servicio(ServerSetup.PROTOCOL_SMTP));
    servidor.start();
    try {
      JavaMailSenderImpl remitente = remitente(servidor);
      for (int n = 1; n <= 8; n++) {
        enviar(remitente, "persona" + n + "@correo.example", "Aviso " + n);
      }
      assertThat(asuntos(servidor)).containsExactlyInAnyOrder("Aviso 3", "Aviso 4", "Aviso 5", "Aviso 6", "Aviso 7", "Aviso 8");

      assertThat(servidor.recortar()).isEqualTo(1);
      assertThat(asuntos(servidor)).containsExactlyInAnyOrder("Aviso 4", "Aviso 5", "Aviso 6", "Aviso 7", "Aviso 8");
      // the recipients whose mail was deleted are gone (GreenMail walks every recipient's mailbox on each delivery)
      assertThat(servidor.getUserManager().hasUser("persona1@correo.example")).isFalse();
      assertThat(servidor.getUserManager().hasUser("persona3@correo.example")).isFalse();
      assertThat(servidor.getUserManager().hasUser("persona4@correo.example")).isTrue();
      assertThat(servidor.getUserManager().listUser()).hasSize(5);

      // a forgotten recipient receives again
      enviar(remitente, "persona1@correo.example", "Aviso 9");
      assertThat(asuntos(servidor)).containsExactlyInAnyOrder("Aviso 4", "Aviso 5", "Aviso 6", "Aviso 7", "Aviso 8", "Aviso 9");
      assertThat(servidor.getUserManager().hasUser("persona1@correo.example")).isTrue();
    } finally {
      servidor.stop();
    }
  }

  @Test
  void withoutMaximumEveryMessageIsKept() throws Exception {
    ServidorCorreoEmbebido servidor = new ServidorCorreoEmbebido(servicio(ServerSetup.PROTOCOL_SMTP));
    servidor.start();
    try {
      JavaMailSenderImpl remitente = remitente(servidor);
      for (int n = 1; n <= 12; n++) {
        enviar(remitente, "persona" + n + "@correo.example", "Aviso " + n);
      }
      assertThat(servidor.getReceivedMessages()).hasSize(12);
    } finally {
      servidor.stop();
    }
  }

  private static JavaMailSenderImpl remitente(GreenMail servidor) {
    JavaMailSenderImpl remitente = new JavaMailSenderImpl();
    remitente.setHost("127.0.0.1");
    remitente.setPort(servidor.getSmtp().getPort());
    remitente.setDefaultEncoding("UTF-8");
    return remitente;
  }

  private static void enviar(JavaMailSenderImpl remitente, String para, String asunto) {
    SimpleMailMessage mensaje = new SimpleMailMessage();
    mensaje.setFrom("comision@infoqro.example");
    mensaje.setTo(para);
    mensaje.setSubject(asunto);
    mensaje.setText("Texto del aviso.");
    remitente.send(mensaje);
  }

  private static List<String> asuntos(GreenMail servidor) throws Exception {
    List<String> asuntos = new ArrayList<>();
    for (var mensaje : servidor.getReceivedMessages()) {
      asuntos.add(mensaje.getSubject());
    }
    return asuntos;
  }

  @Test
  void smtpConnectionsHaveNagleOffOnTheServerSide() throws Exception {
    assertThat(nagleApagadoEnElServidor(new ServidorCorreoEmbebido(servicio(ServerSetup.PROTOCOL_SMTP)))).isTrue();
    // GreenMail as it ships leaves it on: what the subclass changes
    assertThat(nagleApagadoEnElServidor(new GreenMail(servicio(ServerSetup.PROTOCOL_SMTP)))).isFalse();
  }

  /** Opens a connection, waits for the greeting, and reads the option on the server's socket. */
  private static boolean nagleApagadoEnElServidor(GreenMail servidor) throws Exception {
    servidor.start();
    try (Socket cliente = new Socket("127.0.0.1", servidor.getSmtp().getPort())) {
      var lector = new BufferedReader(new InputStreamReader(cliente.getInputStream(), StandardCharsets.US_ASCII));
      assertThat(lector.readLine()).startsWith("220 ");
      // GreenMail offers no accessor for its connections: its own fields, read as a test may
      Field manejadores = AbstractServer.class.getDeclaredField("handlers");
      manejadores.setAccessible(true);
      List<?> abiertas = (List<?>) manejadores.get(servidor.getSmtp());
      assertThat(abiertas).hasSize(1);
      Field socket = AbstractSocketProtocolHandler.class.getDeclaredField("socket");
      socket.setAccessible(true);
      return ((Socket) socket.get(abiertas.get(0))).getTcpNoDelay();
    } finally {
      servidor.stop();
    }
  }
}
