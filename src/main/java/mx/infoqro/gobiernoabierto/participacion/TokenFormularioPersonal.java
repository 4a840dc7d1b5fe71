package mx.infoqro.gobiernoabierto.participacion;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The personal page holds forms after its first few kilobytes (the commitments to follow, the new
 * proposal): their CSRF token, and the session that keeps it, must exist before the response buffer
 * fills and is committed, so it is created before the handler runs.
 */
@ControllerAdvice(assignableTypes = MiParticipacionController.class)
class TokenFormularioPersonal {

  @ModelAttribute
  void crearToken(CsrfToken csrf) {
    if (csrf != null) {
      csrf.getToken();
    }
  }
}
