package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/registro-participante.bpmn} (constants
 * only, no behaviour), the process {@code registro-participante}: a registration confirmed by
 * e-mail (double opt-in) shows up in the process. A civil-society registration ends at once
 * ("Registro confirmado"); an agency liaison's waits for comision's validation (Task_ValidarEnlace,
 * due at the registration close), then the liaison is told the outcome. A validation still pending
 * when the window closes ends with the close (the timer on the task): that registration does not
 * count ({@link Registro#cuenta()}).
 *
 * <p>Contract: started only by {@link RegistroParticipanteProcesos#iniciar} when a registration is
 * confirmed, business key {@code <folio of the edition>-R-<registro id>}, variables {@link
 * #VAR_REGISTRO_ID}, {@link #VAR_EJERCICIO_ID}, {@link #VAR_REQUIERE_VALIDACION}, {@link
 * #VAR_CIERRE_REGISTRO}.
 */
public final class RegistroParticipanteBpmn {

  public static final String KEY = "registro-participante";

  // --- Elements ---------------------------------------------------------------------------------
  /** Start: the e-mail of the registration was confirmed. */
  public static final String EVENT_CORREO_CONFIRMADO = "Event_CorreoConfirmado";
  public static final String GATEWAY_SECTOR = "Gateway_SectorRegistro";
  /** End of a registration that needs no validation: it counts. */
  public static final String EVENT_REGISTRO_CONFIRMADO = "Event_RegistroConfirmado";
  public static final String TASK_VALIDAR_ENLACE = "Task_ValidarEnlace";
  public static final String TIMER_CIERRE_REGISTRO = "Timer_CierreRegistroValidacion";
  public static final String TASK_REGISTRAR_SIN_VALIDAR = "Task_RegistrarEnlaceSinValidar";
  public static final String EVENT_FIN_SIN_VALIDAR = "Event_EnlaceSinValidar";
  public static final String TASK_NOTIFICAR_VALIDACION = "Task_NotificarResultadoValidacion";
  public static final String EVENT_FIN_VALIDACION = "Event_ValidacionNotificada";

  // --- Process variables --------------------------------------------------------------------------
  /** Input: id of the Registro (Long). */
  public static final String VAR_REGISTRO_ID = "registroId";
  /** Input: id of the Ejercicio (Long). */
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  /** Input: whether comision validates the registration (Boolean; true for agency liaisons). */
  public static final String VAR_REQUIERE_VALIDACION = "requiereValidacion";
  /** Input: the registration cut-off (Date): due date of the validation and its timer. */
  public static final String VAR_CIERRE_REGISTRO = "cierreRegistro";
  /** {@link #VALIDADO} or {@link #RECHAZADO}, submitted by comision. */
  public static final String VAR_DECISION = "decisionEnlace";

  // --- Decision values ----------------------------------------------------------------------------
  public static final String VALIDADO = "VALIDADO";
  public static final String RECHAZADO = "RECHAZADO";

  // --- Decision log (Auditoria) -------------------------------------------------------------------
  public static final String ENTIDAD = "Registro";
  public static final String REGISTRADO = "REGISTRADO";
  public static final String CONFIRMADO = "CONFIRMADO";
  public static final String SIN_VALIDAR = "SIN_VALIDAR_AL_CIERRE";

  // --- Notifications (texts: notificacion.<tipo-kebab>.asunto/.cuerpo) ----------------------------
  public static final String NOTIFICACION_CONFIRMACION = "REGISTRO_CONFIRMACION";
  public static final String NOTIFICACION_EXISTENTE = "REGISTRO_EXISTENTE";
  public static final String NOTIFICACION_CONFIRMADO = "REGISTRO_CONFIRMADO";
  public static final String NOTIFICACION_VALIDADO = "ENLACE_VALIDADO";
  public static final String NOTIFICACION_RECHAZADO = "ENLACE_RECHAZADO";

  /**
   * The user tasks of this process, one row each (see {@link TareaUsuario}): a user task added to
   * the model gets its row here; the tests' registries follow from this table.
   */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_VALIDAR_ENLACE, "validar-enlace", Grupos.COMISION));

  private RegistroParticipanteBpmn() {}

  /** The business key of a registration's instance. */
  public static String claveNegocio(String folioEjercicio, Long registroId) {
    return folioEjercicio + "-R-" + registroId;
  }

  /** The input variable {@link #VAR_REGISTRO_ID} as seen from an execution or a task. */
  static Long registroId(VariableScope alcance) {
    return VariablesProceso.id(alcance, VAR_REGISTRO_ID);
  }
}
