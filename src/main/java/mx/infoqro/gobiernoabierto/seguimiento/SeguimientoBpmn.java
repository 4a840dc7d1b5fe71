package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;

/**
 * The element ids and variable names of {@code processes/seguimiento-compromiso.bpmn} (constants
 * only, no behaviour), the process {@code seguimiento-compromiso}: the follow-up of one approved
 * commitment during the plan period (periodic progress reports, their verification and publication)
 * and its final evaluation with the OGP IRM scales.
 *
 * <p>Contract with the edition process: it is started as a multi-instance call activity, one per
 * APROBADO commitment, with the commitment's folio as business key and exactly the variables
 * {@link #VAR_EJERCICIO_ID} and {@link #VAR_COMPROMISO_ID}. Nothing is passed back.
 */
public final class SeguimientoBpmn {

  public static final String KEY = "seguimiento-compromiso";

  // --- Element ids
  public static final String START = "Event_SeguimientoIniciado";
  public static final String TASK_INICIAR_SEGUIMIENTO = "Task_IniciarSeguimiento";
  public static final String SUBPROCESS_PERIODO_PLAN = "SubProcess_PeriodoPlan";
  public static final String TIMER_FIN_PLAN = "Timer_FinPlan";
  public static final String TIMER_CICLO_REPORTE = "Timer_CicloReporte";
  public static final String SUBPROCESS_REPORTE = "SubProcess_Reporte";
  public static final String TASK_ABRIR_REPORTE = "Task_AbrirReporte";
  public static final String TASK_REPORTAR_AVANCE = "Task_ReportarAvance";
  public static final String TIMER_RECORDATORIO_REPORTE = "Timer_RecordatorioReporte";
  public static final String TASK_RECORDAR_REPORTE = "Task_RecordarReporte";
  public static final String EVENT_RECORDATORIO_ENVIADO = "Event_RecordatorioEnviado";
  public static final String TIMER_ESCALAMIENTO_REPORTE = "Timer_EscalamientoReporte";
  public static final String TASK_ESCALAR_REPORTE = "Task_EscalarReporte";
  public static final String EVENT_REPORTE_ESCALADO = "Event_ReporteEscalado";
  public static final String TASK_VERIFICAR_REPORTE = "Task_VerificarReporte";
  public static final String GATEWAY_REPORTE_POR_ENTREGAR = "Gateway_ReportePorEntregar";
  public static final String GATEWAY_REPORTE_VERIFICADO = "Gateway_ReporteVerificado";
  public static final String TASK_PUBLICAR_REPORTE = "Task_PublicarReporte";
  public static final String EVENT_REPORTE_PUBLICADO = "Event_ReportePublicado";
  public static final String EVENT_REPORTE_CONCLUIDO = "Event_ReporteConcluido";
  public static final String TASK_EVALUAR_COMPROMISO = "Task_EvaluarCompromiso";
  public static final String EVENT_COMPROMISO_EVALUADO = "Event_CompromisoEvaluado";

  // --- Process variables (ids, decisions and dates the model branches or waits on)
  /** Input from the parent: the edition (Long). */
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  /** Input from the parent: the commitment (Long). */
  public static final String VAR_COMPROMISO_ID = "compromisoId";
  /** ISO 8601 repeating interval of the report cycle, e.g. {@code R4/2027-03-31T09:00:00-06:00/P3M}. */
  public static final String VAR_CICLO_REPORTE = "cicloReporte";
  /** End of the plan period (java.util.Date, 23:59:59 local of its last day). */
  public static final String VAR_FECHA_FIN_PLAN = "fechaFinPlan";
  /** Candidate group of the responsible agency's liaisons, {@code so-<clave>}. */
  public static final String VAR_GRUPO_RESPONSABLE = "grupoResponsable";
  /** The report of one report path: local to {@link #SUBPROCESS_REPORTE} (Long). */
  public static final String VAR_REPORTE_ID = "reporteId";
  /** Decision of Task_VerificarReporte, local to {@link #SUBPROCESS_REPORTE} (String). */
  public static final String VAR_DECISION_VERIFICACION = "decisionVerificacion";

  // --- Decisions
  public static final String VERIFICAR = "VERIFICAR";
  public static final String DEVOLVER = "DEVOLVER";

  // --- Decision log (Auditoria): entities and decisions
  public static final String ENTIDAD_COMPROMISO = "Compromiso";
  public static final String ENTIDAD_REPORTE = "ReporteAvance";
  public static final String ENTIDAD_EVALUACION = "Evaluacion";
  public static final String ESCALADO = "ESCALADO";

  // --- Notification kinds (texts: notificacion.<kind-kebab>.asunto/.cuerpo)
  public static final String NOTIFICACION_RECORDATORIO_REPORTE = "RECORDATORIO_REPORTE";
  public static final String NOTIFICACION_ESCALAMIENTO_REPORTE = "ESCALAMIENTO_REPORTE";

  /**
   * The user tasks of this process, one row each (see {@link TareaUsuario}): a user task added to
   * the model gets its row here; the tests' registries follow from this table.
   */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_REPORTAR_AVANCE, "reportar-avance", Autorizaciones.SUJETOS),
          new TareaUsuario(KEY, TASK_VERIFICAR_REPORTE, "verificar-reporte", Grupos.COMISION),
          new TareaUsuario(KEY, TASK_EVALUAR_COMPROMISO, "evaluar-compromiso", Grupos.COMISION));

  private SeguimientoBpmn() {}
}
