package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;

/**
 * The form of Task_PrepararConvocatoria: the Pleno's observations when it returned the call
 * (read-only), the call's text and timeline as comision edits them, and the axes offered, chosen
 * among {@code opcionesEjes} (the active axes).
 */
@Formulario("preparar-convocatoria")
public record FormularioPrepararConvocatoria(
    String observacionesPleno,
    String titulo,
    String texto,
    String contacto,
    List<String> ejes,
    List<OpcionFormulario> opcionesEjes,
    LocalDate fechaAperturaRegistro,
    LocalDate fechaCierreRegistro,
    LocalDate fechaInicioCocreacion,
    LocalDate fechaFinCocreacion,
    LocalDate fechaLimiteAprobacion,
    LocalDate fechaInicioPlan,
    LocalDate fechaFinPlan) {

  /** What comision submitted, as the call's data. */
  DatosConvocatoria convocatoria() {
    return new DatosConvocatoria(
        titulo, texto, contacto, fechaAperturaRegistro, fechaCierreRegistro, fechaInicioCocreacion,
        fechaFinCocreacion, fechaLimiteAprobacion, fechaInicioPlan, fechaFinPlan, ejes == null ? List.of() : ejes);
  }
}
