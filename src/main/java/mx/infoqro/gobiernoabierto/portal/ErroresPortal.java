package mx.infoqro.gobiernoabierto.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Unpublished or unknown things answer the Spanish 404 page directly (the same template Spring
 * Boot's error controller uses for unmapped paths), so nothing of a draft ever reaches the page.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
class ErroresPortal {

  @ExceptionHandler({NoPublicadoException.class, MethodArgumentTypeMismatchException.class, MissingPathVariableException.class})
  String noEncontrado(HttpServletResponse respuesta) {
    respuesta.setStatus(HttpStatus.NOT_FOUND.value());
    return "error/404";
  }
}
