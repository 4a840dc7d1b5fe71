package mx.infoqro.gobiernoabierto.mesa;

/**
 * A session of the edition's forum was just held with quorum, or its minutes were just published,
 * in that transaction: later features (the cadence watch of the OGP standards) look again without
 * the sessions knowing them.
 */
public record EvidenciaForo(Long ejercicioId) {}
