package mx.infoqro.gobiernoabierto.portal;

import mx.infoqro.gobiernoabierto.portal.VistasPortal.Edicion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The read-only pages of the public portal: home, the call (page and PDF), tables. The privacy
 * notice has its own controller ({@link AvisoPrivacidadController}).
 */
@Controller
class PortalController {

  private final ConsultaPortal consulta;
  private final ConvocatoriaPdf pdf;

  PortalController(ConsultaPortal consulta, ConvocatoriaPdf pdf) {
    this.consulta = consulta;
    this.pdf = pdf;
  }

  @GetMapping("/")
  String inicio(Model model) {
    consulta.edicionActual().ifPresent(e -> model.addAttribute("edicion", e));
    return "portal/inicio";
  }

  @GetMapping("/convocatoria")
  String convocatoria(Model model) {
    model.addAttribute("edicion", edicionPublicada());
    return "convocatoria/verConvocatoria";
  }

  @GetMapping("/convocatoria.pdf")
  ResponseEntity<byte[]> convocatoriaPdf() {
    Edicion edicion = edicionPublicada();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("convocatoria-" + edicion.folio() + ".pdf").build().toString())
        .body(pdf.generar(edicion));
  }

  @GetMapping("/mesas")
  String mesas(Model model) {
    model.addAttribute("edicion", edicionPublicada());
    return "mesa/listaMesas";
  }

  @GetMapping("/mesas/{id}")
  String mesa(@PathVariable("id") Long id, Model model) {
    model.addAttribute(
        "mesa", consulta.mesa(id).orElseThrow(() -> new NoPublicadoException("Table " + id + " is not public")));
    return "mesa/verMesa";
  }

  private Edicion edicionPublicada() {
    return consulta.edicionActual().orElseThrow(() -> new NoPublicadoException("No published call"));
  }
}
