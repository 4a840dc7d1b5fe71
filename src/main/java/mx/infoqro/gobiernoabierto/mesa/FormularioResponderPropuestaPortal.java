package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;

/**
 * The form of Task_ResponderPropuestaPortal: the proposal received on the portal (read-only), the
 * other proposals it may merge with, and the reasoned response.
 */
@Formulario("responder-propuesta-portal")
public record FormularioResponderPropuestaPortal(
    String mesaFolio,
    String mesaEje,
    String propuestaNumero,
    String propuestaAutor,
    String propuestaProblema,
    String propuestaCausa,
    String propuestaTexto,
    List<OpcionFormulario> propuestasOpciones,
    DecisionRespuesta decision,
    Long fusionadaCon,
    String razon) {

  /** The facilitator's reasoned response to the proposal (the proposal itself is read-only). */
  public static FormularioResponderPropuestaPortal respuesta(DecisionRespuesta decision, Long fusionadaCon, String razon) {
    return new FormularioResponderPropuestaPortal(null, null, null, null, null, null, null, null, decision, fusionadaCon, razon);
  }
}
