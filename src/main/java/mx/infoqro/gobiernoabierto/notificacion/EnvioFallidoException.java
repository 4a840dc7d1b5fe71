package mx.infoqro.gobiernoabierto.notificacion;

/**
 * A notification could not be sent. Its message names the notification and the reason without
 * e-mail addresses (it lands in the job's log and in Cockpit's incident); the details are in the
 * row's {@code ultimoError}.
 */
public class EnvioFallidoException extends RuntimeException {
  EnvioFallidoException(String mensaje) {
    super(mensaje);
  }
}
