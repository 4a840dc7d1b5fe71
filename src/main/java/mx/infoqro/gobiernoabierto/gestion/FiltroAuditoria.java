package mx.infoqro.gobiernoabierto.gestion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.util.StringUtils;

/**
 * The filters of the decision log page (query parameters): folio prefix, entity, decision, user and
 * a range of days in Mexico City time, both ends included. Empty means "any"; a day that is not a
 * date ({@code yyyy-MM-dd}) is ignored and flagged.
 */
public record FiltroAuditoria(
    String folio,
    String entidad,
    String decision,
    String usuario,
    LocalDate desde,
    LocalDate hasta,
    boolean desdeInvalida,
    boolean hastaInvalida) {

  /** The filter from the query parameters as typed. */
  public static FiltroAuditoria de(String folio, String entidad, String decision, String usuario, String desde, String hasta) {
    LocalDate inicio = dia(desde);
    LocalDate fin = dia(hasta);
    return new FiltroAuditoria(
        folio, entidad, decision, usuario, inicio, fin, inicio == null && StringUtils.hasText(desde), fin == null && StringUtils.hasText(hasta));
  }

  /** No filter: every row. */
  public static FiltroAuditoria ninguno() {
    return de(null, null, null, null, null, null);
  }

  private static LocalDate dia(String texto) {
    if (!StringUtils.hasText(texto)) {
      return null;
    }
    try {
      return LocalDate.parse(texto.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
