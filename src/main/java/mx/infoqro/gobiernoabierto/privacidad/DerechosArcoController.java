package mx.infoqro.gobiernoabierto.privacidad;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's ARCO form ({@code /derechos-arco}) and the identity-confirmation link e-mailed to
 * the requester ({@code /derechos-arco/confirmar/<token>}). The answer to a submission is the same
 * whether or not the e-mail is registered: nothing reveals who took part.
 *
 * <p>Opening the link changes nothing (mail scanners open links before people do): it shows a
 * button that confirms with a POST (CSRF-protected), then redirects to the link's page, which
 * tells what the request is now.
 */
@Controller
class DerechosArcoController {

  /** Name of the form for the per-address limit. */
  static final String FORMULARIO = "derechos-arco";

  /** Flash attribute set when this very visit confirmed the identity. */
  static final String CONFIRMADA_AHORA = "confirmadaAhora";

  private final SolicitudesArco solicitudes;
  private final ProteccionFormularios proteccion;

  DerechosArcoController(SolicitudesArco solicitudes, ProteccionFormularios proteccion) {
    this.solicitudes = solicitudes;
    this.proteccion = proteccion;
  }

  @GetMapping("/derechos-arco")
  String formulario(Model model) {
    model.addAttribute("solicitud", new FormularioArco());
    return "privacidad/formularioArco";
  }

  @PostMapping("/derechos-arco")
  String enviar(
      HttpServletRequest peticion,
      @Valid @ModelAttribute("solicitud") FormularioArco solicitud,
      BindingResult errores,
      @RequestParam(name = ProteccionFormularios.CAMPO_TRAMPA, required = false) String trampa,
      RedirectAttributes redireccion) {
    proteccion.contar(FORMULARIO, peticion);
    if (ProteccionFormularios.esRobot(trampa)) {
      // answered as a success; nothing stored, nothing sent
      return "redirect:/derechos-arco/recibida";
    }
    if (solicitud.getDerecho() == DerechoArco.RECTIFICACION && vacio(solicitud.getDatosRectificar())) {
      errores.rejectValue("datosRectificar", "arco.error.rectificar");
    }
    if (solicitud.getDerecho() == DerechoArco.OPOSICION && solicitud.getTratamiento() == null) {
      errores.rejectValue("tratamiento", "arco.error.tratamiento");
    }
    if (errores.hasErrors()) {
      return "privacidad/formularioArco";
    }
    String folio;
    try {
      folio =
          solicitudes.recibir(
              solicitud.getNombre(),
              solicitud.getCorreo(),
              solicitud.getDerecho(),
              solicitud.getDescripcion(),
              solicitud.getDatosRectificar(),
              solicitud.getTratamiento(),
              vacio(solicitud.getTratamientoDescripcion()) ? null : solicitud.getTratamientoDescripcion().trim());
    } catch (ValidacionException e) {
      errores.reject("arco.error.servicio", e.getMessage());
      return "privacidad/formularioArco";
    }
    redireccion.addFlashAttribute("folio", folio);
    return "redirect:/derechos-arco/recibida";
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
