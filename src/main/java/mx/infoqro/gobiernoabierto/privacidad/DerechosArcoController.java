package mx.infoqro.gobiernoabierto.privacidad;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;
import mx.infoqro.gobiernoabierto.comun.ProteccionFormularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.privacidad.SolicitudesArco.EnlaceArco;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's ARCO form ({@code /derechos-arco}) and the identity-confirmation link e-mailed to
 * the requester ({@code /derechos-arco/confirmar/<token>}). The answer to a submission is the same
 * whether or not the e-mail is registered: nothing reveals who took part.
 *
 * <p>Opening the link changes nothing (mail scanners open links before people do): it shows a
 * button that confirms with a POST (CSRF-protected), then redirects to the link's page, which
 * tells what the request is now.
 *
 * <p>The form's POST follows the portal's one style ({@link FormularioPublico}); its rules are
 * {@link ReglasArco#validarSolicitud}'s, applied by {@link SolicitudesArco#recibir}.
 */
@Controller
class DerechosArcoController {

  /** Name of the form for the per-address limit. */
  static final String FORMULARIO = "derechos-arco";

  /** Flash attribute: the folio of the request just received (shown by the page it redirects to). */
  static final String FOLIO = "folio";

  /** Flash attribute set when this very visit confirmed the identity. */
  static final String CONFIRMADA_AHORA = "confirmadaAhora";

  private static final String PLANTILLA = "privacidad/formularioArco";
  private static final String RECIBIDA = "redirect:/derechos-arco/recibida";

  private final SolicitudesArco solicitudes;
  private final ProteccionFormularios proteccion;

  DerechosArcoController(SolicitudesArco solicitudes, ProteccionFormularios proteccion) {
    this.solicitudes = solicitudes;
    this.proteccion = proteccion;
  }

  @GetMapping("/derechos-arco")
  String formulario(Model model) {
    model.addAttribute("solicitud", new FormularioArco());
    return PLANTILLA;
  }

  @PostMapping("/derechos-arco")
  String enviar(
      HttpServletRequest peticion,
      @Valid @ModelAttribute("solicitud") FormularioArco solicitud,
      BindingResult errores,
      RedirectAttributes redireccion) {
    if (proteccion.esRobot(FORMULARIO, peticion, solicitud)) {
      // answered as a success; nothing stored, nothing sent
      return RECIBIDA;
    }
    if (errores.hasErrors()) {
      return PLANTILLA;
    }
    try {
      String folio =
          solicitudes.recibir(
              solicitud.getNombre(),
              solicitud.getCorreo(),
              solicitud.getDerecho(),
              solicitud.getDescripcion(),
              solicitud.getDatosRectificar(),
              solicitud.getTratamiento(),
              vacio(solicitud.getTratamientoDescripcion()) ? null : solicitud.getTratamientoDescripcion().trim());
      redireccion.addFlashAttribute(FOLIO, folio);
      return RECIBIDA;
    } catch (ValidacionException e) {
      FormularioPublico.rechazar(errores, e, null);
      return PLANTILLA;
    }
  }

  /** After a submission (post/redirect/get): check your mail; the folio when there is one. */
  @GetMapping("/derechos-arco/recibida")
  String recibida() {
    return "privacidad/solicitudArcoRecibida";
  }

  /** The e-mailed link: what the request is now, and the button to confirm while it waits for it. */
  @GetMapping("/derechos-arco/confirmar/{token}")
  String enlace(@PathVariable("token") String token, Model model, HttpServletResponse respuesta) {
    Optional<EnlaceArco> enlace = solicitudes.enlace(token);
    if (enlace.isEmpty()) {
      respuesta.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("vencido", false);
      return "privacidad/enlaceArcoInvalido";
    }
    if (enlace.get().vencido()) {
      respuesta.setStatus(HttpStatus.GONE.value());
      model.addAttribute("vencido", true);
      return "privacidad/enlaceArcoInvalido";
    }
    model.addAttribute("enlace", enlace.get());
    model.addAttribute("token", token);
    if (enlace.get().confirmada()) {
      return Boolean.TRUE.equals(model.getAttribute(CONFIRMADA_AHORA))
          ? "privacidad/identidadConfirmada"
          : "privacidad/identidadYaConfirmada";
    }
    return "privacidad/confirmarIdentidad";
  }

  /** The button of the link's page: confirms the identity, then back to the link's page (PRG). */
  @PostMapping("/derechos-arco/confirmar/{token}")
  String confirmar(
      @PathVariable("token") String token, Model model, HttpServletResponse respuesta, RedirectAttributes redireccion) {
    Optional<EnlaceArco> enlace = solicitudes.enlace(token);
    if (enlace.isPresent() && !enlace.get().confirmada() && !enlace.get().vencido()) {
      try {
        solicitudes.confirmarIdentidad(token);
        redireccion.addFlashAttribute(CONFIRMADA_AHORA, true);
      } catch (ValidacionException e) {
        EnlaceArco ahora = solicitudes.enlace(token).orElseThrow();
        if (!ahora.confirmada() && !ahora.vencido()) {
          // the process does not wait for the confirmation yet (the mail went out seconds ago)
          respuesta.setStatus(HttpStatus.CONFLICT.value());
          model.addAttribute("pendiente", true);
          return "privacidad/enlaceArcoInvalido";
        }
        // confirmed or closed meanwhile by a concurrent request: the link's page shows what it is now
      }
    }
    return "redirect:/derechos-arco/confirmar/" + token;
  }

  private static boolean vacio(String texto) {
    return texto == null || texto.isBlank();
  }
}
