package mx.infoqro.gobiernoabierto.gestion;

import jakarta.servlet.http.HttpServletRequest;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload far over the limit is refused by the server before any controller reads it (the
 * multipart limit of application.yaml): the evidence page shows the Spanish message instead of an
 * error page.
 */
@ControllerAdvice
class SubidaExcesiva {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String excedida(HttpServletRequest peticion) {
    // saved by the redirect's view, like RedirectAttributes' flash attributes
    RequestContextUtils.getOutputFlashMap(peticion).put("error", Mensajes.texto("evidencia.excede-peticion"));
    return EvidenciasReporteController.volver(peticion);
  }
}
