package mx.infoqro.gobiernoabierto.registro;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What of a count of people may be published (DOMAIN.md): a cell of 1 or 2 people is shown as
 * "menos de 3" so nobody can be singled out. When the cells of a dimension add up to a published
 * total (each person in exactly one category: sector, gender, municipality) a single hidden cell
 * could be worked out by subtraction, so the next smallest cell is hidden too (complementary
 * suppression, as statistical offices do); it is marked as reserved. Zero is published: it singles
 * out nobody. Pure.
 */
public final class ReglasEstadistica {

  /** Cells with fewer people than this are not published. */
  public static final int UMBRAL = 3;

  private ReglasEstadistica() {}

  /**
   * A published cell.
   *
   * @param personas the count, or null when hidden
   * @param menosDe3 hidden because it has 1 or 2 people
   * @param reservada hidden only so that another hidden cell cannot be worked out
   */
  public record Celda(String categoria, Integer personas, boolean menosDe3, boolean reservada) {}

  /** The total of an edition as published: hidden when 1 or 2. */
  public static Celda total(int total) {
    return celda("TOTAL", total);
  }

  /**
   * The cells of one dimension as they may be published, in the order given.
   *
   * @param sumanElTotal whether each person is in exactly one category (then complementary suppression applies)
   */
  public static List<Celda> publicar(Map<String, Integer> cuentas, boolean sumanElTotal) {
    List<Celda> celdas = new ArrayList<>();
    cuentas.forEach((categoria, personas) -> celdas.add(celda(categoria, personas)));
    long ocultas = celdas.stream().filter(Celda::menosDe3).count();
    if (sumanElTotal && ocultas == 1) {
      celdas.stream()
          .filter(c -> !c.menosDe3() && c.personas() != null && c.personas() > 0)
          .min(Comparator.comparingInt(Celda::personas))
          .ifPresent(c -> celdas.set(celdas.indexOf(c), new Celda(c.categoria(), null, false, true)));
    }
    return celdas;
  }

  private static Celda celda(String categoria, int personas) {
    boolean pocas = personas > 0 && personas < UMBRAL;
    return new Celda(categoria, pocas ? null : personas, pocas, false);
  }
}
