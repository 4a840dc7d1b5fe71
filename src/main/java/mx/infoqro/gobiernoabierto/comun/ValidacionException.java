package mx.infoqro.gobiernoabierto.comun;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Bad input from a person (a form in Tasklist or on the portal). Its message is Spanish and is
 * shown to that person as it is; the transaction that received the input changes nothing.
 *
 * <p>The engine wraps exceptions thrown by task listeners in its own ("ENGINE-03051 … Exception
 * while invoking TaskListener: …"), so the message is also noted on the current web request, where
 * {@link MensajeValidacionFilter} finds it and answers Tasklist with the Spanish message alone.
 */
public class ValidacionException extends RuntimeException {

  /** Request attribute holding the message of the validation that failed in this request. */
  public static final String ATRIBUTO_MENSAJE = ValidacionException.class.getName() + ".mensaje";

  /** The form field the message is about; null when it is about the whole input. */
  private final String campo;

  /** The text of {@code clave} in messages.properties, with its arguments, as the message. */
  public static ValidacionException de(String clave, Object... argumentos) {
    return new ValidacionException(null, Mensajes.texto(clave, argumentos));
  }

  /**
   * Like {@link #de}, about one field of the form that sent the input: a portal form shows the
   * message at that field ({@link FormularioPublico#rechazar}).
   */
  public static ValidacionException enCampo(String campo, String clave, Object... argumentos) {
    return new ValidacionException(campo, Mensajes.texto(clave, argumentos));
  }

  /** A message already in Spanish (resolved from messages.properties by the caller). */
  public ValidacionException(String mensaje) {
    this(null, mensaje);
  }

  /** A message already in Spanish about the form field {@code campo} (null: the whole input). */
  protected ValidacionException(String campo, String mensaje) {
    super(mensaje);
    this.campo = campo;
    RequestAttributes peticion = RequestContextHolder.getRequestAttributes();
    if (peticion != null) {
      peticion.setAttribute(ATRIBUTO_MENSAJE, mensaje, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** The form field the message is about, or null when it is about the whole input. */
  public String campo() {
    return campo;
  }
}
