package mx.infoqro.gobiernoabierto.ejercicio;

/**
 * The edition's approved final report was just published (the edition closes), in that
 * transaction: later phases (the follow-up's followers) react to it without the edition knowing them.
 */
public record InformeFinalPublicado(Long ejercicioId) {}
