package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.AperturaGobierno;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Potencial;

/**
 * The form of Task_EvaluarCompromiso: the commitment, its approval criteria and a summary of its
 * follow-up (read-only), and the evaluation with the OGP IRM scales (any recorded already).
 */
@Formulario("evaluar-compromiso")
public record FormularioEvaluarCompromiso(
    String compromiso,
    String sujetoResponsable,
    String criteriosAprobacion,
    String resumenSeguimiento,
    Potencial potencial,
    Cumplimiento cumplimiento,
    AperturaGobierno abrioGobierno,
    String comentario,
    String evidencia) {

  /** The evaluation on the OGP IRM scales (the commitment and its follow-up are read-only). */
  public static FormularioEvaluarCompromiso evaluacion(
      Potencial potencial, Cumplimiento cumplimiento, AperturaGobierno abrioGobierno, String comentario, String evidencia) {
    return new FormularioEvaluarCompromiso(null, null, null, null, potencial, cumplimiento, abrioGobierno, comentario, evidencia);
  }
}
