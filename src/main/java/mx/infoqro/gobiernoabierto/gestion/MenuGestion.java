package mx.infoqro.gobiernoabierto.gestion;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff navigation: every staff page gets the pages its user may open. */
@ControllerAdvice(basePackageClasses = GestionController.class)
class MenuGestion {

  @ModelAttribute("menuGestion")
  List<PaginaGestion> menu(Authentication usuario) {
    return PaginaGestion.permitidas(GestionController.autoridades(usuario));
  }
}
