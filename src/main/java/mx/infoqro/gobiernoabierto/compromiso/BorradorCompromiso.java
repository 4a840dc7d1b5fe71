package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;

/**
 * The template fields of a draft commitment as the table edits them when it attends observations.
 *
 * @param valores names of {@link Compromiso.ValorGobiernoAbierto}
 * @param claveSujetoResponsable the responsible agency's {@code clave}
 */
record BorradorCompromiso(
    String titulo,
    String problema,
    String statusQuo,
    String descripcion,
    String comoResuelve,
    List<String> valores,
    String claveSujetoResponsable,
    String otrosActores,
    String contacto,
    LocalDate fechaInicio,
    LocalDate fechaFin,
    List<HitoBorrador> hitos) {

  /** One milestone row of the draft. */
  record HitoBorrador(String descripcion, String productoEsperado, LocalDate fechaInicio, LocalDate fechaFin) {}
}
