package mx.infoqro.gobiernoabierto.privacidad;

/** The four ARCO rights over personal data. */
public enum DerechoArco {
  ACCESO,
  RECTIFICACION,
  CANCELACION,
  OPOSICION
}
