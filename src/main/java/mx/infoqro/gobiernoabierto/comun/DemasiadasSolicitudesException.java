package mx.infoqro.gobiernoabierto.comun;

/** Too many submissions of a public form from one address: answered with the Spanish 429 page. */
public class DemasiadasSolicitudesException extends RuntimeException {
  public DemasiadasSolicitudesException() {
    super("Too many submissions of a public form from one address");
  }
}
