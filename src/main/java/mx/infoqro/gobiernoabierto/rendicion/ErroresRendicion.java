package mx.infoqro.gobiernoabierto.rendicion;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Unpublished or unknown things answer a Spanish 404 page that says what is not public yet. */
@ControllerAdvice(basePackageClasses = ErroresRendicion.class)
class ErroresRendicion {

  @ExceptionHandler(NoPublicadoException.class)
  String noPublicado(NoPublicadoException e, Model model, HttpServletResponse respuesta) {
    respuesta.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("clave", e.clave());
    model.addAttribute("argumentos", e.argumentos());
    return "rendicion/noPublicado";
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String noEncontrado(HttpServletResponse respuesta) {
    respuesta.setStatus(HttpStatus.NOT_FOUND.value());
    return "error/404";
  }
}
