package mx.infoqro.gobiernoabierto.notificacion;

import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction. Texts come from messages.properties:
 * {@code notificacion.<tipo>.asunto} and {@code notificacion.<tipo>.cuerpo}, with arguments. In the
 * same transaction every message starts its delivery, an instance of {@code envio-notificacion}
 * (business key {@code NOT-<id>}) whose async job sends the mail with retries; so a message exists
 * only with its delivery, and a rolled-back business change sends nothing.
 */
@Service
public class Notificador {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final NotificacionRepository notificaciones;
  private final MessageSource mensajes;
  private final RuntimeService runtimeService;

  Notificador(NotificacionRepository notificaciones, MessageSource mensajes, RuntimeService runtimeService) {
    this.notificaciones = notificaciones;
    this.mensajes = mensajes;
    this.runtimeService = runtimeService;
  }

  /** Queues a message of kind {@code tipo} to every member of a Camunda group. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aGrupo(String folio, String tipo, String grupo, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioGrupo(grupo);
    return guardarYEnviar(n);
  }

  /** Queues a message of kind {@code tipo} to one e-mail address. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aCorreo(String folio, String tipo, String correo, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioCorreo(correo);
    return guardarYEnviar(n);
  }

  /** A text file attached to a message. */
  public record Adjunto(String nombre, String tipo, String contenido) {}

  /** Queues a message of kind {@code tipo} to one e-mail address, with a text attachment. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aCorreo(String folio, String tipo, String correo, Adjunto adjunto, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioCorreo(correo);
    adjuntar(n, adjunto);
    return guardarYEnviar(n);
  }

  /** Queues a message of kind {@code tipo} to every member of a Camunda group, with a text attachment. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aGrupo(String folio, String tipo, String grupo, Adjunto adjunto, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioGrupo(grupo);
    adjuntar(n, adjunto);
    return guardarYEnviar(n);
  }

  private static void adjuntar(Notificacion n, Adjunto adjunto) {
    if (adjunto != null) {
      n.setAdjuntoNombre(adjunto.nombre());
      n.setAdjuntoTipo(adjunto.tipo());
      n.setAdjuntoContenido(adjunto.contenido());
    }
  }

  /** Saves the message and starts its delivery process: the only place that starts it. */
  private Notificacion guardarYEnviar(Notificacion n) {
    Notificacion guardada = notificaciones.save(n);
    runtimeService.startProcessInstanceByKey(
        EnvioNotificacionProcess.KEY,
        EnvioNotificacionProcess.claveNegocio(guardada.getId()),
        Variables.putValue(EnvioNotificacionProcess.VAR_NOTIFICACION_ID, guardada.getId()));
    return guardada;
  }

  private Notificacion nueva(String folio, String tipo, Object[] argumentos) {
    String clave = "notificacion." + tipo.toLowerCase(Locale.ROOT).replace('_', '-');
    Notificacion n = new Notificacion();
    n.setFolio(folio);
    n.setTipo(tipo);
    n.setAsunto(mensajes.getMessage(clave + ".asunto", argumentos, ES_MX));
    n.setCuerpo(mensajes.getMessage(clave + ".cuerpo", argumentos, ES_MX));
    return n;
  }
}
