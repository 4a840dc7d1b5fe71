package mx.infoqro.gobiernoabierto.notificacion;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Delivers one message of the outbox by e-mail in its own transaction (the dispatcher's first
 * attempt, {@link DespachoCorreos}) or in the job's (the step {@code Task_EnviarCorreo} of
 * {@code envio-notificacion}, the retries): the row is marked sent when that transaction commits. A
 * failed attempt is recorded in the row by the dispatcher, or by {@link FallosEnvioPlugin} once the
 * job's transaction has rolled back.
 */
@Service
public class EnvioCorreoService {

  private static final Logger LOG = LoggerFactory.getLogger(EnvioCorreoService.class);

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader on every encoded header and
    // part it writes (jakartaee/mail-api#861); inside the Spring Boot jar that scan of the nested
    // jars was a tenth of the CPU of a registration peak (JFR, bench B2). Naming the implementation
    // turns each lookup into a lookup of an already loaded class.
    System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
  }
  private static final int MAX_ERROR = 2000;

  private final NotificacionRepository notificaciones;
  private final IdentityService identityService;
  private final JavaMailSender mailSender;
  private final PlantillasCorreo plantillas;
  private final MessageSource mensajes;
  private final CorreoProperties correo;
  private final Organismo organismo;
  private final SujetoObligadoService sujetos;
  private final Plazos plazos;

  EnvioCorreoService(
      NotificacionRepository notificaciones,
      IdentityService identityService,
      JavaMailSender mailSender,
      PlantillasCorreo plantillas,
      MessageSource mensajes,
      CorreoProperties correo,
      Organismo organismo,
      SujetoObligadoService sujetos,
      Plazos plazos) {
    this.sujetos = sujetos;
    this.plazos = plazos;
    this.notificaciones = notificaciones;
    this.identityService = identityService;
    this.mailSender = mailSender;
    SocketsSinRetardo.usarEn(mailSender);
    this.plantillas = plantillas;
    this.mensajes = mensajes;
    this.correo = correo;
    this.organismo = organismo;
  }

  /**
   * What sending a batch did: how many messages were sent, why each failed one was not, and which
   * were not tried because the batch ran out of time.
   */
  public record ResultadoLote(int enviados, Map<Long, EnvioFallidoException> fallos, List<Long> sinIntentar) {}

  /**
   * Sends notification {@code id} to its address or to the e-mails of its group's members, as
   * multipart HTML + text, and marks it sent ({@code enviada}, {@code intentos} + 1). A message
   * already sent is not sent again. On failure (no recipient with e-mail, SMTP error) throws
   * {@link EnvioFallidoException}: the job is retried and finally becomes an incident, and the
   * attempt and its error are recorded in the row (see {@link #registrarFallo}).
   */
  @Transactional
  public void enviar(Long id) {
    EnvioFallidoException fallo = enviarLote(List.of(id), Long.MAX_VALUE).fallos().get(id);
    if (fallo != null) {
      throw fallo;
    }
  }

  /**
   * Sends the messages one after another over one connection to the mail server and marks those
   * sent in one transaction (one commit for the batch); a message already sent is skipped. Nothing
   * is thrown for a message that could not be sent: it is among the result's failures, unmarked,
   * for the caller to record. Once {@code System.nanoTime()} passes {@code limiteNanos} the
   * remaining messages are not tried.
   */
  @Transactional
  public ResultadoLote enviarLote(List<Long> ids, long limiteNanos) {
    Map<Long, EnvioFallidoException> fallos = new LinkedHashMap<>();
    List<Long> sinIntentar = new ArrayList<>();
    Map<Long, Notificacion> filas = new LinkedHashMap<>();
    notificaciones.findAllById(ids).forEach(n -> filas.put(n.getId(), n));
    int enviados = 0;
    try (ConexionCorreo conexion = new ConexionCorreo()) {
      for (Long id : ids) {
        Notificacion n = filas.get(id);
        if (System.nanoTime() - limiteNanos > 0) {
          sinIntentar.add(id);
        } else if (n == null) {
          fallos.put(id, new EnvioFallidoException(id, texto("correo.error.no-existe"), texto("correo.error.no-existe")));
        } else if (n.getEnviada() != null) {
          LOG.info("Notificación {} ({}) ya se había enviado; no se envía de nuevo", id, n.getTipo());
        } else {
          try {
            Set<String> destinatarios = destinatarios(n);
            conexion.enviar(mensaje(n, destinatarios));
            n.setEnviada(plazos.instante());
            n.setIntentos(n.getIntentos() + 1);
            enviados++;
            LOG.info("Notificación {} ({}) enviada a {} destinatario(s)", id, n.getTipo(), destinatarios.size());
          } catch (SinDestinatariosException e) {
            fallos.put(id, new EnvioFallidoException(id, e.getMessage(), e.getMessage()));
          } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            String razon = texto("correo.error.smtp", e.getClass().getSimpleName());
            fallos.put(id, new EnvioFallidoException(id, razon, razon + " " + e.getMessage()));
          } catch (RuntimeException e) {
            String razon = texto("correo.error.inesperado", e.getClass().getSimpleName());
            fallos.put(id, new EnvioFallidoException(id, razon, razon + " " + e.getMessage()));
          }
        }
      }
    }
    return new ResultadoLote(enviados, fallos, sinIntentar);
  }

  /**
   * Records a failed attempt to send notification {@code id}: {@code intentos} + 1 and
   * {@code ultimoError} (cut to the column's size). Runs in the caller's transaction.
   */
  @Transactional
  public void registrarFallo(Long id, String detalle) {
    notificaciones
        .findById(id)
        .ifPresent(
            n -> {
              n.setIntentos(n.getIntentos() + 1);
              n.setUltimoError(detalle.length() > MAX_ERROR ? detalle.substring(0, MAX_ERROR) : detalle);
              LOG.warn("Notificación {} ({}) no enviada, intento {}", id, n.getTipo(), n.getIntentos());
            });
  }

  /**
   * The addresses of the message: its e-mail, or every member of its group that has one; for an
   * agency's group without such members, the agency's official liaison address.
   */
  private Set<String> destinatarios(Notificacion n) {
    Set<String> correos = new LinkedHashSet<>();
    if (StringUtils.hasText(n.getDestinatarioCorreo())) {
      correos.add(n.getDestinatarioCorreo().strip());
    } else if (StringUtils.hasText(n.getDestinatarioGrupo())) {
      List<User> integrantes = identityService.createUserQuery().memberOfGroup(n.getDestinatarioGrupo()).list();
      for (User u : integrantes) {
        if (StringUtils.hasText(u.getEmail())) {
          correos.add(u.getEmail().strip());
        }
      }
      if (correos.isEmpty()) {
        // An agency whose liaisons have no account yet is reached at its official liaison address
        SujetoObligado.claveDeGrupo(n.getDestinatarioGrupo())
            .flatMap(sujetos::porClave)
            .map(SujetoObligado::getCorreoEnlace)
            .filter(StringUtils::hasText)
            .ifPresent(correo -> correos.add(correo.strip()));
      }
      if (correos.isEmpty()) {
        throw new SinDestinatariosException(texto("correo.error.sin-destinatarios", n.getDestinatarioGrupo()));
      }
    } else {
      throw new SinDestinatariosException(texto("correo.error.sin-destinatario"));
    }
    return correos;
  }

  /**
   * The mail: one recipient in To; a group's members in Bcc (they do not see each other's
   * addresses), with an empty group "undisclosed-recipients" in To.
   */
  private MimeMessage mensaje(Notificacion n, Set<String> destinatarios)
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

  private String texto(String clave, Object... argumentos) {
    return mensajes.getMessage(clave, argumentos, PlantillasCorreo.ES_MX);
  }

  /**
   * One connection to the mail server for a whole batch, opened at its first message: with a real
   * server (TLS, authentication) the connection costs more than a message. A message the server
   * refuses closes it (the next one opens another); a server that cannot be reached fails the rest
   * of the batch at once, as the same attempt would. What {@code JavaMailSenderImpl.send} does for
   * one message (sent date, Message-ID kept, recipients), per message over the open connection.
   */
  private final class ConexionCorreo implements AutoCloseable {

    private Transport transporte;
    private MessagingException inalcanzable;

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

  private static final class SinDestinatariosException extends RuntimeException {
    SinDestinatariosException(String mensaje) {
      super(mensaje);
    }
  }
}
