package mx.infoqro.gobiernoabierto.rendicion;

import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.EntregaEvidencia;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public address of an evidence file: {@code /evidencias/<id>/<name>}, for files scanned clean
 * of verified reports only (anything else, a wrong name included, is the Spanish 404). Ranges are
 * answered (a large PDF opens at its page); the headers are {@link EntregaEvidencia}'s.
 */
@Controller
class EvidenciasController {

  private final ArchivosEvidencia archivos;

  EvidenciasController(ArchivosEvidencia archivos) {
    this.archivos = archivos;
  }

  @GetMapping("/evidencias/{id}/{nombre}")
  ResponseEntity<Resource> archivo(@PathVariable("id") String id, @PathVariable("nombre") String nombre) {
    ArchivoEvidencia archivo =
        archivos
            .publico(id)
            .filter(a -> a.nombrePublico().equals(nombre))
            .orElseThrow(() -> new NoPublicadoException("evidencia.no-encontrado"));
    return EntregaEvidencia.respuesta(archivo, archivos, true);
  }
}
