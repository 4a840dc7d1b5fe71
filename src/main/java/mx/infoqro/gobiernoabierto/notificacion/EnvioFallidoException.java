package mx.infoqro.gobiernoabierto.notificacion;

import mx.infoqro.gobiernoabierto.comun.Mensajes;

/**
 * A notification could not be sent. Its message names the notification and the reason without
 * e-mail addresses (it lands in the job's log and in Cockpit's incident); {@link #getDetalle()},
 * which may hold the SMTP server's answer, goes only to the row's {@code ultimoError}.
 */
public class EnvioFallidoException extends RuntimeException {

  private final Long notificacionId;
  private final String detalle;

  EnvioFallidoException(Long notificacionId, String razon, String detalle) {
    super(Mensajes.texto("correo.error.envio", String.valueOf(notificacionId), razon));
    this.notificacionId = notificacionId;
    this.detalle = detalle;
  }

  /** The notification that was not sent. */
  public Long getNotificacionId() {
    return notificacionId;
  }

  /** What went wrong, for the row's {@code ultimoError}. */
  public String getDetalle() {
    return detalle;
  }
}
