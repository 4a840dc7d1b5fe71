package mx.infoqro.gobiernoabierto.registro;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_ValidarEnlace: who registered as an agency's liaison (read-only), comision's
 * decision ({@link RegistroParticipanteBpmn#VALIDADO} or {@link RegistroParticipanteBpmn#RECHAZADO},
 * read by the model) and the reason of a rejection, told to the person.
 */
@Formulario("validar-enlace")
public record FormularioValidarEnlace(
    String nombre,
    String dependencia,
    String correo,
    String sector,
    String ejes,
    @Formulario.Decision String decisionEnlace,
    String motivoRechazo) {

  /** comision's decision on the liaison and the reason of a rejection (who registered is read-only). */
  public static FormularioValidarEnlace decision(String decision, String motivoRechazo) {
    return new FormularioValidarEnlace(null, null, null, null, null, decision, motivoRechazo);
  }
}
