package mx.infoqro.gobiernoabierto.privacidad;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/derechos-arco.bpmn} (constants only, no
 * behaviour), the process {@code derechos-arco}: one ARCO request, from the identity confirmation
 * through the e-mailed link to the answer of the data-protection staff (group {@code
 * datos-personales}) within 20 business days, extendable once by 10.
 *
 * <p>Contract: started by {@link DerechosArcoProcesos#iniciar} (when {@link SolicitudesArco#recibir}
 * stores a request) with business key = the request's folio and input variable {@link
 * #VAR_SOLICITUD_ID}; the identity confirmation ({@link SolicitudesArco#confirmarIdentidad})
 * correlates {@link #MENSAJE_IDENTIDAD_CONFIRMADA} through {@link DerechosArcoProcesos}.
 */
public final class DerechosArcoBpmn {

  public static final String KEY = "derechos-arco";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String EVENT_SOLICITUD_RECIBIDA = "Event_SolicitudArcoRecibida";
  public static final String TASK_ENVIAR_CONFIRMACION = "Task_EnviarConfirmacionIdentidad";
  public static final String GATEWAY_ESPERA_IDENTIDAD = "Gateway_EsperaIdentidad";
  public static final String EVENT_IDENTIDAD_CONFIRMADA = "Event_IdentidadConfirmada";
  public static final String TIMER_IDENTIDAD_NO_CONFIRMADA = "Timer_IdentidadNoConfirmada";
  public static final String TASK_CERRAR_NO_CONFIRMADA = "Task_CerrarSolicitudNoConfirmada";
  public static final String EVENT_SOLICITUD_NO_CONFIRMADA = "Event_SolicitudNoConfirmada";
  public static final String GATEWAY_ATENCION = "Gateway_AtencionSolicitud";
  public static final String TASK_ATENDER = "Task_AtenderSolicitudArco";
  public static final String TIMER_RECORDATORIO = "Timer_RecordatorioVencimientoArco";
  public static final String TASK_RECORDAR = "Task_RecordarVencimientoArco";
  public static final String EVENT_RECORDATORIO_ENVIADO = "Event_RecordatorioArcoEnviado";
  public static final String GATEWAY_DECISION = "Gateway_DecisionArco";
  public static final String TASK_NOTIFICAR_PRORROGA = "Task_NotificarProrrogaArco";
  public static final String TASK_EJERCER_DERECHO = "Task_EjercerDerechoArco";
  public static final String TASK_ENVIAR_RESPUESTA = "Task_EnviarRespuestaArco";
  public static final String EVENT_SOLICITUD_RESPONDIDA = "Event_SolicitudArcoRespondida";

  /** Name of the message the identity confirmation correlates (by business key = folio). */
  public static final String MENSAJE_IDENTIDAD_CONFIRMADA = "IdentidadArcoConfirmada";

  // --- Process variables --------------------------------------------------------------------------
  /** Input: id of the SolicitudArco (Long). */
  public static final String VAR_SOLICITUD_ID = "solicitudId";
  /** Date: when the identity confirmation expires (timer). */
  public static final String VAR_LIMITE_CONFIRMACION = "limiteConfirmacion";
  /** Date: the legal deadline in force (due date of the task). */
  public static final String VAR_VENCIMIENTO = "vencimiento";
  /** Date: the reminder, 5 business days before the deadline in force. */
  public static final String VAR_RECORDATORIO = "recordatorio";
  /** {@link #RESPONDER} or {@link #PRORROGAR}, submitted by the data-protection staff (its form's decision). */
  public static final String VAR_DECISION = "decisionArco";

  // --- Decision values ----------------------------------------------------------------------------
  public static final String RESPONDER = "RESPONDER";
  public static final String PRORROGAR = "PRORROGAR";

  // --- Decision log (Auditoria) -------------------------------------------------------------------
  public static final String ENTIDAD = "SolicitudArco";
  public static final String IDENTIDAD_CONFIRMADA = "IDENTIDAD_CONFIRMADA";
  public static final String NO_CONFIRMADA = "NO_CONFIRMADA";
  public static final String PRORROGADA = "PRORROGADA";
  public static final String RESPONDIDA = "RESPONDIDA";
  public static final String DERECHO_EJERCIDO = "DERECHO_EJERCIDO";

  // --- Notifications (texts: notificacion.<tipo-kebab>.asunto/.cuerpo) ----------------------------
  public static final String NOTIFICACION_CONFIRMAR = "ARCO_CONFIRMAR_IDENTIDAD";
  public static final String NOTIFICACION_RECORDATORIO = "ARCO_RECORDATORIO";
  public static final String NOTIFICACION_PRORROGA = "ARCO_PRORROGA";
  public static final String NOTIFICACION_RESPUESTA = "ARCO_RESPUESTA";
  public static final String NOTIFICACION_ACCESO = "ARCO_ACCESO";

  /**
   * The user tasks of this process, one row each (see {@link TareaUsuario}): a user task added to
   * the model gets its row here; the tests' registries follow from this table.
   */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_ATENDER, "atender-solicitud-arco", Grupos.DATOS_PERSONALES));

  private DerechosArcoBpmn() {}

  /** The input variable {@link #VAR_SOLICITUD_ID} as seen from an execution or a task. */
  static Long solicitudId(VariableScope alcance) {
    return VariablesProceso.id(alcance, VAR_SOLICITUD_ID);
  }
}
