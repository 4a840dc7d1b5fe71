package mx.infoqro.gobiernoabierto.privacidad;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AtenderSolicitudArco: the request (read-only; {@code esRectificacion} shows the
 * corrections' fields), the staff's decision ({@link DerechosArcoBpmn#RESPONDER} or {@link
 * DerechosArcoBpmn#PRORROGAR}, read by the model), the reason of an extension, the corrections
 * of a rectification and the answer to the person.
 */
@Formulario("atender-solicitud-arco")
public record FormularioAtenderSolicitudArco(
    String folio,
    DerechoArco derecho,
    String nombreSolicitante,
    String correo,
    String participante,
    String descripcion,
    String datosRectificar,
    String tratamiento,
    String vencimientoTexto,
    Boolean esRectificacion,
    @Formulario.Decision String decisionArco,
    String motivoProrroga,
    String nombreCorregido,
    String telefonoCorregido,
    String municipioCorregido,
    String organizacionCorregida,
    String respuesta) {

  /** The staff answer the request (no extension, no corrections). */
  public static FormularioAtenderSolicitudArco respuesta(String respuesta) {
    return decision(DerechosArcoBpmn.RESPONDER, null, respuesta, null, null, null, null);
  }

  /** The staff extend the request's deadline, with its reason. */
  public static FormularioAtenderSolicitudArco prorroga(String motivoProrroga) {
    return decision(DerechosArcoBpmn.PRORROGAR, motivoProrroga, null, null, null, null, null);
  }

  /** The staff's answer as submitted (the request's own fields are not needed). */
  public static FormularioAtenderSolicitudArco decision(
      String decision, String motivoProrroga, String respuesta, String nombre, String telefono, String municipio,
      String organizacion) {
    return new FormularioAtenderSolicitudArco(
        null, null, null, null, null, null, null, null, null, null, decision, motivoProrroga, nombre, telefono,
        municipio, organizacion, respuesta);
  }
}
