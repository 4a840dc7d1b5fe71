package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The element ids and variable names of {@code processes/sesion-stl.bpmn} (constants only), the
 * process {@code sesion-stl}: one session of the Secretariado Técnico Local, from its scheduling to
 * its published minutes. Started from Tasklist by the commission (the form asks the edition) or by
 * {@link SesionesStlProcesos} with {@link #VAR_EJERCICIO_ID}; business key: the session's folio.
 */
public final class SesionStlBpmn {

  public static final String KEY = "sesion-stl";

  // --- Elements ---------------------------------------------------------------------------------
  public static final String EVENT_SESION_SOLICITADA = "Event_SesionStlSolicitada";
  public static final String GATEWAY_SESION_POR_PROGRAMAR = "Gateway_SesionStlPorProgramar";
  public static final String TASK_PROGRAMAR_SESION_STL = "Task_ProgramarSesionStl";
  public static final String TASK_REGISTRAR_SESION_STL = "Task_RegistrarSesionStl";
  public static final String GATEWAY_QUORUM = "Gateway_QuorumStl";
  public static final String FLOW_CON_QUORUM = "Flow_ConQuorum";
  public static final String FLOW_SIN_QUORUM = "Flow_SinQuorum";
  public static final String TASK_PUBLICAR_ACTA_STL = "Task_PublicarActaStl";
  public static final String EVENT_ACTA_PUBLICADA = "Event_ActaStlPublicada";

  // --- Process variables ------------------------------------------------------------------------
  /** Id of the edition (Long): given at the start, or chosen in Task_ProgramarSesionStl. */
  public static final String VAR_EJERCICIO_ID = "ejercicioId";
  /** Id of the session scheduled last (Long), written by Task_ProgramarSesionStl. */
  public static final String VAR_SESION_STL_ID = "sesionStlId";
  /** Outcome of Task_RegistrarSesionStl (Boolean): the three parties were present. */
  public static final String VAR_QUORUM = "quorumStl";

  // --- Decision log and notifications -----------------------------------------------------------
  public static final String ENTIDAD_SESION_STL = "SesionStl";
  public static final String DECISION_PROGRAMADA = "PROGRAMADA";
  public static final String DECISION_CELEBRADA = "CELEBRADA";
  public static final String DECISION_SIN_QUORUM = "SIN_QUORUM";
  public static final String DECISION_ACTA_PUBLICADA = "ACTA_PUBLICADA";
  public static final String NOTIFICACION_INVITACION_STL = "INVITACION_STL";

  /** The user tasks of this process, one row each (see {@link TareaUsuario}). */
  public static final List<TareaUsuario> TAREAS_USUARIO =
      List.of(
          new TareaUsuario(KEY, TASK_PROGRAMAR_SESION_STL, "programar-sesion-stl", Grupos.COMISION),
          new TareaUsuario(KEY, TASK_REGISTRAR_SESION_STL, "registrar-sesion-stl", Grupos.COMISION));

  private SesionStlBpmn() {}

  /** {@link #VAR_SESION_STL_ID} as seen from an execution or a task. */
  public static Long sesionStlId(VariableScope ambito) {
    return VariablesProceso.id(ambito, VAR_SESION_STL_ID);
  }

  /** {@link #VAR_EJERCICIO_ID}, or null when the instance was started from Tasklist and not yet scheduled. */
  static Long ejercicioIdOpcional(VariableScope ambito) {
    return ambito.hasVariable(VAR_EJERCICIO_ID) ? VariablesProceso.id(ambito, VAR_EJERCICIO_ID) : null;
  }
}
