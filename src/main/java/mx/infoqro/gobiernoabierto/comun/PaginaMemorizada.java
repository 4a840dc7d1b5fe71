package mx.infoqro.gobiernoabierto.comun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A public page that is the same for every visitor but for its form's CSRF token, such as the blank
 * registration form everyone opens on a call's closing day: its template renders it once per key
 * and later requests with the same key get the stored markup with their own token put in (the
 * fragment caching of portals such as Decidim, for a whole page).
 *
 * <p>The key is the data the page shows, compared with {@code equals} (records): when the data
 * changes the key changes and the page is rendered again, on each node by itself, so there is
 * nothing to invalidate across nodes. Only the last key is kept. The template's model must follow
 * from the key alone (no per-visitor values, no errors, no flash attributes) and the page must
 * carry the request's CSRF token exactly once (one form); a page that does not (no form, or a
 * status other than 200) is served as rendered and not kept.
 */
public final class PaginaMemorizada {

  private final String plantilla;
  private final ViewResolver vistas;
  private final AtomicReference<Memoria> ultima = new AtomicReference<>();
  private final AtomicLong renderizadas = new AtomicLong();

  /** The page of the template named {@code plantilla}, resolved by {@code vistas} (Thymeleaf's). */
  public PaginaMemorizada(String plantilla, ViewResolver vistas) {
    this.plantilla = plantilla;
    this.vistas = vistas;
  }

  /**
   * The view a handler returns for the page of {@code clave}: the stored markup when the key is the
   * last one rendered, otherwise the template rendered with the handler's model (and kept).
   */
  public View vista(Object clave) {
    Objects.requireNonNull(clave, "clave");
    return new View() {
      @Override
      public String getContentType() {
        return "text/html;charset=UTF-8";
      }

      @Override
      public void render(Map<String, ?> model, HttpServletRequest peticion, HttpServletResponse respuesta)
          throws Exception {
        servir(clave, model, peticion, respuesta);
      }
    };
  }

  /** How many times the template was rendered (a stored page served is not counted). */
  public long renderizadas() {
    return renderizadas.get();
  }

  private void servir(Object clave, Map<String, ?> model, HttpServletRequest peticion, HttpServletResponse respuesta)
      throws Exception {
    String token = token(peticion);
    Memoria memoria = ultima.get();
    if (token != null && memoria != null && memoria.clave().equals(clave)) {
      respuesta.setLocale(RequestContextUtils.getLocale(peticion));
      respuesta.setContentType(memoria.tipo());
      byte[] valor = token.getBytes(memoria.codificacion());
      respuesta.setContentLength(memoria.antes().length + valor.length + memoria.despues().length);
      var salida = respuesta.getOutputStream();
      salida.write(memoria.antes());
      salida.write(valor);
      salida.write(memoria.despues());
      return;
    }
    View vista = vistas.resolveViewName(plantilla, RequestContextUtils.getLocale(peticion));
    if (vista == null) {
      throw new IllegalStateException("No view for the template " + plantilla);
    }
    ContentCachingResponseWrapper captura = new ContentCachingResponseWrapper(respuesta);
    vista.render(model, peticion, captura);
    renderizadas.incrementAndGet();
    if (token != null && captura.getStatus() == HttpStatus.OK.value()) {
      Charset codificacion = Charset.forName(captura.getCharacterEncoding());
      String html = new String(captura.getContentAsByteArray(), codificacion);
      int en = html.indexOf(token);
      if (en >= 0 && en == html.lastIndexOf(token)) {
        ultima.set(
            new Memoria(
                clave,
                captura.getContentType(),
                codificacion,
                html.substring(0, en).getBytes(codificacion),
                html.substring(en + token.length()).getBytes(codificacion)));
      }
    }
    captura.copyBodyToResponse();
  }

  /** The token the request's forms carry (its cookie is written when it is first read). */
  private static String token(HttpServletRequest peticion) {
    return peticion.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t.getToken() : null;
  }

  private record Memoria(Object clave, String tipo, Charset codificacion, byte[] antes, byte[] despues) {}
}
