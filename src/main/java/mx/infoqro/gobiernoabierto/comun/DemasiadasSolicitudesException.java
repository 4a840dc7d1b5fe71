package mx.infoqro.gobiernoabierto.comun;

import java.time.Duration;

/**
 * Too many submissions of a public form (from one address, naming one mailbox, or of the form as a
 * whole): answered with the Spanish 429 page and a Retry-After of the limit's window.
 */
public class DemasiadasSolicitudesException extends RuntimeException {
  private final Duration reintento;

  public DemasiadasSolicitudesException(Duration reintento) {
    super("Too many submissions of a public form");
    this.reintento = reintento;
  }

  /** How long until the submission may be sent again at the latest. */
  public Duration reintento() {
    return reintento;
  }
}
