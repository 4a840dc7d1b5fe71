package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.List;

/**
 * What a request asks to change in a commitment in implementation: a null (or blank) value leaves
 * the field as it is. Milestones are named by their number as the public page shows them (1…n);
 * a row without a number is a new milestone.
 *
 * @param sujetoResponsable the new responsible agency's clave
 */
public record SolicitudCambio(
    String justificacion,
    String evidencias,
    String descripcion,
    String comoResuelve,
    String sujetoResponsable,
    String otrosActores,
    List<CambioHito> hitos) {

  public SolicitudCambio {
    hitos = hitos == null ? List.of() : List.copyOf(hitos);
  }

  /** A change of one milestone, or a new one when {@code numero} is null. */
  public record CambioHito(
      Integer numero,
      String descripcion,
      String productoEsperado,
      LocalDate fechaInicio,
      LocalDate fechaFin,
      boolean retirar,
      String motivoRetiro) {

    /** Postpones (or brings forward) milestone {@code numero} to end on {@code fechaFin}. */
    public static CambioHito nuevaFechaFin(int numero, LocalDate fechaFin) {
      return new CambioHito(numero, null, null, null, fechaFin, false, null);
    }

    /** Removes milestone {@code numero} for {@code motivo}. */
    public static CambioHito retirar(int numero, String motivo) {
      return new CambioHito(numero, null, null, null, null, true, motivo);
    }

    /** A new milestone. */
    public static CambioHito nuevo(String descripcion, String productoEsperado, LocalDate inicio, LocalDate fin) {
      return new CambioHito(null, descripcion, productoEsperado, inicio, fin, false, null);
    }
  }

  /** Only milestone changes, with their justification. */
  public static SolicitudCambio deHitos(String justificacion, CambioHito... hitos) {
    return new SolicitudCambio(justificacion, null, null, null, null, null, List.of(hitos));
  }
}
