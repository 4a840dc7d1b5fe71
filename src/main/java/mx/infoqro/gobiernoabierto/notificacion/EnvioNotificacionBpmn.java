package mx.infoqro.gobiernoabierto.notificacion;

/**
 * The element ids and variable names of {@code processes/envio-notificacion.bpmn} (constants only,
 * no behaviour), the process {@code envio-notificacion}.
 */
public final class EnvioNotificacionBpmn {

  public static final String KEY = "envio-notificacion";

  /** Async service task that sends the mail; retries R5/PT10M, then an incident. */
  public static final String TASK_ENVIAR_CORREO = "Task_EnviarCorreo";

  public static final String EVENT_NOTIFICACION_ENVIADA = "Event_NotificacionEnviada";

  /** Id (Long) of the {@link Notificacion} to deliver. */
  public static final String VAR_NOTIFICACION_ID = "notificacionId";

  /** Prefix of the business key; the case's folio stays in the row, not in the key. */
  public static final String PREFIJO_CLAVE_NEGOCIO = "NOT-";

  private EnvioNotificacionBpmn() {}

  /** Business key of the delivery of notification {@code id}: {@code NOT-<id>}. */
  public static String claveNegocio(Long id) {
    return PREFIJO_CLAVE_NEGOCIO + id;
  }
}
