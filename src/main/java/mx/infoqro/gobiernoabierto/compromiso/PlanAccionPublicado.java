package mx.infoqro.gobiernoabierto.compromiso;

/**
 * The Pleno's signed plan was just published, in the publication's transaction: listeners (the
 * plan's document of record, the follow-up's followers) act in that same transaction.
 */
public record PlanAccionPublicado(Long planId, Long ejercicioId) {}
