package mx.infoqro.gobiernoabierto.gestion;

/** The filters of the outbox page: folio prefix and kind of message. Empty means "any". */
public record FiltroCorreos(String folio, String tipo) {}
