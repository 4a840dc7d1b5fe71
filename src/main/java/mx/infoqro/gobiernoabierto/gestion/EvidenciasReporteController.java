package mx.infoqro.gobiernoabierto.gestion;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia.EstadoArchivo;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia.Solicitante;
import mx.infoqro.gobiernoabierto.seguimiento.EntregaEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.PropiedadesEvidencias;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence files of one progress report, the page the "Reportar el avance" and "Verificar la
 * evidencia" forms of Tasklist link to (opened beside Tasklist with the user's Tasklist login: {@code
 * infraestructura/SesionTasklist}; Tasklist 7.24's forms frame only https addresses, so a link, not
 * an iframe). The agency's liaisons upload and remove files while the report
 * is theirs; the commission and the Pleno see and download them. Anyone else gets 403.
 */
@Controller
class EvidenciasReporteController {

  static final String RUTA = "/gestion/reportes/{reporteId}/evidencias";

  private final ArchivosEvidencia archivos;
  private final PropiedadesEvidencias propiedades;

  EvidenciasReporteController(ArchivosEvidencia archivos, PropiedadesEvidencias propiedades) {
    this.archivos = archivos;
    this.propiedades = propiedades;
  }

  @GetMapping(RUTA)
  String lista(@PathVariable Long reporteId, Authentication usuario, Model model) {
    Solicitante quien = solicitante(usuario);
    if (!archivos.puedeVer(reporteId, quien)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    model.addAttribute("reporteId", reporteId);
    model.addAttribute("reporte", archivos.reporteDe(reporteId));
    model.addAttribute("archivos", archivos.deReporte(reporteId));
    model.addAttribute("modificable", archivos.puedeModificar(reporteId, quien));
    model.addAttribute("maximoArchivo", propiedades.maximoArchivo().toMegabytes());
    model.addAttribute("maximoReporte", propiedades.maximoReporte().toMegabytes());
    return "gestion/evidenciasReporte";
  }

  @PostMapping(RUTA)
  String subir(
      @PathVariable Long reporteId,
      @RequestParam(name = "archivo", required = false) MultipartFile archivo,
      Authentication usuario,
      RedirectAttributes flash) {
    try {
      if (archivo == null || archivo.isEmpty()) {
        throw ValidacionException.de("evidencia.sin-archivo");
      }
      ArchivoEvidencia guardado;
      try (InputStream contenido = archivo.getInputStream()) {
        guardado = archivos.subir(reporteId, archivo.getOriginalFilename(), contenido, solicitante(usuario));
      }
      flash.addFlashAttribute(
          "exito",
          mx.infoqro.gobiernoabierto.comun.Mensajes.texto(
              guardado.getEstado() == EstadoArchivo.CUARENTENA ? "evidencia.subido-cuarentena" : "evidencia.subido",
              guardado.getNombre()));
    } catch (ValidacionException e) {
      flash.addFlashAttribute("error", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "redirect:" + RUTA;
  }

  @PostMapping(RUTA + "/{archivoId}/quitar")
  String quitar(
      @PathVariable Long reporteId, @PathVariable String archivoId, Authentication usuario, RedirectAttributes flash) {
    try {
      archivos.eliminar(reporteId, archivoId, solicitante(usuario));
      flash.addFlashAttribute("exito", mx.infoqro.gobiernoabierto.comun.Mensajes.texto("evidencia.quitado"));
    } catch (ValidacionException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + RUTA;
  }

  @GetMapping(RUTA + "/{archivoId}")
  ResponseEntity<Resource> descargar(@PathVariable Long reporteId, @PathVariable String archivoId, Authentication usuario) {
    if (!archivos.puedeVer(reporteId, solicitante(usuario))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    ArchivoEvidencia archivo =
        archivos.deReporte(reporteId, archivoId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return EntregaEvidencia.respuesta(archivo, archivos, false);
  }

  /** The user and the groups of their {@code GRUPO_<group>} authorities. */
  static Solicitante solicitante(Authentication usuario) {
    return new Solicitante(
        usuario.getName(),
        usuario.getAuthorities().stream()
            .map(a -> a.getAuthority())
            .filter(a -> a.startsWith("GRUPO_"))
            .map(a -> a.substring("GRUPO_".length()))
            .toList());
  }

  /** Where an upload too big for the server to read at all is sent back (with its message). */
  static String volver(HttpServletRequest peticion) {
    return "redirect:" + peticion.getRequestURI().substring(peticion.getContextPath().length());
  }
}
