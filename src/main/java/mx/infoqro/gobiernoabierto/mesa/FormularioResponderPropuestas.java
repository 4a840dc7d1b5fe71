package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas.Respuesta;

/**
 * The form of Task_ResponderPropuestas: one row per proposal of the table (its number and summary,
 * read-only, with the current response if any) and the proposals a merged one may name.
 */
@Formulario("responder-propuestas")
public record FormularioResponderPropuestas(
    String mesaFolio, String mesaEje, List<Fila> respuestas, List<OpcionFormulario> propuestasOpciones) {

  /** The facilitator's response to each proposal (the header and the options are read-only). */
  public static FormularioResponderPropuestas responder(List<Fila> respuestas) {
    return new FormularioResponderPropuestas(null, null, respuestas, null);
  }

  /** The response to one proposal. */
  public record Fila(Long propuestaId, String resumen, DecisionRespuesta decision, Long fusionadaCon, String razon) {

    Respuesta respuesta() {
      return new Respuesta(propuestaId, decision, razon, fusionadaCon);
    }
  }

  /** What the service stores. */
  List<Respuesta> leidas() {
    return respuestas.stream().map(Fila::respuesta).toList();
  }
}
