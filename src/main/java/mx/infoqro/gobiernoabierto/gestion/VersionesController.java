package mx.infoqro.gobiernoabierto.gestion;

import mx.infoqro.gobiernoabierto.actualizacion.EstadoVersiones;
import mx.infoqro.gobiernoabierto.actualizacion.MigracionesBajoDemanda;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of the process models for comision and the administrators: per process its
 * definitions and the instances on each, the last migration run (how many moved, which stayed and
 * why); an administrator may run the pending migrations again after fixing a cause.
 */
@Controller
class VersionesController {

  static final String RUTA = "/gestion/versiones";

  /** Flash attribute: the outcome of a request to run the migrations. */
  static final String SOLICITUD = "solicitud";

  private final EstadoVersiones estado;
  private final MigracionesBajoDemanda migraciones;

  VersionesController(EstadoVersiones estado, MigracionesBajoDemanda migraciones) {
    this.estado = estado;
    this.migraciones = migraciones;
  }

  @GetMapping(RUTA)
  String versiones(Authentication usuario, Model model) {
    var ejecucion = estado.ultimaEjecucion();
    model.addAttribute("procesos", estado.procesos());
    model.addAttribute("ejecucion", ejecucion.orElse(null));
    model.addAttribute("zona", ConsultaAuditoria.ZONA);
    model.addAttribute("administrador", administrador(usuario));
    model.addAttribute(
        "enCurso",
        migraciones.enCurso() || ejecucion.map(e -> e.ejecucion().getEstado().name().equals("EN_CURSO")).orElse(false));
    return "gestion/versiones";
  }

  @PostMapping(RUTA + "/migrar")
  String migrar(Authentication usuario, RedirectAttributes redireccion) {
    if (!administrador(usuario)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    redireccion.addFlashAttribute(SOLICITUD, migraciones.iniciar(usuario.getName()).name());
    return "redirect:" + RUTA;
  }

  private static boolean administrador(Authentication usuario) {
    return GestionController.autoridades(usuario).contains(Grupos.autoridad(Grupos.ADMIN));
  }
}
