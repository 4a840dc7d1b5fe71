package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.LocalDate;
import java.util.List;

/** The fields of the call as comision edits them (the editable part of its form). */
public record DatosConvocatoria(
    String titulo,
    String texto,
    String contacto,
    LocalDate fechaAperturaRegistro,
    LocalDate fechaCierreRegistro,
    LocalDate fechaInicioCocreacion,
    LocalDate fechaFinCocreacion,
    LocalDate fechaLimiteAprobacion,
    LocalDate fechaInicioPlan,
    LocalDate fechaFinPlan,
    List<String> ejes) {

  /** The dates of the timeline, in the order they must follow. */
  LocalDate[] fechas() {
    return new LocalDate[] {
      fechaAperturaRegistro, fechaCierreRegistro, fechaInicioCocreacion, fechaFinCocreacion,
      fechaLimiteAprobacion, fechaInicioPlan, fechaFinPlan
    };
  }
}
