package mx.infoqro.gobiernoabierto.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of the portal's pages: only this origin's styles, scripts and images, no
 * framing, no MIME sniffing, no full referrer to other sites. The Camunda webapps ({@code /camunda})
 * and the REST API ({@code /engine-rest}) set their own headers and need inline scripts, so they
 * are left alone.
 */
@Component
public class EncabezadosSeguridad extends OncePerRequestFilter {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest peticion) {
    String ruta = peticion.getRequestURI().substring(peticion.getContextPath().length());
    return esDeCamunda(ruta);
  }

  /** One year, subdomains included: once a browser saw the portal over HTTPS it never uses HTTP. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  /** Whether a path (inside the context) belongs to the Camunda webapps or the REST API. */
  public static boolean esDeCamunda(String ruta) {
    return ruta.equals("/camunda") || ruta.startsWith("/camunda/")
        || ruta.equals("/engine-rest") || ruta.startsWith("/engine-rest/");
  }

  /**
   * Error pages too: a response that was reset or answered before this filter ran (the 503 page of
   * infraestructura/DisponibilidadWeb) gets the headers when the container dispatches to the error page.
   */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterNestedErrorDispatch(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    doFilterInternal(peticion, respuesta, cadena);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest peticion, HttpServletResponse respuesta, FilterChain cadena)
      throws ServletException, IOException {
    respuesta.setHeader("Content-Security-Policy", CSP);
    respuesta.setHeader("X-Content-Type-Options", "nosniff");
    respuesta.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    respuesta.setHeader("X-Frame-Options", "DENY");
    if (peticion.isSecure()) {
      // Production serves HTTPS (directly or behind a proxy that forwards X-Forwarded-Proto)
      respuesta.setHeader("Strict-Transport-Security", HSTS);
    }
    cadena.doFilter(peticion, respuesta);
  }
}
