package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_FirmarPlanAccion (edition process): the approved commitments (read-only), the
 * Pleno's signature (unchecked when it opens) and its observations.
 */
@Formulario("firmar-plan-accion")
public record FormularioFirmarPlanAccion(String resumenPlan, Boolean planFirmado, String observaciones) {

  /** The Pleno signs the plan (or not) with its observations (the plan's summary is read-only). */
  public static FormularioFirmarPlanAccion firma(Boolean planFirmado, String observaciones) {
    return new FormularioFirmarPlanAccion(null, planFirmado, observaciones);
  }
}
