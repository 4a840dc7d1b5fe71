package mx.infoqro.gobiernoabierto.system;

/**
 * Bad input from a person (a form in Tasklist or on the portal). Its message is Spanish and is
 * shown to that person as it is; the transaction that received the input changes nothing.
 */
public class ValidacionException extends RuntimeException {

  public ValidacionException(String mensaje) {
    super(mensaje);
  }
}
