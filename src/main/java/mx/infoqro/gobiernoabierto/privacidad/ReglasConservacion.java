package mx.infoqro.gobiernoabierto.privacidad;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Mensajes;

/** The rules of the retention of personal data, without Spring. */
final class ReglasConservacion {

  private ReglasConservacion() {}

  /**
   * Editions closed before this instant are past the retention period: {@code ahora} minus the
   * period, in the commission's time zone (calendar years and months).
   */
  static Instant limite(ZonedDateTime ahora, Period conservacion) {
    if (conservacion == null || conservacion.isNegative() || conservacion.isZero()) {
      throw new IllegalArgumentException(Mensajes.texto("privacidad.error.conservacion"));
    }
    return ahora.minus(conservacion).toInstant();
  }

  /** A period in Spanish words: "2 años", "1 año y 6 meses", "1 año, 2 meses y 3 días". */
  static String enPalabras(Period periodo) {
    List<String> partes = new ArrayList<>();
    parte(partes, periodo.getYears(), "privacidad.periodo.anios");
    parte(partes, periodo.getMonths(), "privacidad.periodo.meses");
    parte(partes, periodo.getDays(), "privacidad.periodo.dias");
    if (partes.isEmpty()) {
      return Mensajes.texto("privacidad.periodo.dias", 0);
    }
    if (partes.size() == 1) {
      return partes.get(0);
    }
    return String.join(Mensajes.texto("privacidad.periodo.separador"), partes.subList(0, partes.size() - 1))
        + Mensajes.texto("privacidad.periodo.ultimo")
        + partes.get(partes.size() - 1);
  }

  private static void parte(List<String> partes, int n, String clave) {
    if (n != 0) {
      partes.add(Mensajes.texto(clave, n));
    }
  }
}
