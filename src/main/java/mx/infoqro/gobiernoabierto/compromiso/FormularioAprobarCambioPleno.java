package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AprobarCambioPleno: the request the STL approved (read-only) and the Pleno's
 * decision ({@code decisionPleno}, read by the model), with the public reason of a rejection.
 */
@Formulario("aprobar-cambio-pleno")
public record FormularioAprobarCambioPleno(
    String folio,
    String titulo,
    String sujetoResponsable,
    String cambios,
    String justificacion,
    String evidencias,
    @Formulario.Decision String decisionPleno,
    String motivoRechazo) {

  /** The Pleno approves the change. */
  public static FormularioAprobarCambioPleno aprobar() {
    return new FormularioAprobarCambioPleno(null, null, null, null, null, null, CambioCompromisoBpmn.APROBAR, null);
  }

  /** The Pleno rejects the change with a public reason. */
  public static FormularioAprobarCambioPleno rechazar(String motivo) {
    return new FormularioAprobarCambioPleno(null, null, null, null, null, null, CambioCompromisoBpmn.RECHAZAR, motivo);
  }
}
