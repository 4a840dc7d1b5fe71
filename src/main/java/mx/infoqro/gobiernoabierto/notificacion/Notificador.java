package mx.infoqro.gobiernoabierto.notificacion;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction. Texts come from messages.properties:
 * {@code notificacion.<tipo>.asunto} and {@code notificacion.<tipo>.cuerpo}, with arguments.
 */
@Service
public class Notificador {

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private final NotificacionRepository notificaciones;
  private final MessageSource mensajes;

  Notificador(NotificacionRepository notificaciones, MessageSource mensajes) {
    this.notificaciones = notificaciones;
    this.mensajes = mensajes;
  }

  /** Queues a message of kind {@code tipo} to every member of a Camunda group. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aGrupo(String folio, String tipo, String grupo, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioGrupo(grupo);
    return notificaciones.save(n);
  }

  /** Queues a message of kind {@code tipo} to one e-mail address. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aCorreo(String folio, String tipo, String correo, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioCorreo(correo);
    return notificaciones.save(n);
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
