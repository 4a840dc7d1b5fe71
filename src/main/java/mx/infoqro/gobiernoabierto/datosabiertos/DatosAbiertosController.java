package mx.infoqro.gobiernoabierto.datosabiertos;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The open-data page, the downloads of each dataset and the catalogue; no login. */
@Controller
class DatosAbiertosController {

  private final CatalogoDatos catalogo;
  private final ConjuntosDatos conjuntos;

  DatosAbiertosController(CatalogoDatos catalogo, ConjuntosDatos conjuntos) {
    this.catalogo = catalogo;
    this.conjuntos = conjuntos;
  }

  @GetMapping("/datos")
  String datos(Model model) {
    model.addAttribute("fichas", catalogo.fichas());
    model.addAttribute("licencia", CatalogoDatos.LICENCIA_URL);
    return "datosabiertos/datos";
  }

  @GetMapping(value = "/datos/catalogo.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Object> catalogo() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(catalogo.catalogo());
  }

  /** A dataset in one of its formats, streamed; unknown datasets or formats are a Spanish 404. */
  @GetMapping("/datos/{conjunto}.{formato}")
  void descargar(
      @PathVariable("conjunto") String id, @PathVariable("formato") String extension, HttpServletResponse respuesta)
      throws IOException {
    Formatos formato = Formatos.de(extension);
    var conjunto = formato == null || (formato == Formatos.XLSX && !ConjuntosDatos.conXlsx(id)) ? null : conjuntos.conjunto(id).orElse(null);
    if (conjunto == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    respuesta.setContentType(formato.tipo.toString());
    respuesta.setHeader(
        HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + "." + formato.extension).build().toString());
    formato.escribir(conjunto, respuesta.getOutputStream());
    respuesta.flushBuffer();
  }
}
