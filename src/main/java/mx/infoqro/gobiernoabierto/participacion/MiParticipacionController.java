package mx.infoqro.gobiernoabierto.participacion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.participacion.MiParticipacionService.Pagina;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;
import mx.infoqro.gobiernoabierto.comun.ProteccionFormularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's personal page and the form that re-sends its link. The token travels in the
 * URL, so every answer here is {@code Cache-Control: no-store} and {@code Referrer-Policy:
 * no-referrer}, and nothing here logs the path, the token or the e-mail. Both forms' POSTs follow
 * the portal's one style ({@link FormularioPublico}).
 */
@Controller
@RequestMapping("/mi-participacion")
class MiParticipacionController {

  static final String FORM_SOLICITUD = "mi-participacion";
  static final String FORM_PROPUESTA = "propuesta-portal";

  /** Flash attribute: the proposal was received (shown once, on the page the POST redirects to). */
  static final String PROPUESTA_ENVIADA = "propuestaEnviada";

  /**
   * Flash attribute: a link was asked for. The page it redirects to then says "check your mail",
   * the same whether or not the address is registered (and to a bot).
   */
  static final String ENLACE_SOLICITADO = "enlaceSolicitado";

  private static final String FORMULARIO_SOLICITUD = "participacion/solicitarEnlace";

  private final MiParticipacionService servicio;
  private final ProteccionFormularios proteccion;

  MiParticipacionController(MiParticipacionService servicio, ProteccionFormularios proteccion) {
    this.servicio = servicio;
    this.proteccion = proteccion;
  }

  /** Runs before every handler of this controller, error answers included. */
  @ModelAttribute
  void encabezados(HttpServletResponse respuesta) {
    respuesta.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    respuesta.setHeader("Referrer-Policy", "no-referrer");
  }

  /** The form that asks for the link; after its POST (flash {@link #ENLACE_SOLICITADO}), the answer. */
  @GetMapping
  String solicitar(Model model) {
    if (Boolean.TRUE.equals(model.getAttribute(ENLACE_SOLICITADO))) {
      return "participacion/enlaceSolicitado";
    }
    model.addAttribute("solicitud", new SolicitudEnlace());
    return FORMULARIO_SOLICITUD;
  }

  @PostMapping
  String enviarEnlace(
      @Valid @ModelAttribute("solicitud") SolicitudEnlace solicitud,
      BindingResult errores,
      HttpServletRequest peticion,
      RedirectAttributes redireccion) {
    if (proteccion.esRobot(FORM_SOLICITUD, peticion, solicitud)) {
      return enlaceSolicitado(redireccion);
    }
    if (errores.hasErrors()) {
      return FORMULARIO_SOLICITUD;
    }
    servicio.solicitarEnlace(solicitud.getCorreo());
    return enlaceSolicitado(redireccion);
  }

  /** Post/redirect/get, one answer for every address (no account enumeration). */
  private static String enlaceSolicitado(RedirectAttributes redireccion) {
    redireccion.addFlashAttribute(ENLACE_SOLICITADO, true);
    return "redirect:/mi-participacion";
  }

  @GetMapping("/{token}")
  String pagina(@PathVariable("token") String token, Model model, HttpServletResponse respuesta) {
    Optional<Pagina> pagina = servicio.pagina(token);
    if (pagina.isEmpty()) {
      return enlaceNoValido(respuesta);
    }
    model.addAttribute("pagina", pagina.get());
    model.addAttribute("token", token);
    FormularioPropuesta formulario = new FormularioPropuesta();
    if (pagina.get().mesasAbiertas().size() == 1) {
      formulario.setMesaId(pagina.get().mesasAbiertas().get(0).id());
    }
    model.addAttribute("propuesta", formulario);
    return "participacion/miParticipacion";
  }

  @GetMapping("/{token}/sesiones/{id}.ics")
  ResponseEntity<byte[]> calendario(@PathVariable("token") String token, @PathVariable("id") String id) {
    Long sesionId;
    try {
      sesionId = Long.valueOf(id);
    } catch (NumberFormatException e) {
      return ResponseEntity.notFound().build();
    }
    return servicio
        .calendario(token, sesionId)
        .map(
            ics ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(ics.tipo()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(ics.nombre()).build().toString())
                    .body(ics.contenido().getBytes(StandardCharsets.UTF_8)))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping("/{token}/propuestas")
  String proponer(
      @PathVariable("token") String token,
      @Valid @ModelAttribute("propuesta") FormularioPropuesta formulario,
      BindingResult errores,
      Model model,
      HttpServletRequest peticion,
      HttpServletResponse respuesta,
      RedirectAttributes redireccion) {
    boolean robot = proteccion.esRobot(FORM_PROPUESTA, peticion, formulario);
    Optional<Pagina> pagina = servicio.pagina(token);
    if (pagina.isEmpty()) {
      return enlaceNoValido(respuesta);
    }
    if (robot) {
      return recibida(token, redireccion);
    }
    if (!errores.hasErrors()) {
      try {
        servicio.proponer(
            pagina.get().participanteId(),
            formulario.getMesaId(),
            new NuevaPropuesta(null, formulario.getProblema(), formulario.getCausa(), formulario.getPropuesta()));
        return recibida(token, redireccion);
      } catch (ValidacionException e) {
        // the table's refusal (not a member, not in co-creation) is shown at the table's field
        FormularioPublico.rechazar(errores, e, "mesaId");
      }
    }
    model.addAttribute("pagina", pagina.get());
    model.addAttribute("token", token);
    return "participacion/miParticipacion";
  }

  /** Post/redirect/get: the page says once that the proposal arrived; reloading it sends nothing. */
  private static String recibida(String token, RedirectAttributes redireccion) {
    redireccion.addFlashAttribute(PROPUESTA_ENVIADA, true);
    return "redirect:/mi-participacion/" + token;
  }

  private static String enlaceNoValido(HttpServletResponse respuesta) {
    respuesta.setStatus(HttpStatus.NOT_FOUND.value());
    return "participacion/enlaceNoValido";
  }
}
