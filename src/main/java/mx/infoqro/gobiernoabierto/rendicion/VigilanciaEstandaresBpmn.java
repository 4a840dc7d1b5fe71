package mx.infoqro.gobiernoabierto.rendicion;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;

/**
 * The element ids and variable names of {@code processes/vigilancia-estandares.bpmn} (constants
 * only), the process {@code vigilancia-estandares}: the cadence watch of the OGP standards of one
 * edition, from the publication of its plan to its closing. Started by {@link
 * VigilanciaEstandaresProcesos} with {@link #VAR_EJERCICIO_ID}; business key: the edition's folio.
 * One instance of {@link #SUBPROCESS_VIGILAR_ESTANDAR} per standard watched ({@link #VAR_ESTANDAR}),
 * each with its own variables (local to it).
 */
public final class VigilanciaEstandaresBpmn {

  public static final String KEY = "vigilancia-estandares";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String EVENT_VIGILANCIA_INICIADA = "Event_VigilanciaIniciada";
  public static final String SUBPROCESS_VIGILAR_ESTANDAR = "SubProcess_VigilarEstandar";
  public static final String TASK_EVALUAR_ESTANDAR = "Task_EvaluarEstandar";
  public static final String GATEWAY_AVISO_ESTANDAR = "Gateway_AvisoEstandar";
  public static final String TASK_ATENDER_AVISO_ESTANDAR = "Task_AtenderAvisoEstandar";
  public static final String TIMER_REVISION_AVISO = "Timer_RevisionAviso";
  public static final String EVENT_EVIDENCIA_AVISO = "Event_EvidenciaAviso";
  public static final String GATEWAY_ESPERAR_REVISION = "Gateway_EsperarRevision";
  public static final String TIMER_FECHA_REVISION = "Timer_FechaRevision";
  public static final String EVENT_EVIDENCIA_RECIBIDA = "Event_EvidenciaRecibida";
  public static final String EVENT_EJERCICIO_CERRADO = "Event_EjercicioCerrado";
  public static final String EVENT_VIGILANCIA_TERMINADA = "Event_VigilanciaTerminada";

  /** Message (name) correlated to every standard of the edition when evidence arrives. */
  public static final String MENSAJE_EVIDENCIA = "evidenciaEstandar";
  /** Message (name) that ends the watch when the edition closes. */
  public static final String MENSAJE_TERMINADA = "vigilanciaTerminada";

  // --- Process variables ------------------------------------------------------------------------
  /** Id of the edition (Long), given at the start. */
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  /** The standard one subprocess instance watches (String: foro, repositorio, implementacion). */
  public static final String VAR_ESTANDAR = "estandar";
  /** Written by Task_EvaluarEstandar (Boolean): the level is above what comision acknowledged. */
  public static final String VAR_AVISAR_COMISION = "avisarComision";
  /** Written by Task_EvaluarEstandar (String, a {@code AvisosCadencia.Nivel}): the standard's level. */
  public static final String VAR_NIVEL = "nivelEstandar";
  /** The level comision acknowledged last (String), written by Task_AtenderAvisoEstandar. */
  public static final String VAR_NIVEL_RECONOCIDO = "nivelReconocido";
  /** The level mailed last (String), so a level is mailed once. */
  public static final String VAR_NIVEL_AVISADO = "nivelAvisado";
  /** Written by Task_EvaluarEstandar (Date): when to look again, the timers' date. */
  public static final String VAR_PROXIMA_REVISION = "proximaRevision";

  // --- Decision log and notifications -----------------------------------------------------------
  public static final String ENTIDAD_ESTANDAR = "EstandarOgp";
  public static final String DECISION_AVISO_ATENDIDO = "AVISO_ATENDIDO";
  public static final String NOTIFICACION_AVISO = "AVISO_ESTANDAR";
  public static final String NOTIFICACION_ESCALAMIENTO = "ESCALAMIENTO_ESTANDAR";

  /** The user tasks of this process, one row each (see {@link TareaUsuario}). */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(new TareaUsuario(KEY, TASK_ATENDER_AVISO_ESTANDAR, "atender-aviso-estandar", Grupos.COMISION));

  private VigilanciaEstandaresBpmn() {}
}
