package mx.infoqro.gobiernoabierto.rendicion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;
import mx.infoqro.gobiernoabierto.comun.ProteccionFormularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
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
 * Following a commitment: the form on its page (double opt-in by e-mail), the confirmation link,
 * the one-click unfollow link every follower mail carries, and the one-click follow from the
 * participant's personal page. Personal links carry tokens: those answers are {@code no-store}
 * with no referrer, and nothing here logs a token or an address. The POSTs follow the portal's
 * one style ({@link FormularioPublico}).
 */
@Controller
class SeguirCompromisoController {

  static final String FORM_SEGUIR = "seguir-compromiso";
  private static final String CONFIRMADO = "seguimientoConfirmado";

  /**
   * Flash attribute: a follow was asked for on the commitment's page, which then says "check your
   * mail" (the same whether the address already follows it or not, and to a bot).
   */
  static final String SOLICITADO = "seguimientoSolicitado";

  /** Flash attribute: the personal page's one click, {@code activo} (now follows) or {@code baja} (stopped). */
  static final String SEGUIMIENTO_PERSONAL = "seguimientoPersonal";

  private final SeguidoresCompromiso seguidores;
  private final CompromisosPublicados publicados;
  private final PaginasRendicion paginas;
  private final EnlacesParticipante enlaces;
  private final ProteccionFormularios proteccion;

  SeguirCompromisoController(
      SeguidoresCompromiso seguidores,
      CompromisosPublicados publicados,
      PaginasRendicion paginas,
      EnlacesParticipante enlaces,
      ProteccionFormularios proteccion) {
    this.seguidores = seguidores;
    this.publicados = publicados;
    this.paginas = paginas;
    this.enlaces = enlaces;
    this.proteccion = proteccion;
  }

  /** The form of the commitment's page (GET: RendicionController#compromiso). */
  @PostMapping("/compromisos/{folio}/seguir")
  String seguir(
      @PathVariable("folio") String folio,
      @Valid @ModelAttribute("seguir") FormularioSeguir formulario,
      BindingResult errores,
      Model model,
      HttpServletRequest peticion,
      CsrfToken csrf,
      RedirectAttributes redireccion) {
    boolean robot = proteccion.esRobot(FORM_SEGUIR, peticion, formulario);
    if (csrf != null) {
      csrf.getToken(); // the page may be written again with its form (see RendicionController#compromiso)
    }
    var pagina = paginas.compromiso(folio).orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.compromiso", folio));
    if (robot) {
      return solicitado(folio, redireccion);
    }
    if (!errores.hasErrors()) {
      try {
        seguidores.solicitar(pagina.detalle().fila().id(), formulario.getCorreo(), formulario.isConsentimiento());
        return solicitado(folio, redireccion);
      } catch (ValidacionException e) {
        FormularioPublico.rechazar(errores, e, "correo");
      }
    }
    model.addAttribute("pagina", pagina);
    return "rendicion/compromiso";
  }

  /** Post/redirect/get back to the form's section of the commitment's page, which says to check the mail. */
  private static String solicitado(String folio, RedirectAttributes redireccion) {
    redireccion.addFlashAttribute(SOLICITADO, true);
    return "redirect:/compromisos/" + folio + "#seguir";
  }

  /**
   * The e-mailed confirmation link: a page whose button confirms. Opening it changes nothing: mail
   * scanners open links before people do.
   */
  @GetMapping("/compromisos/seguir/{token}")
  String enlace(@PathVariable("token") String token, Model model, HttpServletResponse respuesta) {
    privado(respuesta);
    if (model.getAttribute(CONFIRMADO) instanceof String folio) {
      model.addAttribute("folio", folio);
      return "rendicion/seguimientoConfirmado";
    }
    model.addAttribute("token", token);
    return resultado(seguidores.enlaceConfirmacion(token), "rendicion/seguimientoPorConfirmar", model, respuesta);
  }

  /** The button of the link's page (CSRF-protected): confirms, then back to the link's page (PRG). */
  @PostMapping("/compromisos/seguir/{token}")
  String confirmar(
      @PathVariable("token") String token, Model model, HttpServletResponse respuesta, RedirectAttributes redireccion) {
    privado(respuesta);
    Optional<String> folio = seguidores.confirmar(token);
    if (folio.isEmpty()) {
      return resultado(folio, null, model, respuesta);
    }
    redireccion.addFlashAttribute(CONFIRMADO, folio.get());
    return "redirect:/compromisos/seguir/" + token;
  }

  @GetMapping("/compromisos/dejar-de-seguir/{token}")
  String dejar(@PathVariable("token") String token, Model model, HttpServletResponse respuesta) {
    privado(respuesta);
    return resultado(seguidores.dejar(token), "rendicion/seguimientoTerminado", model, respuesta);
  }

  /** One click on the personal page: follow or stop following a commitment of a published plan. */
  @PostMapping("/mi-participacion/{token}/compromisos/{folio}")
  String seguirComoParticipante(
      @PathVariable("token") String token,
      @PathVariable("folio") String folio,
      @RequestParam(name = "seguir", defaultValue = "true") boolean seguir,
      HttpServletResponse respuesta,
      RedirectAttributes redireccion) {
    privado(respuesta);
    Optional<Participante> participante = enlaces.validar(token, Proposito.ACCESO);
    if (participante.isEmpty()) {
      respuesta.setStatus(HttpStatus.NOT_FOUND.value());
      return "participacion/enlaceNoValido";
    }
    var compromiso = publicados.compromiso(folio).orElseThrow(() -> new NoPublicadoException("rendicion.no-publicado.compromiso", folio));
    seguidores.seguirComoParticipante(participante.get(), compromiso.fila().id(), seguir);
    redireccion.addFlashAttribute(SEGUIMIENTO_PERSONAL, seguir ? "activo" : "baja");
    return "redirect:/mi-participacion/" + token + "#compromisos";
  }

  private static String resultado(Optional<String> folio, String vista, Model model, HttpServletResponse respuesta) {
    if (folio.isEmpty()) {
      respuesta.setStatus(HttpStatus.NOT_FOUND.value());
      return "rendicion/enlaceSeguimientoNoValido";
    }
    model.addAttribute("folio", folio.get());
    return vista;
  }

  private static void privado(HttpServletResponse respuesta) {
    respuesta.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    respuesta.setHeader("Referrer-Policy", "no-referrer");
  }
}
