package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/cambio-compromiso.bpmn} (constants only),
 * the process {@code cambio-compromiso} (issue #28): a justified change to a commitment in
 * implementation, requested from Tasklist by the commission or the agency's liaisons, reviewed by
 * the STL (and the Pleno when {@link CambiosCompromiso#DECISION_PLENO} says so), applied as the
 * commitment's next version, published as the plan's next PDF and announced to its followers.
 *
 * <p>Started without a start form: {@link #VAR_SOLICITANTE} is whoever started it; the first task
 * asks for the commitment. Business key: the commitment's folio, set when the request is recorded.
 */
public final class CambioCompromisoBpmn {

  public static final String KEY = "cambio-compromiso";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String EVENT_CAMBIO_SOLICITADO = "Event_CambioSolicitado";
  public static final String TASK_IDENTIFICAR_SOLICITANTE = "Task_IdentificarSolicitante";
  public static final String TASK_SOLICITAR_CAMBIO = "Task_SolicitarCambio";
  public static final String GATEWAY_REVISION_CAMBIO = "Gateway_RevisionCambio";
  public static final String TASK_REVISAR_CAMBIO_STL = "Task_RevisarCambioStl";
  public static final String TIMER_RECORDATORIO_REVISION = "Timer_RecordatorioRevisionCambio";
  public static final String TASK_RECORDAR_REVISION = "Task_RecordarRevisionCambio";
  public static final String EVENT_RECORDATORIO_ENVIADO = "Event_RecordatorioRevisionEnviado";
  public static final String TIMER_ESCALAMIENTO_REVISION = "Timer_EscalamientoRevisionCambio";
  public static final String TASK_ESCALAR_REVISION = "Task_EscalarRevisionCambio";
  public static final String EVENT_REVISION_ESCALADA = "Event_RevisionCambioEscalada";
  public static final String GATEWAY_DECISION_STL = "Gateway_DecisionStlCambio";
  public static final String TASK_ATENDER_OBSERVACIONES = "Task_AtenderObservacionesCambio";
  public static final String GATEWAY_REQUIERE_PLENO = "Gateway_RequierePleno";
  public static final String TASK_APROBAR_PLENO = "Task_AprobarCambioPleno";
  public static final String GATEWAY_DECISION_PLENO = "Gateway_DecisionPlenoCambio";
  public static final String GATEWAY_CAMBIO_APROBADO = "Gateway_CambioAprobado";
  public static final String TASK_GENERAR_VERSION_PLAN = "Task_GenerarVersionPlan";
  public static final String TASK_AVISAR_SEGUIDORES = "Task_AvisarCambioSeguidores";
  public static final String EVENT_CAMBIO_APLICADO = "Event_CambioAplicado";
  public static final String EVENT_CAMBIO_RECHAZADO = "Event_CambioRechazado";

  // --- Process variables ------------------------------------------------------------------------
  /** Who started the instance (camunda:initiator of the start event). */
  public static final String VAR_SOLICITANTE = "solicitante";
  /** The requester's group: {@code comision} or the liaisons' {@code so-<clave>}; works the request and its corrections. */
  public static final String VAR_GRUPO_SOLICITANTE = "grupoSolicitante";
  /** Id of the CambioCompromiso (Long), written by Task_SolicitarCambio. */
  public static final String VAR_CAMBIO_ID = "cambioId";
  /** Id of the Compromiso (Long), written by Task_SolicitarCambio. */
  public static final String VAR_COMPROMISO_ID = "compromisoId";
  /** {@link #APROBAR}, {@link #DEVOLVER} or {@link #RECHAZAR}, submitted by the STL. */
  public static final String VAR_DECISION_STL = "decisionStl";
  /** Boolean: the approved change goes to the Pleno (rule {@link CambiosCompromiso#DECISION_PLENO}). */
  public static final String VAR_REQUIERE_PLENO = "requierePleno";
  /** {@link #APROBAR} or {@link #RECHAZAR}, submitted by the Pleno. */
  public static final String VAR_DECISION_PLENO = "decisionPleno";

  // --- Decision values (as the forms submit them) ------------------------------------------------
  public static final String APROBAR = "APROBAR";
  public static final String DEVOLVER = "DEVOLVER";
  public static final String RECHAZAR = "RECHAZAR";

  // --- Notifications (texts: notificacion.<tipo-kebab>.asunto/.cuerpo) ----------------------------
  public static final String NOTIFICACION_RECORDATORIO = "RECORDATORIO_REVISION_CAMBIO";
  public static final String NOTIFICACION_ESCALAMIENTO = "ESCALAMIENTO_REVISION_CAMBIO";

  /** The user tasks of this process, one row each (see {@link TareaUsuario}). */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_SOLICITAR_CAMBIO, "solicitar-cambio", Autorizaciones.SUJETOS),
          new TareaUsuario(KEY, TASK_REVISAR_CAMBIO_STL, "revisar-cambio-stl", Grupos.STL),
          new TareaUsuario(KEY, TASK_ATENDER_OBSERVACIONES, "atender-observaciones-cambio", Autorizaciones.SUJETOS),
          new TareaUsuario(KEY, TASK_APROBAR_PLENO, "aprobar-cambio-pleno", Grupos.PLENO));

  private CambioCompromisoBpmn() {}

  /** {@link #VAR_CAMBIO_ID} as seen from an execution or a task. */
  public static Long cambioId(VariableScope alcance) {
    return VariablesProceso.id(alcance, VAR_CAMBIO_ID);
  }
}
