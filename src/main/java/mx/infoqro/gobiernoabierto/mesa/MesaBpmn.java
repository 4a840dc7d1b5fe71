package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/mesa-cocreacion.bpmn} (constants only, no
 * behaviour), the process {@code mesa-cocreacion}: one co-creation table, from scheduling its
 * sessions to its draft commitments. The edition process calls it once per installed table with the
 * table's folio as business key and the variables {@link #VAR_EJERCICIO_ID} and {@link
 * #VAR_MESA_ID}; nothing is passed back: the drafts are {@code Compromiso} rows in state BORRADOR.
 */
public final class MesaBpmn {

  public static final String KEY = "mesa-cocreacion";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String EVENT_MESA_INSTALADA = "Event_MesaInstalada";
  public static final String TASK_PROGRAMAR_SESIONES = "Task_ProgramarSesiones";
  public static final String GATEWAY_SESION_POR_REGISTRAR = "Gateway_SesionPorRegistrar";
  public static final String TASK_REGISTRAR_SESION = "Task_RegistrarSesion";
  public static final String GATEWAY_MESA_CERRADA = "Gateway_MesaCerrada";
  public static final String FLOW_MESA_CONTINUA = "Flow_MesaContinua";
  public static final String FLOW_MESA_CONCLUIDA = "Flow_MesaConcluida";
  public static final String TASK_RESPONDER_PROPUESTAS = "Task_ResponderPropuestas";
  public static final String TIMER_RESPUESTAS_VENCIDAS = "Timer_RespuestasVencidas";
  public static final String TASK_NOTIFICAR_RESPUESTAS_VENCIDAS = "Task_NotificarRespuestasVencidas";
  public static final String EVENT_AVISO_RESPUESTAS_VENCIDAS = "Event_AvisoRespuestasVencidas";
  public static final String TASK_REDACTAR_COMPROMISOS = "Task_RedactarCompromisos";
  public static final String TASK_CERRAR_MESA = "Task_CerrarMesa";
  public static final String EVENT_MESA_CERRADA = "Event_MesaCerrada";
  /** Non-interrupting event sub-process: one proposal submitted on the portal, answered. */
  public static final String SUBPROCESS_PROPUESTA_PORTAL = "SubProcess_PropuestaPortal";
  public static final String EVENT_PROPUESTA_PORTAL_RECIBIDA = "Event_PropuestaPortalRecibida";
  public static final String TASK_RESPONDER_PROPUESTA_PORTAL = "Task_ResponderPropuestaPortal";
  public static final String TASK_NOTIFICAR_RESPUESTA_PROPUESTA = "Task_NotificarRespuestaPropuesta";
  public static final String EVENT_RESPUESTA_PROPUESTA_NOTIFICADA = "Event_RespuestaPropuestaNotificada";

  // --- Messages ---------------------------------------------------------------------------------
  /**
   * A proposal was submitted on the portal: correlated to the table's instance (business key = the
   * table's folio, variable {@link #VAR_MESA_ID}); carries {@link #VAR_PROPUESTA_PORTAL_ID} into the
   * event sub-process scope only.
   */
  public static final String MESSAGE_PROPUESTA_PORTAL = "PropuestaPortalRecibida";

  // --- Process variables ------------------------------------------------------------------------
  /** Input: id of the edition (Long). */
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  /** Input: id of the table (Long). */
  public static final String VAR_MESA_ID = "mesaId";
  /** Decision of Task_RegistrarSesion (Boolean): whether the table finished its work. */
  public static final String VAR_MESA_CERRADA = "mesaCerrada";
  /** Local variable of SubProcess_PropuestaPortal: id of the proposal to answer (Long). */
  public static final String VAR_PROPUESTA_PORTAL_ID = "propuestaPortalId";

  // --- Decision table quorum-mesa (EjercicioBpmn.DECISION_QUORUM): inputs and outputs -------
  public static final String QUORUM_EJE = "eje";
  public static final String QUORUM_GOBIERNO = "gobierno";
  public static final String QUORUM_SOCIEDAD_CIVIL = "sociedadCivil";
  public static final String QUORUM_INSTALAR = "instalar";
  public static final String QUORUM_MOTIVO = "motivo";

  // --- Decision log (Auditoria): entities and decisions -----------------------------------------
  public static final String ENTIDAD_MESA = "Mesa";
  public static final String ENTIDAD_SESION = "Sesion";
  public static final String ENTIDAD_PROPUESTA = "Propuesta";

  public static final String DECISION_MESA_INSTALADA = "INSTALADA";
  public static final String DECISION_MESA_DESIERTA = "DESIERTA";
  public static final String DECISION_SESIONES_PROGRAMADAS = "SESIONES_PROGRAMADAS";
  public static final String DECISION_SESION_PROGRAMADA = "PROGRAMADA";
  public static final String DECISION_SESION_CELEBRADA = "CELEBRADA";
  public static final String DECISION_SESION_CANCELADA = "CANCELADA";
  public static final String DECISION_OTRA_SESION = "OTRA_SESION";
  public static final String DECISION_TRABAJO_CONCLUIDO = "TRABAJO_CONCLUIDO";
  public static final String DECISION_PLAZO_RESPUESTAS_VENCIDO = "PLAZO_RESPUESTAS_VENCIDO";
  public static final String DECISION_MESA_CERRADA = "CERRADA";
  public static final String DECISION_PROPUESTA_PORTAL = "RECIBIDA_EN_PORTAL";
  /** Who the decision log names for a proposal submitted on the portal. */
  public static final String USUARIO_PORTAL = "portal";

  // --- Notifications (texts: notificacion.<tipo-kebab>.asunto/.cuerpo) -------------------------
  public static final String NOTIFICACION_ASIGNACION_MESA = "ASIGNACION_MESA";
  public static final String NOTIFICACION_INVITACION_MESA = "INVITACION_MESA";
  public static final String NOTIFICACION_RESPUESTAS_VENCIDAS = "RESPUESTAS_VENCIDAS";
  public static final String NOTIFICACION_MESA_CERRADA = "MESA_CERRADA";
  public static final String NOTIFICACION_RESPUESTA_PROPUESTA = "RESPUESTA_PROPUESTA";

  /**
   * The user tasks of this process, one row each (see {@link TareaUsuario}): a user task added to
   * the model gets its row here; the tests' registries follow from this table.
   */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_PROGRAMAR_SESIONES, "programar-sesiones", Grupos.FACILITADORES),
          new TareaUsuario(KEY, TASK_REGISTRAR_SESION, "registrar-sesion", Grupos.FACILITADORES),
          new TareaUsuario(KEY, TASK_RESPONDER_PROPUESTAS, "responder-propuestas", Grupos.FACILITADORES),
          new TareaUsuario(KEY, TASK_REDACTAR_COMPROMISOS, "redactar-compromisos", Grupos.FACILITADORES),
          new TareaUsuario(KEY, TASK_RESPONDER_PROPUESTA_PORTAL, "responder-propuesta-portal", Grupos.FACILITADORES));

  private MesaBpmn() {}

  /** The input variable {@link #VAR_MESA_ID} as seen from an execution or a task. */
  public static Long mesaId(VariableScope ambito) {
    return VariablesProceso.id(ambito, VAR_MESA_ID);
  }

  /** The local variable {@link #VAR_PROPUESTA_PORTAL_ID} of SubProcess_PropuestaPortal. */
  static Long propuestaPortalId(VariableScope ambito) {
    return VariablesProceso.id(ambito, VAR_PROPUESTA_PORTAL_ID);
  }
}
