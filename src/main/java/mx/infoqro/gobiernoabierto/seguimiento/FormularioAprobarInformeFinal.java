package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AprobarInformeFinal (edition process): the report (read-only), the Pleno's
 * decision ({@code decisionInforme}, read by the model) and its observations.
 */
@Formulario("aprobar-informe-final")
public record FormularioAprobarInformeFinal(
    String informeFinal, @Formulario.Decision String decisionInforme, String observaciones) {

  /** The Pleno's decision on the final report and its observations (the report is read-only). */
  public static FormularioAprobarInformeFinal decision(String decision, String observaciones) {
    return new FormularioAprobarInformeFinal(null, decision, observaciones);
  }
}
