package mx.infoqro.gobiernoabierto.rendicion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /estandares}: the OGP Participation and Co-Creation Standards of the latest published
 * edition (or of any at {@code /estandares/<folio>}), each with its state and evidence; the forum's
 * sessions with their published minutes and agreements below. No login, no JavaScript.
 */
@Controller
class EstandaresController {

  private final EstandaresOgp estandares;

  EstandaresController(EstandaresOgp estandares) {
    this.estandares = estandares;
  }

  @GetMapping("/estandares")
  String vigente(Model model) {
    String folio = estandares.ediciones().stream().findFirst()
        .orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.estandares-ninguna"));
    return deEdicion(folio, model);
  }

  @GetMapping("/estandares/{folio}")
  String deEdicion(@PathVariable("folio") String folio, Model model) {
    model.addAttribute("e", estandares.deEdicion(folio)
        .orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.estandares", folio)));
    model.addAttribute("ediciones", estandares.ediciones());
    return "rendicion/verEstandares";
  }
}
