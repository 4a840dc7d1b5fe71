package mx.infoqro.gobiernoabierto.privacidad;

/**
 * The element ids and variable names of {@code processes/conservacion-datos.bpmn} (constants only,
 * no behaviour), the process {@code conservacion-datos}: every day at 03:00 (timer start event, one
 * job for the whole cluster) it anonymises the participants of editions closed longer ago than the
 * retention period of the privacy notice ({@link ConservacionDatos}).
 */
public final class ConservacionDatosBpmn {

  public static final String KEY = "conservacion-datos";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String TIMER_INICIO = "Timer_RevisionDiariaConservacion";
  public static final String TASK_ANONIMIZAR = "Task_AnonimizarDatosVencidos";
  public static final String EVENT_FIN = "Event_DatosVencidosAnonimizados";

  // --- Process variables (output of the task) ----------------------------------------------------
  /** Participants anonymised by the run (Long). */
  public static final String VAR_ANONIMIZADOS = "participantesAnonimizados";
  /** Editions past the period that the run went through (Long). */
  public static final String VAR_EDICIONES = "edicionesVencidas";

  // --- Decision log (Auditoria) -------------------------------------------------------------------
  public static final String ENTIDAD = "ConservacionDatos";
  public static final String DATOS_ANONIMIZADOS = "DATOS_ANONIMIZADOS";

  private ConservacionDatosBpmn() {}

  /** The folio of a run in the decision log: {@code CONSERVACION-<date>}. */
  static String folio(java.time.LocalDate dia) {
    return "CONSERVACION-" + dia;
  }
}
