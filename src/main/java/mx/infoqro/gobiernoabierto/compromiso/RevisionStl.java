package mx.infoqro.gobiernoabierto.compromiso;

/**
 * The STL's review of a draft: the decision, the commitment criteria it checked (DOMAIN.md phase 6)
 * and its observations.
 */
record RevisionStl(
    String decision,
    boolean especifico,
    boolean verificable,
    boolean relevante,
    boolean hitosConFechas,
    boolean conSujetoResponsable,
    String observaciones) {}
