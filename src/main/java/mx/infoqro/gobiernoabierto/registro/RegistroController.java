package mx.infoqro.gobiernoabierto.registro;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;
import mx.infoqro.gobiernoabierto.comun.PaginaMemorizada;
import mx.infoqro.gobiernoabierto.comun.ProteccionFormularios;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The registration pages of the portal: the form (open only during the window), the "check your
 * e-mail" page every accepted submission leads to (new, duplicate or bot alike) and the
 * confirmation link of the double opt-in (a page whose button confirms with a POST). The form's POST
 * follows the portal's one style ({@link FormularioPublico}); its success page is itself the
 * confirmation, the same for every address, so it needs no flash attribute.
 */
@Controller
class RegistroController {

  /** Name of the form for the per-address limit. */
  static final String FORMULARIO = "registro";

  /** Model and flash attribute: the outcome the confirmation page shows. */
  static final String RESULTADO = "resultado";

  private static final String PLANTILLA = "registro/formulario";

  /** The answer to every accepted submission: new, duplicate or bot alike (no account enumeration). */
  private static final String REVISE_SU_CORREO = "redirect:/registro/revise-su-correo";

  private final RegistroService servicio;
  private final ConfirmacionRegistro confirmacion;
  private final ProteccionFormularios proteccion;

  /** The blank form, the page of a call's closing-day peak: rendered once per state of its data. */
  private final PaginaMemorizada enBlanco;

  RegistroController(
      RegistroService servicio,
      ConfirmacionRegistro confirmacion,
      ProteccionFormularios proteccion,
      ThymeleafViewResolver vistas) {
    this.servicio = servicio;
    this.confirmacion = confirmacion;
    this.proteccion = proteccion;
    this.enBlanco = new PaginaMemorizada(PLANTILLA, vistas);
  }

  /**
   * The blank form. Everything it shows is the current call's {@link RegistroService.Formulario}
   * (window, axes, agencies) and constants, so that record is the key of its stored markup.
   */
  @GetMapping("/registro")
  View formulario(Model model) {
    Optional<RegistroService.Formulario> datos = servicio.formulario();
    modelo(model, new FormularioRegistro(), datos);
    return enBlanco.vista(datos);
  }

  /** How many times the blank form's template was rendered (tests). */
  long formulariosRenderizados() {
    return enBlanco.renderizadas();
  }

  @PostMapping("/registro")
  String registrar(
      @Valid @ModelAttribute("registro") FormularioRegistro formulario,
      BindingResult errores,
      HttpServletRequest peticion,
      Model model) {
    if (proteccion.esRobot(FORMULARIO, peticion, formulario)) {
      return REVISE_SU_CORREO;
    }
    DatosRegistro datos = formulario.datos();
    if (errores.hasErrors()) {
      // the edition's rules too, so the page shows every error at once; a submission without
      // format errors is checked against them by registrar itself, in its transaction
      for (ReglasRegistro.Error e : servicio.revisar(datos)) {
        if (!errores.hasFieldErrors(e.campo())) {
          errores.rejectValue(e.campo(), e.clave());
        }
      }
      return pagina(model, formulario);
    }
    try {
      servicio.registrar(datos);
    } catch (RegistroCerradoException cerrado) {
      return pagina(model, formulario);
    } catch (DatosRegistroInvalidosException invalidos) {
      invalidos.errores().forEach(e -> errores.rejectValue(e.campo(), e.clave()));
      return pagina(model, formulario);
    } catch (DataIntegrityViolationException choque) {
      // the same e-mail registered twice at the same moment: the first one won, same answer
      if (!servicio.registrado(datos.correo())) {
        throw choque;
      }
    }
    return REVISE_SU_CORREO;
  }

  @GetMapping("/registro/revise-su-correo")
  String reviseSuCorreo() {
    return "registro/reviseSuCorreo";
  }

  /**
   * The e-mailed confirmation link: what the registration is now and, while it waits for the
   * confirmation, the button that confirms. Opening it changes nothing: mail scanners open links
   * before people do.
   */
  @GetMapping("/registro/confirmar/{token}")
  String enlace(@PathVariable("token") String token, Model model, HttpServletResponse respuesta) {
    Object recien = model.getAttribute(RESULTADO);
    ConfirmacionRegistro.EstadoEnlace estado = confirmacion.estado(token);
    ConfirmacionRegistro.Confirmacion resultado =
        recien instanceof ConfirmacionRegistro.Confirmacion hecho ? hecho : estado.confirmacion();
    model.addAttribute(RESULTADO, resultado.name());
    model.addAttribute("folio", estado.folio());
    model.addAttribute("token", token);
    switch (resultado) {
      case ENLACE_INVALIDO -> respuesta.setStatus(HttpStatus.NOT_FOUND.value());
      case VENTANA_CERRADA -> respuesta.setStatus(HttpStatus.GONE.value());
      default -> respuesta.setStatus(HttpStatus.OK.value());
    }
    return "registro/confirmacion";
  }

  /** The button of the link's page (CSRF-protected): confirms, then back to the link's page (PRG). */
  @PostMapping("/registro/confirmar/{token}")
  String confirmar(@PathVariable("token") String token, RedirectAttributes redireccion) {
    redireccion.addFlashAttribute(RESULTADO, confirmacion.confirmar(token));
    return "redirect:/registro/confirmar/" + token;
  }

  private String pagina(Model model, FormularioRegistro formulario) {
    modelo(model, formulario, servicio.formulario());
    return PLANTILLA;
  }

  private static void modelo(Model model, FormularioRegistro formulario, Optional<RegistroService.Formulario> datos) {
    model.addAttribute("registro", formulario);
    datos
        .ifPresent(
            f -> {
              model.addAttribute("ventana", f.ventana());
              model.addAttribute("ejes", f.ejes());
              model.addAttribute("sujetos", f.sujetos());
            });
    model.addAttribute("sectores", Sector.values());
    model.addAttribute("municipios", ReglasRegistro.MUNICIPIOS);
    model.addAttribute("generos", ReglasRegistro.GENEROS);
  }
}
