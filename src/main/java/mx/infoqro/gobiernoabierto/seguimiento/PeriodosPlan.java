package mx.infoqro.gobiernoabierto.seguimiento;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The report periods of an action plan: the plan runs from {@code inicio} to {@code fin} (both
 * inclusive) and is cut every {@code meses} months. A report is due at the end of each period; a
 * trailing partial period is covered by the final evaluation. Pure value, no engine, no database.
 */
public record PeriodosPlan(LocalDate inicio, LocalDate fin, int meses) {

  /** Local time of day at which each report cycle fires. */
  public static final LocalTime HORA_REPORTE = LocalTime.of(9, 0);

  private static final DateTimeFormatter ISO_CON_ZONA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  public PeriodosPlan {
    if (inicio == null || fin == null) {
      throw new IllegalArgumentException("The plan period needs a start and an end date");
    }
    if (fin.isBefore(inicio)) {
      throw new IllegalArgumentException("The plan ends (" + fin + ") before it starts (" + inicio + ")");
    }
    if (meses < 1) {
      throw new IllegalArgumentException("The report period must be at least one month");
    }
  }

  /**
   * How many reports the plan has: the periods whose last day falls within the plan, at least one
   * (a plan shorter than one period is reported once, on its last day).
   */
  public int numeroPeriodos() {
    int n = 0;
    while (!finDePeriodo(n + 1).isAfter(fin)) {
      n++;
    }
    return Math.max(1, n);
  }

  /** The cut-off date of report {@code periodo} (1, 2, …): the last day of that period, at most the plan's end. */
  public LocalDate fechaCorte(int periodo) {
    if (periodo < 1) {
      throw new IllegalArgumentException("Periods start at 1");
    }
    LocalDate corte = finDePeriodo(periodo);
    return corte.isAfter(fin) ? fin : corte;
  }

  /**
   * The report cycle as an ISO 8601 repeating interval for a Camunda timer cycle: first firing at
   * {@link #HORA_REPORTE} of the first cut-off date in the zone, one repetition per period, e.g.
   * {@code R4/2027-03-31T09:00:00-06:00/P3M}.
   */
  public String cicloReporte(ZoneId zona) {
    String primera = fechaCorte(1).atTime(HORA_REPORTE).atZone(zona).format(ISO_CON_ZONA);
    return "R" + numeroPeriodos() + "/" + primera + "/P" + meses + "M";
  }

  private LocalDate finDePeriodo(int periodo) {
    return inicio.plusMonths((long) periodo * meses).minusDays(1);
  }
}
