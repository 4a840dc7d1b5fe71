package mx.infoqro.gobiernoabierto.seguimiento;

/** A link given as evidence of progress: a row of the report form (its keys), as the rules read it. */
public record EvidenciaEnlace(String descripcion, String url) {}
