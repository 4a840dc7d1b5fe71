package mx.infoqro.gobiernoabierto.gestion;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The mail outbox for comision: the list (no personal addresses) and each message. */
@Controller
class CorreosController {

  static final String RUTA = "/gestion/correos";

  private final BandejaCorreos bandeja;

  CorreosController(BandejaCorreos bandeja) {
    this.bandeja = bandeja;
  }

  @GetMapping(RUTA)
  String lista(
      @ModelAttribute("filtro") FiltroCorreos filtro,
      @RequestParam(defaultValue = "1") int pagina,
      HttpServletRequest peticion,
      Model model) {
    Page<BandejaCorreos.Fila> filas = bandeja.pagina(filtro, pagina - 1);
    model.addAttribute("filas", filas.getContent());
    model.addAttribute("paginacion", Paginacion.de(filas, peticion, RUTA));
    model.addAttribute("tipos", bandeja.tipos());
    return "gestion/correos";
  }

  @GetMapping(RUTA + "/{id}")
  String mensaje(@PathVariable Long id, Authentication usuario, Model model) {
    model.addAttribute(
        "mensaje",
        bandeja.leer(id, usuario.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "gestion/correo";
  }
}
