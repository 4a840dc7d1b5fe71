package mx.infoqro.gobiernoabierto.compromiso;

/**
 * Published in the transaction that applies an approved change (issue #28): the commitment's new
 * version is current. The follow-up moves its case to the new responsible agency's group when it
 * changed ({@code grupoAnterior} ≠ {@code grupoNuevo}).
 */
public record CambioCompromisoAplicado(Long compromisoId, Long cambioId, int version, String grupoAnterior, String grupoNuevo) {}
