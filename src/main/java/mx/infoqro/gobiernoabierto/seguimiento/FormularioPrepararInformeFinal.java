package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_PrepararInformeFinal (edition process): the Pleno's observations when it
 * returned the report (read-only) and the report (or a first draft with the edition's figures).
 */
@Formulario("preparar-informe-final")
public record FormularioPrepararInformeFinal(String observacionesPleno, String informeFinal) {

  /** comision writes the final report (the Pleno's earlier observations are read-only). */
  public static FormularioPrepararInformeFinal informe(String informeFinal) {
    return new FormularioPrepararInformeFinal(null, informeFinal);
  }
}
