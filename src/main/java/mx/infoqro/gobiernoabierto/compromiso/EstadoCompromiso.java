package mx.infoqro.gobiernoabierto.compromiso;

/** States of a commitment from the table's draft to its evaluation. */
public enum EstadoCompromiso {
  BORRADOR,
  EN_REVISION_STL,
  EN_ACEPTACION,
  EN_APROBACION_PLENO,
  DEVUELTO,
  APROBADO,
  NO_APROBADO,
  EN_IMPLEMENTACION,
  EVALUADO
}
