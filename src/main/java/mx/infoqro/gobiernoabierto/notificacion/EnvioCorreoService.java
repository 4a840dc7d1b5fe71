package mx.infoqro.gobiernoabierto.notificacion;

import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    // Named, so Jakarta Mail does not scan the nested jars for it on every header (jakartaee/mail-api#861; docs/rendimiento.md)
    System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
  }
  private static final int MAX_ERROR = 2000;

  private final NotificacionRepository notificaciones;
  private final JavaMailSender mailSender;
  private final DestinatariosCorreo destinatarios;
  private final ComposicionCorreo composicion;
  private final MessageSource mensajes;
  private final Plazos plazos;

  EnvioCorreoService(
      NotificacionRepository notificaciones,
      JavaMailSender mailSender,
      DestinatariosCorreo destinatarios,
      ComposicionCorreo composicion,
      MessageSource mensajes,
      Plazos plazos) {
    this.notificaciones = notificaciones;
    this.mailSender = mailSender;
    SocketsSinRetardo.usarEn(mailSender);
    this.destinatarios = destinatarios;
    this.composicion = composicion;
    this.mensajes = mensajes;
    this.plazos = plazos;
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
    try (ConexionCorreo conexion = new ConexionCorreo(mailSender)) {
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
            Set<String> para = destinatarios.de(n);
            conexion.enviar(composicion.mensaje(n, para));
            n.setEnviada(plazos.instante());
            n.setIntentos(n.getIntentos() + 1);
            enviados++;
            LOG.info("Notificación {} ({}) enviada a {} destinatario(s)", id, n.getTipo(), para.size());
          } catch (DestinatariosCorreo.SinDestinatarios e) {
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

  private String texto(String clave, Object... argumentos) {
    return mensajes.getMessage(clave, argumentos, PlantillasCorreo.ES_MX);
  }
}
