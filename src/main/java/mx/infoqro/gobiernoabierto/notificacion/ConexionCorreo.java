package mx.infoqro.gobiernoabierto.notificacion;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * One connection to the mail server for a whole batch, opened at its first message: with a real
 * server (TLS, authentication) the connection costs more than a message. A message the server
 * refuses closes it (the next one opens another); a server that cannot be reached fails the rest
 * of the batch at once, as the same attempt would. What {@code JavaMailSenderImpl.send} does for
 * one message (sent date, Message-ID kept, recipients), per message over the open connection.
 */
final class ConexionCorreo implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConexionCorreo.class);

  private final JavaMailSender mailSender;
  private Transport transporte;
  private MessagingException inalcanzable;

  ConexionCorreo(JavaMailSender mailSender) {
    this.mailSender = mailSender;
  }

  void enviar(MimeMessage mime) throws MessagingException {
    if (!(mailSender instanceof JavaMailSenderImpl servidor)) {
      mailSender.send(mime);
      return;
    }
    if (inalcanzable != null) {
      throw inalcanzable;
    }
    if (transporte == null) {
      Transport nuevo = servidor.getSession().getTransport(servidor.getProtocol() != null ? servidor.getProtocol() : "smtp");
      try {
        nuevo.connect(servidor.getHost(), servidor.getPort(), vacioComoNulo(servidor.getUsername()), vacioComoNulo(servidor.getPassword()));
      } catch (MessagingException e) {
        inalcanzable = e;
        throw e;
      }
      transporte = nuevo;
    }
    if (mime.getSentDate() == null) {
      mime.setSentDate(new Date());
    }
    String id = mime.getMessageID();
    mime.saveChanges();
    if (id != null) {
      mime.setHeader("Message-ID", id);
    }
    Address[] destinatarios = mime.getAllRecipients();
    try {
      transporte.sendMessage(mime, destinatarios != null ? destinatarios : new Address[0]);
    } catch (MessagingException | RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (transporte != null) {
      try {
        transporte.close();
      } catch (MessagingException e) {
        LOG.debug("Cierre de la conexión con el servidor de correo: {}", e.getMessage());
      }
      transporte = null;
    }
  }

  private static String vacioComoNulo(String texto) {
    return StringUtils.hasLength(texto) ? texto : null;
  }
}
