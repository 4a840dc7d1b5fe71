package mx.infoqro.gobiernoabierto.seguimiento;

/**
 * A verified progress report of a commitment of the edition was just published, in that
 * transaction: the pages' features (the cadence watch of the OGP standards) look again without
 * the follow-up knowing them.
 */
public record ReportePublicado(Long ejercicioId) {}
