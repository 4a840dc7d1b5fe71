package mx.infoqro.gobiernoabierto.compromiso;

/**
 * What the decision forms (STL, agency, Pleno) show of a draft, read-only, already formatted.
 *
 * @param ronda e.g. {@code 2 de 3}
 * @param observacionesAnteriores the observations of the last return, or null in the first round
 */
record VistaCompromiso(
    String folio,
    String titulo,
    String eje,
    String problema,
    String descripcion,
    String hitosResumen,
    String sujetoResponsable,
    String ronda,
    String observacionesAnteriores) {}
