package mx.infoqro.gobiernoabierto.comun;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Any controller of the portal: a rate-limited submission gets 429, Retry-After and the Spanish page. */
@ControllerAdvice
class LimiteEnviosAdvice {

  @ExceptionHandler(DemasiadasSolicitudesException.class)
  String demasiadas(DemasiadasSolicitudesException e, HttpServletResponse respuesta) {
    respuesta.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    respuesta.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.reintento().toSeconds()));
    return "error/429";
  }
}
