package mx.infoqro.gobiernoabierto.compromiso;

import java.time.LocalDate;
import java.util.Collection;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;

/**
 * How the public reads a commitment's implementation (DOMAIN.md, "Public accountability"), pure:
 * its progress is the mean of its milestones' percentages from the last verified report; the
 * completion level beside the bar uses the words of the IRM scale (0 % no iniciado, then limitado,
 * from the threshold sustancial, 100 % completo); a milestone is late when its end date has passed
 * and its last verified status is not completado.
 *
 * @param umbralSustancial the percentage from which the level is sustancial (default 50)
 */
public record ReglasAvance(int umbralSustancial) {

  /** The product's default: 1–49 % limitado, 50–99 % sustancial. */
  public static final ReglasAvance POR_DEFECTO = new ReglasAvance(50);

  public ReglasAvance {
    if (umbralSustancial < 2 || umbralSustancial > 99) {
      throw new IllegalArgumentException("The threshold of sustancial must be between 2 and 99, not " + umbralSustancial);
    }
  }

  /**
   * The progress shown, a whole percentage: the mean of the milestones' percentages rounded down,
   * except that any progress above zero shows at least 1 % (so the bar and the level agree). A
   * commitment without milestones has 0 %.
   */
  public static int avance(Collection<Integer> porcentajes) {
    return avance(porcentajes.stream().mapToLong(Integer::longValue).sum(), porcentajes.size());
  }

  /** The same progress from the sum and the number of the milestones' percentages (an aggregate query's). */
  public static int avance(long suma, long cuantos) {
    if (cuantos == 0) {
      return 0;
    }
    double media = (double) suma / cuantos;
    return media > 0 && media < 1 ? 1 : (int) Math.floor(media);
  }

  /** The completion level of a computed progress. */
  public Cumplimiento nivel(int avance) {
    if (avance <= 0) {
      return Cumplimiento.NO_INICIADO;
    }
    if (avance >= 100) {
      return Cumplimiento.COMPLETO;
    }
    return avance >= umbralSustancial ? Cumplimiento.SUSTANCIAL : Cumplimiento.LIMITADO;
  }

  /**
   * Whether a commitment is late on {@code hoy}: some milestone is, i.e. the earliest end date among
   * its milestones not completed (null when all are) has passed.
   */
  public static boolean conRetraso(LocalDate primerFinPendiente, LocalDate hoy) {
    return primerFinPendiente != null && primerFinPendiente.isBefore(hoy);
  }

  /** Whether a milestone is late on {@code hoy}: its end date passed and it is not completed. */
  public static boolean conRetraso(LocalDate fechaFin, EstadoHito estado, LocalDate hoy) {
    return conRetraso(estado == EstadoHito.COMPLETADO ? null : fechaFin, hoy);
  }
}
