package mx.infoqro.gobiernoabierto.rendicion;

import java.time.LocalDate;
import java.util.Collection;
import mx.infoqro.gobiernoabierto.rendicion.ReglasEstandares.EstadoEstandar;

/**
 * The rules of the cadence watch (issue #29), without Spring: who is warned about a standard of an
 * edition and when to look again. They are the page's rules ({@link ReglasEstandares}) read as
 * warnings, so {@code /estandares} and the watch cannot disagree: at risk warns {@code comision}, not
 * met escalates to {@code pleno}. Deliberately no grace period from the plan's signature: the forum
 * installed five and a half months before it is at risk on the page, so the watch warns that day.
 */
public final class AvisosCadencia {

  /** Whom a standard's state warns. */
  public enum Nivel {
    NINGUNO,
    COMISION,
    PLENO
  }

  private final int mesesAviso;
  private final int mesesLimite;
  private final int reunionesAnuales;

  public AvisosCadencia(PropiedadesEstandares umbrales) {
    this.mesesAviso = umbrales.mesesAviso();
    this.mesesLimite = umbrales.mesesLimite();
    this.reunionesAnuales = umbrales.reunionesImplementacionAnuales();
  }

  /** The forum's meetings or the repository's publications: {@code ultima} the latest one (or null). */
  public Nivel cadencia(LocalDate ultima, LocalDate hoy) {
    return nivel(ReglasEstandares.cadencia(ultima, hoy, mesesAviso, mesesLimite));
  }

  /**
   * The first day a cadence's warning changes if nothing happens meanwhile (the day after {@code
   * mesesAviso} months, then after {@code mesesLimite}), or null once it reached {@code pleno}: the
   * watch's timer. With none ({@code ultima} null) it is already at {@code pleno}.
   */
  public LocalDate proximaRevision(LocalDate ultima, LocalDate hoy) {
    if (ultima == null) {
      return null;
    }
    LocalDate aviso = ultima.plusMonths(mesesAviso).plusDays(1);
    if (hoy.isBefore(aviso)) {
      return aviso;
    }
    LocalDate limite = ultima.plusMonths(mesesLimite).plusDays(1);
    return hoy.isBefore(limite) ? limite : null;
  }

  /**
   * Minimum requirement 5.1 for the plan's years: {@code comision} past a year's half without the
   * meetings, {@code pleno} once a year ended without them.
   */
  public Nivel reunionesImplementacion(
      LocalDate inicioPlan, LocalDate finPlan, Collection<LocalDate> reuniones, LocalDate hoy) {
    return nivel(ReglasEstandares.reunionesImplementacion(inicioPlan, finPlan, reuniones, hoy, reunionesAnuales));
  }

  /**
   * The next day minimum requirement 5.1 may change for the plan's years: the day after the half of
   * the current plan year, else the first day of the next one; null before the plan has dates or
   * once it ended (nothing changes then).
   */
  public LocalDate proximaRevisionImplementacion(LocalDate inicioPlan, LocalDate finPlan, LocalDate hoy) {
    if (inicioPlan == null || finPlan == null) {
      return null;
    }
    if (hoy.isBefore(inicioPlan)) {
      return inicioPlan;
    }
    for (LocalDate inicio = inicioPlan; !inicio.isAfter(finPlan); inicio = inicio.plusYears(1)) {
      LocalDate fin = inicio.plusYears(1).isAfter(finPlan.plusDays(1)) ? finPlan.plusDays(1) : inicio.plusYears(1);
      if (hoy.isBefore(fin)) {
        LocalDate despuesMitad = inicio.plusDays(java.time.temporal.ChronoUnit.DAYS.between(inicio, fin) / 2).plusDays(1);
        return hoy.isBefore(despuesMitad) ? despuesMitad : fin;
      }
    }
    return null;
  }

  /**
   * What the watch does with a standard's level, given the level {@code comision} already
   * acknowledged and the level already mailed: a task while the level is above what was
   * acknowledged, a mail the first time a level is reached. A level that went down (the cause was
   * cured) lowers both, so a new fall warns again.
   */
  public static Decision decidir(Nivel nivel, Nivel reconocido, Nivel avisado) {
    Nivel reconocidoAhora = menor(reconocido, nivel);
    Nivel avisadoAhora = menor(avisado, nivel);
    boolean tarea = nivel != Nivel.NINGUNO && nivel.compareTo(reconocidoAhora) > 0;
    boolean correo = tarea && nivel.compareTo(avisadoAhora) > 0;
    return new Decision(nivel, tarea, correo, reconocidoAhora, correo ? nivel : avisadoAhora);
  }

  /** The outcome of {@link #decidir}: the level, whether a task opens and a mail goes, and the levels kept. */
  public record Decision(Nivel nivel, boolean tarea, boolean correo, Nivel reconocido, Nivel avisado) {}

  private static Nivel menor(Nivel a, Nivel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Nivel nivel(EstadoEstandar estado) {
    return switch (estado) {
      case EN_RIESGO -> Nivel.COMISION;
      case NO_CUMPLIDO -> Nivel.PLENO;
      case CUMPLIDO, PENDIENTE -> Nivel.NINGUNO;
    };
  }
}
