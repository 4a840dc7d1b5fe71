package mx.infoqro.gobiernoabierto.notificacion;

import java.util.Locale;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction. Texts come from messages.properties:
 * {@code notificacion.<tipo>.asunto} and {@code notificacion.<tipo>.cuerpo}, with arguments. The
 * row is the whole of the message's delivery until it is sent: {@link DespachoCorreos} sends it
 * after the commit (a rolled-back business change sends nothing), and hands it to its own delivery
 * process if that first attempt fails.
 *
 * <p>A person who opposed the commission's communications (ARCO opposition, {@code
 * participante.no_contactar}) gets no message at their address: it is not queued, and the decision
 * log records that it was withheld (without the address). Only the answers to ARCO requests
 * ({@link #PREFIJO_OBLIGATORIOS}) still reach them, as the law requires.
 */
@Service
public class Notificador {

  /** The length of the subject's column: a longer subject (a long title in it) is cut. */
  static final int MAXIMO_ASUNTO = 300;

  /** Kinds of message that reach a person even after an opposition: the ARCO procedure itself. */
  public static final String PREFIJO_OBLIGATORIOS = "ARCO_";

  /** Decision recorded when a message is withheld because of an opposition. */
  public static final String NO_ENVIADA_OPOSICION = "NO_ENVIADA_OPOSICION";

  private final NotificacionRepository notificaciones;
  private final MessageSource mensajes;
  private final OposicionComunicaciones oposiciones;
  private final Auditoria auditoria;
  private final Plazos plazos;

  Notificador(
      NotificacionRepository notificaciones,
      MessageSource mensajes,
      OposicionComunicaciones oposiciones,
      Auditoria auditoria,
      Plazos plazos) {
    this.notificaciones = notificaciones;
    this.mensajes = mensajes;
    this.oposiciones = oposiciones;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /** Queues a message of kind {@code tipo} to every member of a Camunda group. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aGrupo(String folio, String tipo, String grupo, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioGrupo(grupo);
    return notificaciones.save(n);
  }

  /**
   * Queues a message of kind {@code tipo} to one e-mail address; returns {@code null} (nothing
   * queued, the withholding logged) if the address belongs to a person who opposed communications
   * and the message is not an ARCO answer.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aCorreo(String folio, String tipo, String correo, Object... argumentos) {
    return aCorreo(folio, tipo, correo, (Adjunto) null, argumentos);
  }

  /** A text file attached to a message. */
  public record Adjunto(String nombre, String tipo, String contenido) {}

  /**
   * Queues a message of kind {@code tipo} to one e-mail address, with a text attachment (or none);
   * returns {@code null} (nothing queued, the withholding logged) if the address belongs to a
   * person who opposed communications and the message is not an ARCO answer.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aCorreo(String folio, String tipo, String correo, Adjunto adjunto, Object... argumentos) {
    Optional<Long> opuesto = oposicion(tipo, correo);
    if (opuesto.isPresent()) {
      auditoria.registrar(
          folio,
          "Participante",
          opuesto.get(),
          NO_ENVIADA_OPOSICION,
          Auditoria.SISTEMA,
          Mensajes.texto("notificacion.auditoria.oposicion", tipo));
      return null;
    }
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioCorreo(correo);
    adjuntar(n, adjunto);
    return notificaciones.save(n);
  }

  /** Queues a message of kind {@code tipo} to every member of a Camunda group, with a text attachment. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notificacion aGrupo(String folio, String tipo, String grupo, Adjunto adjunto, Object... argumentos) {
    Notificacion n = nueva(folio, tipo, argumentos);
    n.setDestinatarioGrupo(grupo);
    adjuntar(n, adjunto);
    return notificaciones.save(n);
  }

  private static void adjuntar(Notificacion n, Adjunto adjunto) {
    if (adjunto != null) {
      n.setAdjuntoNombre(adjunto.nombre());
      n.setAdjuntoTipo(adjunto.tipo());
      n.setAdjuntoContenido(adjunto.contenido());
    }
  }

  /** The id of the person who opposed communications at this address, unless the message is an ARCO answer. */
  private Optional<Long> oposicion(String tipo, String correo) {
    if (correo == null || correo.isBlank() || tipo.startsWith(PREFIJO_OBLIGATORIOS)) {
      return Optional.empty();
    }
    return oposiciones.participanteOpuesto(correo);
  }

  /** A subject within its column: a title of up to 300 characters fits a form, not always its subject. */
  static String recortar(String asunto) {
    return asunto.length() <= MAXIMO_ASUNTO ? asunto : asunto.substring(0, MAXIMO_ASUNTO - 1) + "…";
  }

  private Notificacion nueva(String folio, String tipo, Object[] argumentos) {
    String clave = "notificacion." + tipo.toLowerCase(Locale.ROOT).replace('_', '-');
    Notificacion n = new Notificacion();
    n.setFolio(folio);
    n.setTipo(tipo);
    n.setAsunto(recortar(mensajes.getMessage(clave + ".asunto", argumentos, Mensajes.ES_MX)));
    n.setCuerpo(mensajes.getMessage(clave + ".cuerpo", argumentos, Mensajes.ES_MX));
    n.setCreada(plazos.instante());
    return n;
  }
}
