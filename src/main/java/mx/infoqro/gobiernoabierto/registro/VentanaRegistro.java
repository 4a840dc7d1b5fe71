package mx.infoqro.gobiernoabierto.registro;

import java.time.LocalDate;

/**
 * The registration window of the current edition's published call, as of now (engine clock). It
 * opens at 00:00 of the opening date and closes at 23:59:59 of the closing date, local time.
 */
public record VentanaRegistro(
    Long ejercicioId, String folio, int anio, LocalDate apertura, LocalDate cierre, Estado estado) {

  public enum Estado {
    /** Not open yet. */
    PROXIMA,
    ABIERTA,
    CERRADA
  }

  public boolean abierta() {
    return estado == Estado.ABIERTA;
  }
}
