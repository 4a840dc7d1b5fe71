package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/ejercicio-gobierno-abierto.bpmn}
 * (constants only, no behaviour), the process {@code ejercicio-gobierno-abierto}: one edition of
 * the exercise, from the call to its closing (DOMAIN.md phases 1–9). Business key: the edition's
 * folio {@code EGA-<year>}.
 */
public final class EjercicioBpmn {

  public static final String KEY = "ejercicio-gobierno-abierto";

  // Element ids
  public static final String START = "Event_EjercicioIniciado";
  public static final String TASK_PREPARAR_CONVOCATORIA = "Task_PrepararConvocatoria";
  public static final String TASK_APROBAR_CONVOCATORIA = "Task_AprobarConvocatoria";
  public static final String GATEWAY_CONVOCATORIA_APROBADA = "Gateway_ConvocatoriaAprobada";
  public static final String TASK_PUBLICAR_CONVOCATORIA = "Task_PublicarConvocatoria";
  public static final String GATEWAY_INICIO_REGISTRO = "Gateway_InicioRegistro";
  public static final String TIMER_RECORDATORIO_REGISTRO = "Timer_RecordatorioRegistro";
  public static final String TASK_RECORDAR_REGISTRO = "Task_RecordarRegistro";
  public static final String TIMER_CIERRE_REGISTRO = "Timer_CierreRegistro";
  public static final String GATEWAY_FIN_REGISTRO = "Gateway_FinRegistro";
  public static final String TASK_CERRAR_REGISTRO = "Task_CerrarRegistro";
  public static final String TASK_CONFORMAR_MESAS = "Task_ConformarMesas";
  public static final String TASK_INSTALAR_STL = "Task_InstalarStl";
  public static final String CALL_MESAS = "CallActivity_MesaCocreacion";
  public static final String TASK_REUNIR_BORRADORES = "Task_ReunirBorradores";
  public static final String CALL_APROBACION = "CallActivity_AprobacionCompromiso";
  public static final String TASK_INTEGRAR_PLAN = "Task_IntegrarPlanAccion";
  public static final String TASK_FIRMAR_PLAN = "Task_FirmarPlanAccion";
  public static final String TASK_PUBLICAR_PLAN = "Task_PublicarPlanAccion";
  public static final String CALL_SEGUIMIENTO = "CallActivity_SeguimientoCompromiso";
  public static final String TASK_PREPARAR_INFORME = "Task_PrepararInformeFinal";
  public static final String TASK_APROBAR_INFORME = "Task_AprobarInformeFinal";
  public static final String GATEWAY_INFORME_APROBADO = "Gateway_InformeAprobado";
  public static final String TASK_CERRAR_EJERCICIO = "Task_CerrarEjercicio";
  public static final String END = "Event_EjercicioCerrado";

  // Flows into the multi-instance call activities: their phase starts when they are taken
  // (an empty collection never starts the activity itself).
  public static final String FLOW_A_COCREACION = "Flow_HaciaCocreacion";
  public static final String FLOW_A_APROBACION = "Flow_HaciaAprobacion";
  public static final String FLOW_A_SEGUIMIENTO = "Flow_HaciaSeguimiento";

  // Variables
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  public static final String VAR_DECISION_CONVOCATORIA = "decisionConvocatoria";
  public static final String VAR_FECHA_RECORDATORIO_REGISTRO = "fechaRecordatorioRegistro";
  public static final String VAR_FECHA_CIERRE_REGISTRO = "fechaCierreRegistro";
  /** Due date of the forum's installation: co-creation cannot start without it. */
  public static final String VAR_FECHA_INICIO_COCREACION = "fechaInicioCocreacion";
  /** Due date of the Pleno's signature of the plan. */
  public static final String VAR_FECHA_INICIO_PLAN = "fechaInicioPlan";
  public static final String VAR_MESA_IDS = "mesaIds";
  public static final String VAR_MESA_ID = "mesaId";
  public static final String VAR_COMPROMISO_IDS = "compromisoIds";
  public static final String VAR_COMPROMISOS_APROBADOS_IDS = "compromisosAprobadosIds";
  public static final String VAR_COMPROMISO_ID = "compromisoId";
  public static final String VAR_DECISION_INFORME = "decisionInforme";
  /** Local variable of each call-activity instance: the business key of the sub-case. */
  public static final String VAR_FOLIO_SUBCASO = "folioSubcaso";

  // Decisions
  public static final String APROBAR = "APROBAR";
  public static final String DEVOLVER = "DEVOLVER";

  /** The decision table that decides whether an axis has quorum for a table. */
  public static final String DECISION_QUORUM = "quorum-mesa";

  /** The phase an edition enters when the element (activity or flow) starts. */
  public static final Map<String, FaseEjercicio> FASE_POR_ELEMENTO =
      Map.of(
          TASK_PREPARAR_CONVOCATORIA, FaseEjercicio.CONVOCATORIA,
          GATEWAY_INICIO_REGISTRO, FaseEjercicio.REGISTRO,
          TASK_CONFORMAR_MESAS, FaseEjercicio.CONFORMACION_MESAS,
          TASK_INSTALAR_STL, FaseEjercicio.INSTALACION_STL,
          FLOW_A_COCREACION, FaseEjercicio.COCREACION,
          FLOW_A_APROBACION, FaseEjercicio.APROBACION,
          TASK_INTEGRAR_PLAN, FaseEjercicio.PLAN_ACCION,
          FLOW_A_SEGUIMIENTO, FaseEjercicio.SEGUIMIENTO,
          TASK_PREPARAR_INFORME, FaseEjercicio.CIERRE);

  /**
   * The user tasks of this process, one row each (see {@link TareaUsuario}): a user task added to
   * the model gets its row here; the tests' registries follow from this table.
   */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_PREPARAR_CONVOCATORIA, "preparar-convocatoria", Grupos.COMISION),
          new TareaUsuario(KEY, TASK_APROBAR_CONVOCATORIA, "aprobar-convocatoria", Grupos.PLENO),
          new TareaUsuario(KEY, TASK_INSTALAR_STL, "instalar-stl", Grupos.COMISION),
          new TareaUsuario(KEY, TASK_FIRMAR_PLAN, "firmar-plan-accion", Grupos.PLENO),
          new TareaUsuario(KEY, TASK_PREPARAR_INFORME, "preparar-informe-final", Grupos.COMISION),
          new TareaUsuario(KEY, TASK_APROBAR_INFORME, "aprobar-informe-final", Grupos.PLENO));

  private EjercicioBpmn() {}

  /** The input variable {@link #VAR_EJERCICIO_ID} as seen from an execution or a task of the edition. */
  public static Long ejercicioId(VariableScope alcance) {
    return VariablesProceso.id(alcance, VAR_EJERCICIO_ID);
  }
}
