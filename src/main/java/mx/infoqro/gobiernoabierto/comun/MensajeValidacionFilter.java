package mx.infoqro.gobiernoabierto.comun;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Spanish answers to Tasklist (and any client of the REST API) when working a task fails:
 *
 * <ul>
 *   <li>because of a {@link ValidacionException}: 400 with the Spanish message alone instead of the
 *       engine's wrapped 500, so Tasklist shows the person what to fix;
 *   <li>because the task is no longer there or is taken (completed in another tab or by another
 *       person of the group, ended with its case, claimed by someone else): 409 with the message
 *       of {@link TareasConcluidas} instead of the engine's English 500. The engine changed nothing.
 * </ul>
 *
 * Applies to the task endpoints of the REST API and of the webapps' internal API.
 */
class MensajeValidacionFilter extends OncePerRequestFilter {

  static final Pattern COMPLETAR_TAREA = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve|claim)$");

  private final ObjectMapper json = new ObjectMapper();
  private final TareasConcluidas concluidas;

  MensajeValidacionFilter(TareasConcluidas concluidas) {
    this.concluidas = concluidas;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest peticion) {
    return !"POST".equals(peticion.getMethod()) || !COMPLETAR_TAREA.matcher(peticion.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    ContentCachingResponseWrapper envoltura = new ContentCachingResponseWrapper(respuesta);
    cadena.doFilter(peticion, envoltura);
    Object mensaje = peticion.getAttribute(ValidacionException.ATRIBUTO_MENSAJE);
    int estado = envoltura.getStatus();
    if (mensaje != null && estado >= 400) {
      responder(envoltura, HttpServletResponse.SC_BAD_REQUEST, ValidacionException.class.getSimpleName(), mensaje);
    } else if (estado >= 400 && estado != HttpServletResponse.SC_UNAUTHORIZED && estado != HttpServletResponse.SC_FORBIDDEN) {
      Matcher ruta = COMPLETAR_TAREA.matcher(peticion.getRequestURI());
      if (ruta.matches()) {
        Optional<String> conflicto = concluidas.explicar(ruta.group(1), "claim".equals(ruta.group(2)));
        if (conflicto.isPresent()) {
          responder(envoltura, HttpServletResponse.SC_CONFLICT, TAREA_CONCLUIDA, conflicto.get());
        }
      }
    }
    envoltura.copyBodyToResponse();
  }

  /** Type of the answer for a task that is gone or taken. */
  static final String TAREA_CONCLUIDA = "TareaConcluida";

  private void responder(ContentCachingResponseWrapper envoltura, int estado, String tipo, Object mensaje)
      throws IOException {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", tipo);
    error.put("message", mensaje);
    error.put("code", 0);
    envoltura.resetBuffer();
    envoltura.setStatus(estado);
    envoltura.setContentType(MediaType.APPLICATION_JSON_VALUE);
    envoltura.setCharacterEncoding(StandardCharsets.UTF_8.name());
    envoltura.getOutputStream().write(json.writeValueAsBytes(error));
  }

  @Configuration
  static class Registro {
    @Bean
    FilterRegistrationBean<MensajeValidacionFilter> mensajeValidacionFilter(TareasConcluidas concluidas) {
      var registro = new FilterRegistrationBean<>(new MensajeValidacionFilter(concluidas));
      registro.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      return registro;
    }
  }
}
