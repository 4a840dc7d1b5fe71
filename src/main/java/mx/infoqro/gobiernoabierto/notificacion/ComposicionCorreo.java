package mx.infoqro.gobiernoabierto.notificacion;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail of a message of the outbox ({@link EnvioCorreoService}): multipart HTML + text from its
 * template, from the organism's sender address, with its attachment.
 */
@Component
class ComposicionCorreo {

  private final JavaMailSender mailSender;
  private final PlantillasCorreo plantillas;
  private final CorreoProperties correo;
  private final Organismo organismo;

  ComposicionCorreo(JavaMailSender mailSender, PlantillasCorreo plantillas, CorreoProperties correo, Organismo organismo) {
    this.mailSender = mailSender;
    this.plantillas = plantillas;
    this.correo = correo;
    this.organismo = organismo;
  }

  /**
   * The mail: one recipient in To; a group's members in Bcc (they do not see each other's
   * addresses), with an empty group "undisclosed-recipients" in To.
   */
  MimeMessage mensaje(Notificacion n, Set<String> destinatarios)
      throws MessagingException, UnsupportedEncodingException {
    PlantillasCorreo.Correo cuerpo = plantillas.renderizar(n);
    MimeMessage mime = mailSender.createMimeMessage();
    MimeMessageHelper m = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    InternetAddress remitente = new InternetAddress(correo.remitente(), organismo.getNombre(), "UTF-8");
    m.setFrom(remitente);
    if (StringUtils.hasText(organismo.getCorreo())) {
      m.setReplyTo(organismo.getCorreo());
    }
    if (StringUtils.hasText(n.getDestinatarioCorreo())) {
      m.setTo(destinatarios.toArray(String[]::new));
    } else {
      m.setBcc(destinatarios.toArray(String[]::new));
      mime.setHeader("To", "undisclosed-recipients:;");
    }
    m.setSubject(n.getAsunto());
    m.setText(cuerpo.texto(), cuerpo.html());
    if (StringUtils.hasText(n.getAdjuntoNombre()) && n.getAdjuntoContenido() != null) {
      m.addAttachment(
          n.getAdjuntoNombre(),
          new ByteArrayResource(n.getAdjuntoContenido().getBytes(StandardCharsets.UTF_8)),
          n.getAdjuntoTipo() != null ? n.getAdjuntoTipo() : "application/octet-stream");
    }
    return mime;
  }
}
