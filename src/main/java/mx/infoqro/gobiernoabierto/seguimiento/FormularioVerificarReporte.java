package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_VerificarReporte: the report sent (read-only), the commission's decision ({@code
 * decisionVerificacion}, read by the model in the report path's own scope) and its observations.
 */
@Formulario("verificar-reporte")
public record FormularioVerificarReporte(
    String compromiso,
    String periodoReporte,
    String reportadoPor,
    String resumenAvances,
    String narrativa,
    String resumenEvidencias,
    @Formulario.Decision String decisionVerificacion,
    String observaciones) {

  /** comision's decision on the report and its observations (the report sent is read-only). */
  public static FormularioVerificarReporte decision(String decision, String observaciones) {
    return new FormularioVerificarReporte(null, null, null, null, null, null, decision, observaciones);
  }
}
