package mx.infoqro.gobiernoabierto.rendicion;

import java.util.Optional;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.ArchivoPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EdicionConPlan;
import mx.infoqro.gobiernoabierto.rendicion.TableroCompromisos.Estado;
import mx.infoqro.gobiernoabierto.rendicion.TableroCompromisos.Filtro;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of implementation, no login: the action plan (page and document of record), the
 * dashboard of commitments, each commitment's page, the final report and the participation
 * statistics. Only what was decided is public (DOMAIN.md); anything else answers a Spanish 404.
 */
@Controller
class RendicionController {

  private final PlanesPublicados planes;
  private final TableroCompromisos tablero;
  private final PaginasRendicion paginas;
  private final EstadisticasParticipacion estadisticas;

  RendicionController(
      PlanesPublicados planes, TableroCompromisos tablero, PaginasRendicion paginas, EstadisticasParticipacion estadisticas) {
    this.planes = planes;
    this.tablero = tablero;
    this.paginas = paginas;
    this.estadisticas = estadisticas;
  }

  @GetMapping("/plan-de-accion")
  String planVigente(Model model) {
    return plan(ultimaEdicionConPlan(), model);
  }

  @GetMapping("/plan-de-accion/{folio}")
  String plan(@PathVariable("folio") String folio, Model model) {
    model.addAttribute(
        "plan", planes.plan(folio).orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.plan-edicion", folio)));
    model.addAttribute("ediciones", planes.ediciones());
    model.addAttribute("documentos", planes.documentos(folio));
    return "rendicion/planAccion";
  }

  /** The current version of the latest edition's plan. */
  @GetMapping("/plan-de-accion.pdf")
  ResponseEntity<byte[]> pdfVigente() {
    String folio = ultimaEdicionConPlan();
    return pdf(planes.pdf(folio), folio);
  }

  /** The plan as published (version 1): its URL and bytes never change, whatever changes follow. */
  @GetMapping("/plan-de-accion/{folio}.pdf")
  ResponseEntity<byte[]> pdfOriginal(@PathVariable("folio") String folio) {
    return pdf(planes.pdf(folio, 1), folio);
  }

  /** One version of the plan (a new one after each approved change), each at its own URL. */
  @GetMapping("/plan-de-accion/{folio}/v{version:\\d{1,6}}.pdf")
  ResponseEntity<byte[]> pdfVersion(@PathVariable("folio") String folio, @PathVariable("version") int version) {
    return pdf(planes.pdf(folio, version), folio);
  }

  /** The stored document, byte for byte, with its SHA-256 in a header too. */
  private static ResponseEntity<byte[]> pdf(Optional<ArchivoPlan> encontrado, String folio) {
    ArchivoPlan archivo = encontrado.orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.plan-edicion", folio));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("plan-de-accion-" + folio + "-v" + archivo.version() + ".pdf").build().toString())
        .header("X-Content-SHA256", archivo.sha256())
        .eTag("\"" + archivo.sha256() + "\"")
        .cacheControl(CacheControl.noCache())
        .body(archivo.contenido());
  }

  @GetMapping("/compromisos")
  String compromisos(
      @RequestParam(name = "edicion", required = false) String edicion,
      @RequestParam(name = "eje", required = false) String eje,
      @RequestParam(name = "sujeto", required = false) String sujeto,
      @RequestParam(name = "estado", required = false) String estado,
      @RequestParam(name = "q", required = false) String texto,
      @RequestParam(name = "pagina", required = false, defaultValue = "1") String pagina,
      Model model) {
    Filtro filtro = new Filtro(edicion, eje, sujeto, estado(estado), texto, numero(pagina));
    model.addAttribute("tablero", tablero.tablero(filtro));
    model.addAttribute("estados", Estado.values());
    return "rendicion/compromisos";
  }

  @GetMapping("/compromisos/{folio}")
  String compromiso(@PathVariable("folio") String folio, Model model, CsrfToken csrf) {
    // The follow form comes after the response buffer fills and is committed: the form's token (and
    // its session) must exist before the page is written
    if (csrf != null) {
      csrf.getToken();
    }
    model.addAttribute(
        "pagina", paginas.compromiso(folio).orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.compromiso", folio)));
    if (!model.containsAttribute("seguir")) {
      model.addAttribute("seguir", new FormularioSeguir());
    }
    return "rendicion/compromiso";
  }

  /** Every version of a commitment and every decided request to change it, field by field. */
  @GetMapping("/compromisos/{folio}/versiones")
  String versiones(@PathVariable("folio") String folio, Model model) {
    model.addAttribute(
        "pagina", paginas.versiones(folio).orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.compromiso", folio)));
    return "rendicion/versionesCompromiso";
  }

  @GetMapping("/informe-final")
  String informeVigente(Model model) {
    return informe(paginas.ultimoInformeFinal().orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.informe")), model);
  }

  @GetMapping("/informe-final/{folio}")
  String informe(@PathVariable("folio") String folio, Model model) {
    model.addAttribute(
        "informe",
        paginas.informeFinal(folio).orElseThrow(
            () -> paginas.edicionPublica(folio)
                ? new NoPublicadoException("rendicion.no-publicado.informe-edicion", folio)
                : new NoPublicadoException("rendicion.no-publicado.edicion", folio)));
    return "rendicion/informeFinal";
  }

  @GetMapping("/participacion")
  String participacion(@RequestParam(name = "edicion", required = false) String edicion, Model model) {
    var ediciones = estadisticas.ediciones();
    String elegida = edicion != null && !edicion.isBlank() ? edicion : ediciones.stream().findFirst()
        .orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.estadisticas"));
    model.addAttribute(
        "estadisticas",
        estadisticas.de(elegida).orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.edicion", elegida)));
    model.addAttribute("ediciones", ediciones);
    return "rendicion/participacion";
  }

  private String ultimaEdicionConPlan() {
    return planes.ediciones().stream().findFirst().map(EdicionConPlan::folio)
        .orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.plan"));
  }

  private static Estado estado(String valor) {
    if (valor == null || valor.isBlank()) {
      return null;
    }
    try {
      return Estado.valueOf(valor);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int numero(String valor) {
    try {
      return Integer.parseInt(valor.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
