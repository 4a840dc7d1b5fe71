package mx.infoqro.gobiernoabierto.privacidad;

/** Life cycle of an ARCO request. */
public enum EstadoSolicitudArco {
  /** Waiting for the person to confirm their identity through the e-mailed link. */
  PENDIENTE_IDENTIDAD,
  /** Identity never confirmed in time: closed without attention. */
  NO_CONFIRMADA,
  /** Identity confirmed: the legal deadline runs. */
  EN_ATENCION,
  /** Extended once; the new deadline runs. */
  PRORROGADA,
  /** Answered: the right was exercised (or refused with reasons) and the answer sent. */
  RESPONDIDA
}
