package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.LocalDate;
import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AprobarConvocatoria: the call as comision sent it (read-only) and the Pleno's
 * decision ({@link EjercicioBpmn#APROBAR} or {@link EjercicioBpmn#DEVOLVER}, read by the
 * model) with its observations (required to return it).
 */
@Formulario("aprobar-convocatoria")
public record FormularioAprobarConvocatoria(
    String titulo,
    String texto,
    String contacto,
    String ejesOfrecidos,
    LocalDate fechaAperturaRegistro,
    LocalDate fechaCierreRegistro,
    LocalDate fechaInicioCocreacion,
    LocalDate fechaFinCocreacion,
    LocalDate fechaLimiteAprobacion,
    LocalDate fechaInicioPlan,
    LocalDate fechaFinPlan,
    @Formulario.Decision String decisionConvocatoria,
    String observaciones) {

  /** The Pleno's decision on the call and its observations (the call itself is read-only). */
  public static FormularioAprobarConvocatoria decision(String decision, String observaciones) {
    return new FormularioAprobarConvocatoria(
        null, null, null, null, null, null, null, null, null, null, null, decision, observaciones);
  }
}
