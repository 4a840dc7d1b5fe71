package mx.infoqro.gobiernoabierto.privacidad;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The rules of the retention of personal data, without Spring. */
final class ReglasConservacion {

  private ReglasConservacion() {}

  /**
   * Editions closed before this instant are past the retention period: {@code ahora} minus the
   * period, in the commission's time zone (calendar years and months).
   */
  static Instant limite(ZonedDateTime ahora, Period conservacion) {
    if (conservacion == null || conservacion.isNegative() || conservacion.isZero()) {
      throw new IllegalArgumentException("gobierno-abierto.privacidad.conservacion debe ser un periodo positivo, p. ej. P2Y");
    }
    return ahora.minus(conservacion).toInstant();
  }

  /** A period in Spanish words: "2 años", "1 año y 6 meses", "1 año, 2 meses y 3 días". */
  static String enPalabras(Period periodo) {
    List<String> partes = new ArrayList<>();
    parte(partes, periodo.getYears(), "año", "años");
    parte(partes, periodo.getMonths(), "mes", "meses");
    parte(partes, periodo.getDays(), "día", "días");
    if (partes.isEmpty()) {
      return "0 días";
    }
    if (partes.size() == 1) {
      return partes.get(0);
    }
    return String.join(", ", partes.subList(0, partes.size() - 1)) + " y " + partes.get(partes.size() - 1);
  }

  private static void parte(List<String> partes, int n, String singular, String plural) {
    if (n != 0) {
      partes.add(n + " " + (n == 1 ? singular : plural));
    }
  }
}
