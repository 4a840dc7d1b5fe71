package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_RevisarCambioStl: the request (read-only: the commitment, its changes before and
 * after, the justification and evidence, the returns so far), the STL's decision ({@code
 * decisionStl}, read by the model), the observations of a return and the public reason of a rejection.
 */
@Formulario("revisar-cambio-stl")
public record FormularioRevisarCambioStl(
    String folio,
    String titulo,
    String sujetoResponsable,
    String cambios,
    String justificacion,
    String evidencias,
    String devoluciones,
    @Formulario.Decision String decisionStl,
    String observaciones,
    String motivoRechazo) {

  /** The STL approves the change. */
  public static FormularioRevisarCambioStl aprobar() {
    return decidir(CambioCompromisoBpmn.APROBAR, null, null);
  }

  /** The STL returns the request with observations. */
  public static FormularioRevisarCambioStl devolver(String observaciones) {
    return decidir(CambioCompromisoBpmn.DEVOLVER, observaciones, null);
  }

  /** The STL rejects the change with a public reason. */
  public static FormularioRevisarCambioStl rechazar(String motivo) {
    return decidir(CambioCompromisoBpmn.RECHAZAR, null, motivo);
  }

  private static FormularioRevisarCambioStl decidir(String decision, String observaciones, String motivo) {
    return new FormularioRevisarCambioStl(null, null, null, null, null, null, null, decision, observaciones, motivo);
  }
}
