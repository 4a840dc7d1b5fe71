package mx.infoqro.gobiernoabierto.comun;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * A case-insensitive "starts with" condition of a JPA criteria query (the folio filters of the
 * staff pages): the text typed, trimmed, with its LIKE wildcards ({@code %}, {@code _}) taken
 * literally.
 */
public final class BusquedaPrefijo {

  private BusquedaPrefijo() {}

  /** {@code campo} starts with {@code texto}, in any case. */
  public static Predicate de(CriteriaBuilder cb, Expression<String> campo, String texto) {
    return cb.like(cb.upper(campo), patron(texto), '\\');
  }

  /** LIKE pattern for a case-insensitive prefix, with the wildcards of the input escaped. */
  static String patron(String texto) {
    String limpio = texto.strip().toUpperCase(Locale.ROOT);
    return limpio.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
