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
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When completing a task fails because of a {@link ValidacionException}, answers 400 with the
 * Spanish message alone instead of the engine's wrapped 500, so Tasklist shows the person what to
 * fix. Applies to the task endpoints of the REST API and of the webapps' internal API.
 */
class MensajeValidacionFilter extends OncePerRequestFilter {

  static final Pattern COMPLETAR_TAREA = Pattern.compile(".*/task/[^/]+/(submit-form|complete|resolve)$");

  private final ObjectMapper json = new ObjectMapper();

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
    if (mensaje != null && envoltura.getStatus() >= 400) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("type", ValidacionException.class.getSimpleName());
      error.put("message", mensaje);
      error.put("code", 0);
      envoltura.resetBuffer();
      envoltura.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      envoltura.setContentType(MediaType.APPLICATION_JSON_VALUE);
      envoltura.setCharacterEncoding(StandardCharsets.UTF_8.name());
      envoltura.getOutputStream().write(json.writeValueAsBytes(error));
    }
    envoltura.copyBodyToResponse();
  }

  @Configuration
  static class Registro {
    @Bean
    FilterRegistrationBean<MensajeValidacionFilter> mensajeValidacionFilter() {
      var registro = new FilterRegistrationBean<>(new MensajeValidacionFilter());
      registro.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      return registro;
    }
  }
}
