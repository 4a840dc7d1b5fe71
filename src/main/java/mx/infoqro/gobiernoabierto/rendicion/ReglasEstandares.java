package mx.infoqro.gobiernoabierto.rendicion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * How the state of each OGP standard is decided from dates and counts, without Spring (every day
 * boundary in the commission's time zone, decided by the caller's {@code hoy}).
 */
final class ReglasEstandares {

  private ReglasEstandares() {}

  /** The state of a standard for an edition. PENDIENTE: it cannot be judged yet (nothing due). */
  enum EstadoEstandar {
    CUMPLIDO,
    EN_RIESGO,
    NO_CUMPLIDO,
    PENDIENTE
  }

  /**
   * Something that must happen at least every {@code mesesLimite} months (a forum meeting, a
   * publication): met while the last one is at most {@code mesesAviso} months old, at risk until
   * {@code mesesLimite}, not met after it or when there is none.
   */
  static EstadoEstandar cadencia(LocalDate ultima, LocalDate hoy, int mesesAviso, int mesesLimite) {
    if (ultima == null || hoy.isAfter(ultima.plusMonths(mesesLimite))) {
      return EstadoEstandar.NO_CUMPLIDO;
    }
    return hoy.isAfter(ultima.plusMonths(mesesAviso)) ? EstadoEstandar.EN_RIESGO : EstadoEstandar.CUMPLIDO;
  }

  /**
   * The timeline published at least {@code dias} days before co-creation starts: met or not once
   * published; before that, at risk while there is still time, not met when there is none.
   */
  static EstadoEstandar calendarioAnticipado(LocalDate publicado, LocalDate inicioCocreacion, LocalDate hoy, int dias) {
    if (inicioCocreacion == null) {
      return EstadoEstandar.PENDIENTE;
    }
    if (publicado != null) {
      return ChronoUnit.DAYS.between(publicado, inicioCocreacion) >= dias ? EstadoEstandar.CUMPLIDO : EstadoEstandar.NO_CUMPLIDO;
    }
    return ChronoUnit.DAYS.between(hoy, inicioCocreacion) >= dias ? EstadoEstandar.EN_RIESGO : EstadoEstandar.NO_CUMPLIDO;
  }

  /**
   * A reasoned response to every proposal within its deadline: not met if one was answered late or
   * is unanswered past it, at risk while some wait within it, pending with no proposal yet.
   */
  static EstadoEstandar respuestas(long total, long enPlazo, long esperandoEnPlazo) {
    if (total == 0) {
      return EstadoEstandar.PENDIENTE;
    }
    if (enPlazo + esperandoEnPlazo < total) {
      return EstadoEstandar.NO_CUMPLIDO;
    }
    return esperandoEnPlazo > 0 ? EstadoEstandar.EN_RIESGO : EstadoEstandar.CUMPLIDO;
  }

  /**
   * Minimum requirement 5.1: at least {@code minimo} meetings with civil society in each year of the
   * plan. Pending before the plan starts; not met if a finished plan year had fewer; in the current
   * year met once it has them, at risk past its half without them, pending before.
   */
  static EstadoEstandar reunionesImplementacion(
      LocalDate inicioPlan, LocalDate finPlan, Collection<LocalDate> reuniones, LocalDate hoy, int minimo) {
    if (inicioPlan == null || finPlan == null || hoy.isBefore(inicioPlan)) {
      return EstadoEstandar.PENDIENTE;
    }
    // Years from the plan's start; the last one ends with the plan's last day (inclusive), so a plan
    // of exactly one year (22/11 to 22/11) is one year, not one year and a one-day year after it
    for (LocalDate inicio = inicioPlan; !inicio.isAfter(finPlan); inicio = inicio.plusYears(1)) {
      boolean ultimo = !inicio.plusYears(1).isBefore(finPlan);
      LocalDate fin = ultimo ? finPlan.plusDays(1) : inicio.plusYears(1);
      LocalDate desde = inicio;
      long cuantas = reuniones.stream().filter(d -> !d.isBefore(desde) && d.isBefore(fin)).count();
      if (!hoy.isBefore(fin)) {
        if (cuantas < minimo) {
          return EstadoEstandar.NO_CUMPLIDO;
        }
        if (ultimo) {
          break;
        }
        continue;
      }
      if (cuantas >= minimo) {
        return EstadoEstandar.CUMPLIDO;
      }
      LocalDate mitad = desde.plusDays(ChronoUnit.DAYS.between(desde, fin) / 2);
      return hoy.isAfter(mitad) ? EstadoEstandar.EN_RIESGO : EstadoEstandar.PENDIENTE;
    }
    return EstadoEstandar.CUMPLIDO;
  }

  /** The latest of some dates (nulls left out), or null. */
  static LocalDate ultima(Collection<LocalDate> fechas) {
    return fechas.stream().filter(f -> f != null).max(LocalDate::compareTo).orElse(null);
  }
}
