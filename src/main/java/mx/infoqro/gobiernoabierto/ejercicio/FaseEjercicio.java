package mx.infoqro.gobiernoabierto.ejercicio;

/** The phases of an edition (DOMAIN.md, lifecycle 1–9), in order. */
public enum FaseEjercicio {
  CONVOCATORIA,
  REGISTRO,
  CONFORMACION_MESAS,
  INSTALACION_STL,
  COCREACION,
  APROBACION,
  PLAN_ACCION,
  SEGUIMIENTO,
  CIERRE,
  CERRADO
}
