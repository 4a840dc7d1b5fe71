package mx.infoqro.gobiernoabierto.comun;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The Mexican business-day calendar: the one place where legal deadlines are counted. Weekends,
 * the official holidays of article 74 of the Ley Federal del Trabajo, and the extra non-working
 * days the commission declares (configuration) are not business days.
 */
public final class DiasHabiles {

  private final Set<LocalDate> diasInhabiles;

  public DiasHabiles(Iterable<LocalDate> diasInhabilesAdicionales) {
    var dias = new java.util.HashSet<LocalDate>();
    diasInhabilesAdicionales.forEach(dias::add);
    this.diasInhabiles = Set.copyOf(dias);
  }

  /** Whether the date is a business day. */
  public boolean esHabil(LocalDate fecha) {
    DayOfWeek dia = fecha.getDayOfWeek();
    return dia != DayOfWeek.SATURDAY
        && dia != DayOfWeek.SUNDAY
        && !esFeriadoOficial(fecha)
        && !diasInhabiles.contains(fecha);
  }

  /**
   * The date that falls {@code dias} business days after {@code desde} (the start day itself does
   * not count, as in Mexican administrative law).
   */
  public LocalDate sumar(LocalDate desde, int dias) {
    if (dias < 0) {
      throw new IllegalArgumentException("dias must be >= 0");
    }
    LocalDate fecha = desde;
    int restantes = dias;
    while (restantes > 0) {
      fecha = fecha.plusDays(1);
      if (esHabil(fecha)) {
        restantes--;
      }
    }
    return fecha;
  }

  /** The official rest days of article 74 LFT for the year of the date. */
  static boolean esFeriadoOficial(LocalDate fecha) {
    int anio = fecha.getYear();
    return fecha.equals(LocalDate.of(anio, Month.JANUARY, 1))
        || fecha.equals(nLunes(anio, Month.FEBRUARY, 1)) // Constitución
        || fecha.equals(nLunes(anio, Month.MARCH, 3)) // Natalicio de Benito Juárez
        || fecha.equals(LocalDate.of(anio, Month.MAY, 1))
        || fecha.equals(LocalDate.of(anio, Month.SEPTEMBER, 16))
        // Transmisión del Poder Ejecutivo Federal, every six years since 2024
        || (anio >= 2024 && (anio - 2024) % 6 == 0 && fecha.equals(LocalDate.of(anio, Month.OCTOBER, 1)))
        || fecha.equals(nLunes(anio, Month.NOVEMBER, 3)) // Revolución
        || fecha.equals(LocalDate.of(anio, Month.DECEMBER, 25));
  }

  private static LocalDate nLunes(int anio, Month mes, int n) {
    return LocalDate.of(anio, mes, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }
}
