package mx.infoqro.gobiernoabierto.comun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
    CsrfToken csrf = peticion.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t : null;
    Memoria memoria = ultima.get();
    if (csrf != null && memoria != null && memoria.clave().equals(clave)) {
      // reading the token writes its cookie when the visitor has none, as rendering the form does
      byte[] valor = csrf.getToken().getBytes(memoria.codificacion());
      respuesta.setLocale(RequestContextUtils.getLocale(peticion));
      respuesta.setContentType(memoria.tipo());
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
    // The template reads the token only where the page has a form: observed, so that a page
    // without one (the window closed) gets no cookie and is not kept.
    TokenLeido leido = csrf == null ? null : new TokenLeido(csrf);
    HttpServletRequest observada =
        leido == null
            ? peticion
            : new HttpServletRequestWrapper(peticion) {
              @Override
              public Object getAttribute(String nombre) {
                return CsrfToken.class.getName().equals(nombre) ? leido : super.getAttribute(nombre);
              }
            };
    ContentCachingResponseWrapper captura = new ContentCachingResponseWrapper(respuesta);
    vista.render(model, observada, captura);
    renderizadas.incrementAndGet();
    String token = leido == null ? null : leido.valor;
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

  /** The request's token, remembering the value the template put in its form, if it read one. */
  private static final class TokenLeido implements CsrfToken {
    private static final long serialVersionUID = 1L;

    private final CsrfToken token;
    private String valor;

    TokenLeido(CsrfToken token) {
      this.token = token;
    }

    @Override
    public String getHeaderName() {
      return token.getHeaderName();
    }

    @Override
    public String getParameterName() {
      return token.getParameterName();
    }

    @Override
    public String getToken() {
      valor = token.getToken();
      return valor;
    }
  }

  private record Memoria(Object clave, String tipo, Charset codificacion, byte[] antes, byte[] despues) {}
}
