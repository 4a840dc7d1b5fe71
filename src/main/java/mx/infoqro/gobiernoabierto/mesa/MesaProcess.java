package mx.infoqro.gobiernoabierto.mesa;

/**
 * Constants of the process {@code mesa-cocreacion}: one co-creation table, from scheduling its
 * sessions to its draft commitments. The edition process calls it once per installed table with the
 * table's folio as business key and the variables {@link #VAR_EJERCICIO_ID} and {@link #VAR_MESA_ID};
 * nothing is passed back: the drafts are {@code Compromiso} rows in state BORRADOR.
 */
public final class MesaProcess {

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

  // --- Form fields (task-local; read-only display values are not submitted) ---------------------
  public static final String CAMPO_MESA_FOLIO = "mesaFolio";
  public static final String CAMPO_MESA_EJE = "mesaEje";

  /** Task_ProgramarSesiones: dynamic list of {fechaHora, lugar, enlace}. */
  public static final String CAMPO_SESIONES = "sesiones";
  public static final String CAMPO_FECHA_HORA = "fechaHora";
  public static final String CAMPO_LUGAR = "lugar";
  public static final String CAMPO_ENLACE = "enlace";

  /** Task_RegistrarSesion. */
  public static final String CAMPO_SESION_ID = "sesionId";
  public static final String CAMPO_SESIONES_OPCIONES = "sesionesOpciones";
  public static final String CAMPO_ASISTENTES = "asistentes";
  public static final String CAMPO_LISTA_ASISTENCIA = "listaAsistencia";
  public static final String CAMPO_ACTA = "acta";
  /** Dynamic list of {autorPublico, problema, causa, propuesta}. */
  public static final String CAMPO_PROPUESTAS = "propuestas";
  public static final String CAMPO_AUTOR_PUBLICO = "autorPublico";
  public static final String CAMPO_PROBLEMA = "problema";
  public static final String CAMPO_CAUSA = "causa";
  public static final String CAMPO_PROPUESTA = "propuesta";
  public static final String CAMPO_NUEVA_SESION_FECHA_HORA = "nuevaSesionFechaHora";
  public static final String CAMPO_NUEVA_SESION_LUGAR = "nuevaSesionLugar";
  public static final String CAMPO_NUEVA_SESION_ENLACE = "nuevaSesionEnlace";

  /** Task_ResponderPropuestas: dynamic list of {propuestaId, resumen, decision, razon, fusionadaCon}. */
  public static final String CAMPO_RESPUESTAS = "respuestas";
  public static final String CAMPO_PROPUESTA_ID = "propuestaId";
  public static final String CAMPO_RESUMEN = "resumen";
  public static final String CAMPO_DECISION = "decision";
  public static final String CAMPO_RAZON = "razon";
  public static final String CAMPO_FUSIONADA_CON = "fusionadaCon";
  public static final String CAMPO_PROPUESTAS_OPCIONES = "propuestasOpciones";

  /** Task_ResponderPropuestaPortal: the proposal (read-only) and decision, fusionadaCon, razon. */
  public static final String CAMPO_PROPUESTA_AUTOR = "propuestaAutor";
  public static final String CAMPO_PROPUESTA_PROBLEMA = "propuestaProblema";
  public static final String CAMPO_PROPUESTA_CAUSA = "propuestaCausa";
  public static final String CAMPO_PROPUESTA_TEXTO = "propuestaTexto";
  public static final String CAMPO_PROPUESTA_NUMERO = "propuestaNumero";

  /** Task_RedactarCompromisos: dynamic list of commitments, each with a nested list of hitos. */
  public static final String CAMPO_COMPROMISOS = "compromisos";
  public static final String CAMPO_TITULO = "titulo";
  public static final String CAMPO_STATUS_QUO = "statusQuo";
  public static final String CAMPO_DESCRIPCION = "descripcion";
  public static final String CAMPO_COMO_RESUELVE = "comoResuelve";
  public static final String CAMPO_VALORES = "valores";
  public static final String CAMPO_SUJETO_RESPONSABLE_ID = "sujetoResponsableId";
  public static final String CAMPO_SUJETOS_OPCIONES = "sujetosOpciones";
  public static final String CAMPO_OTROS_ACTORES = "otrosActores";
  public static final String CAMPO_CONTACTO = "contacto";
  public static final String CAMPO_FECHA_INICIO = "fechaInicio";
  public static final String CAMPO_FECHA_FIN = "fechaFin";
  public static final String CAMPO_PROPUESTAS_ATENDIDAS = "propuestasAtendidas";
  public static final String CAMPO_PROPUESTAS_INCORPORADAS_OPCIONES = "propuestasIncorporadasOpciones";
  public static final String CAMPO_HITOS = "hitos";
  public static final String CAMPO_PRODUCTO_ESPERADO = "productoEsperado";

  // --- Decision log (Auditoria): entities and decisions -----------------------------------------
  public static final String ENTIDAD_MESA = "Mesa";
  public static final String ENTIDAD_SESION = "Sesion";
  public static final String ENTIDAD_PROPUESTA = "Propuesta";

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
  public static final String NOTIFICACION_INVITACION_MESA = "INVITACION_MESA";
  public static final String NOTIFICACION_RESPUESTAS_VENCIDAS = "RESPUESTAS_VENCIDAS";
  public static final String NOTIFICACION_MESA_CERRADA = "MESA_CERRADA";
  public static final String NOTIFICACION_RESPUESTA_PROPUESTA = "RESPUESTA_PROPUESTA";

  private MesaProcess() {}
}
