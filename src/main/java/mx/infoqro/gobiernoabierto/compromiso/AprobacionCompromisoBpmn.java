package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/aprobacion-compromiso.bpmn} (constants
 * only, no behaviour), the process {@code aprobacion-compromiso} (DOMAIN.md phase 6): the approval
 * of one draft commitment by the STL, the responsible agency and the Pleno, with rounds of
 * observations that go back to the co-creation table.
 *
 * <p>Contract with the calling edition process: business key = the Compromiso folio, input
 * variables {@link #VAR_EJERCICIO_ID} and {@link #VAR_COMPROMISO_ID}; nothing is returned, the
 * outcome is the Compromiso state ({@link EstadoCompromiso#APROBADO} or {@link
 * EstadoCompromiso#NO_APROBADO}).
 */
public final class AprobacionCompromisoBpmn {

  public static final String KEY = "aprobacion-compromiso";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String EVENT_BORRADOR_RECIBIDO = "Event_BorradorRecibido";
  public static final String TASK_INICIAR_REVISION = "Task_IniciarRevision";
  public static final String TASK_REVISAR_STL = "Task_RevisarCompromisoStl";
  public static final String GATEWAY_DECISION_STL = "Gateway_DecisionStl";
  public static final String TASK_ACEPTAR = "Task_AceptarCompromiso";
  public static final String TIMER_RECORDATORIO_ACEPTACION = "Timer_RecordatorioAceptacion";
  public static final String TASK_RECORDAR_ACEPTACION = "Task_RecordarAceptacion";
  public static final String EVENT_RECORDATORIO_ENVIADO = "Event_RecordatorioEnviado";
  public static final String TIMER_ESCALAMIENTO_ACEPTACION = "Timer_EscalamientoAceptacion";
  public static final String TASK_ESCALAR_ACEPTACION = "Task_EscalarAceptacion";
  public static final String EVENT_ACEPTACION_ESCALADA = "Event_AceptacionEscalada";
  public static final String GATEWAY_DECISION_ENLACE = "Gateway_DecisionEnlace";
  public static final String TASK_APROBAR_PLENO = "Task_AprobarCompromisoPleno";
  public static final String GATEWAY_DECISION_PLENO = "Gateway_DecisionPleno";
  public static final String TASK_REGISTRAR_APROBACION = "Task_RegistrarAprobacion";
  public static final String EVENT_COMPROMISO_APROBADO = "Event_CompromisoAprobado";
  public static final String GATEWAY_COMPROMISO_DEVUELTO = "Gateway_CompromisoDevuelto";
  public static final String TASK_CONTAR_RONDAS = "Task_ContarRondas";
  public static final String GATEWAY_RONDAS_AGOTADAS = "Gateway_RondasAgotadas";
  public static final String TASK_DECLARAR_NO_APROBADO = "Task_DeclararNoAprobado";
  public static final String EVENT_COMPROMISO_NO_APROBADO = "Event_CompromisoNoAprobado";
  public static final String TASK_ATENDER_OBSERVACIONES = "Task_AtenderObservaciones";
  public static final String TASK_INICIAR_NUEVA_RONDA = "Task_IniciarNuevaRonda";

  // --- Process variables (ids, decisions and flags the model branches on) -----------------------
  /** Input: id of the edition (Long). */
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  /** Input: id of the Compromiso (Long). */
  public static final String VAR_COMPROMISO_ID = "compromisoId";
  /** Camunda group of the responsible agency's liaisons, {@code so-<clave>}. */
  public static final String VAR_GRUPO_RESPONSABLE = "grupoResponsable";
  /** {@link #APROBAR} or {@link #DEVOLVER}, submitted by the STL. */
  public static final String VAR_DECISION_STL = "decisionStl";
  /** {@link #ACEPTAR} or {@link #DEVOLVER}, submitted by the agency's liaison. */
  public static final String VAR_DECISION_ENLACE = "decisionEnlace";
  /** {@link #APROBAR} or {@link #DEVOLVER}, submitted by the Pleno. */
  public static final String VAR_DECISION_PLENO = "decisionPleno";
  /** Boolean: the returned commitment used its last round. */
  public static final String VAR_RONDAS_AGOTADAS = "rondasAgotadas";

  // --- Decision values (as the forms submit them) ------------------------------------------------
  public static final String APROBAR = "APROBAR";
  public static final String ACEPTAR = "ACEPTAR";
  public static final String DEVOLVER = "DEVOLVER";

  // --- Decision log (Auditoria) -------------------------------------------------------------------
  public static final String ENTIDAD = "Compromiso";
  public static final String REVISION_INICIADA = "REVISION_INICIADA";
  public static final String APROBADO_STL = "APROBADO_STL";
  public static final String DEVUELTO_STL = "DEVUELTO_STL";
  public static final String ACEPTADO_DEPENDENCIA = "ACEPTADO_DEPENDENCIA";
  public static final String DEVUELTO_DEPENDENCIA = "DEVUELTO_DEPENDENCIA";
  public static final String APROBADO_PLENO = "APROBADO_PLENO";
  public static final String DEVUELTO_PLENO = "DEVUELTO_PLENO";
  public static final String ESCALADO = "ESCALADO";
  public static final String APROBADO = "APROBADO";
  public static final String NO_APROBADO = "NO_APROBADO";
  public static final String OBSERVACIONES_ATENDIDAS = "OBSERVACIONES_ATENDIDAS";
  public static final String NUEVA_RONDA = "NUEVA_RONDA";

  // --- Notifications (texts: notificacion.<tipo-kebab>.asunto/.cuerpo) ----------------------------
  public static final String NOTIFICACION_RECORDATORIO = "RECORDATORIO_ACEPTACION";
  public static final String NOTIFICACION_ESCALAMIENTO = "ESCALAMIENTO_ACEPTACION";
  public static final String NOTIFICACION_APROBADO = "COMPROMISO_APROBADO";

  /**
   * The user tasks of this process, one row each (see {@link TareaUsuario}): a user task added to
   * the model gets its row here; the tests' registries follow from this table.
   */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_REVISAR_STL, "revisar-compromiso-stl", Grupos.STL),
          new TareaUsuario(KEY, TASK_ACEPTAR, "aceptar-compromiso", Autorizaciones.SUJETOS),
          new TareaUsuario(KEY, TASK_APROBAR_PLENO, "aprobar-compromiso-pleno", Grupos.PLENO),
          new TareaUsuario(KEY, TASK_ATENDER_OBSERVACIONES, "atender-observaciones", Grupos.FACILITADORES));

  private AprobacionCompromisoBpmn() {}

  /** The input variable {@link #VAR_COMPROMISO_ID} as seen from an execution or a task. */
  static Long compromisoId(VariableScope alcance) {
    return VariablesProceso.id(alcance, VAR_COMPROMISO_ID);
  }

  /** The input variable {@link #VAR_EJERCICIO_ID} as seen from an execution or a task. */
  static Long ejercicioId(VariableScope alcance) {
    return VariablesProceso.id(alcance, VAR_EJERCICIO_ID);
  }
}
