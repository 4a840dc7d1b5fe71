package mx.infoqro.gobiernoabierto.gestion;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the decision log page (query parameters): folio prefix, entity, decision, user and
 * a range of days in Mexico City time, both ends included. Empty means "any".
 */
public record FiltroAuditoria(
    String folio,
    String entidad,
    String decision,
    String usuario,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hasta) {

  /** No filter: every row. */
  public static FiltroAuditoria ninguno() {
    return new FiltroAuditoria(null, null, null, null, null, null);
  }
}
