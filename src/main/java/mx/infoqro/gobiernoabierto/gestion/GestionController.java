package mx.infoqro.gobiernoabierto.gestion;

import java.util.Collection;
import java.util.List;
import mx.infoqro.gobiernoabierto.system.Grupos;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff login page (the form posts to Spring Security's form login, which checks the password
 * with Camunda's identity service) and the staff home: the pages the user's groups may open and
 * the Camunda webapps.
 */
@Controller
class GestionController {

  /** Groups that enter Cockpit (see system/Autorizaciones). */
  private static final List<String> COCKPIT = List.of(Grupos.COMISION, Grupos.PLENO, Grupos.ADMIN);

  @GetMapping("/gestion/entrar")
  String entrar(
      @RequestParam(required = false) String error, @RequestParam(required = false) String salida, Model model) {
    model.addAttribute("error", error != null);
    model.addAttribute("salida", salida != null);
    return "gestion/entrar";
  }

  @GetMapping("/gestion")
  String inicio(Authentication usuario, Model model) {
    Collection<String> autoridades = autoridades(usuario);
    model.addAttribute("usuario", usuario.getName());
    model.addAttribute("paginas", PaginaGestion.permitidas(autoridades));
    model.addAttribute("cockpit", COCKPIT.stream().anyMatch(g -> autoridades.contains(PaginaGestion.PREFIJO_GRUPO + g)));
    return "gestion/inicio";
  }

  static Collection<String> autoridades(Authentication usuario) {
    return usuario == null ? List.of() : usuario.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
