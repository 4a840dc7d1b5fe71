package mx.infoqro.gobiernoabierto.gestion;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff login page (the form posts to Spring Security's form login, which checks the password
 * with Camunda's identity service) and the staff home: the pages the user's groups may open and
 * the Camunda webapps.
 */
@Controller
class GestionController {

  /** Groups that enter Cockpit (see comun/Autorizaciones). */
  private static final List<String> COCKPIT = List.of(Grupos.COMISION, Grupos.PLENO, Grupos.ADMIN);

  @GetMapping("/gestion/entrar")
  String entrar(HttpServletRequest peticion, Model model) {
    // ?error after a failed login, ?salida after logging out (parameters without value)
    model.addAttribute("error", peticion.getParameterMap().containsKey("error"));
    model.addAttribute("salida", peticion.getParameterMap().containsKey("salida"));
    return "gestion/entrar";
  }

  @GetMapping("/gestion")
  String inicio(Authentication usuario, Model model) {
    Collection<String> autoridades = autoridades(usuario);
    model.addAttribute("usuario", usuario.getName());
    model.addAttribute("paginas", PaginaGestion.permitidas(autoridades));
    model.addAttribute("cockpit", COCKPIT.stream().anyMatch(g -> autoridades.contains(Grupos.autoridad(g))));
    return "gestion/inicio";
  }

  static Collection<String> autoridades(Authentication usuario) {
    return usuario == null ? List.of() : usuario.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
