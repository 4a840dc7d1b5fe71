package mx.infoqro.gobiernoabierto.gestion;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a paginated staff list: the same filters (the request's query), another page (numbered
 * from 1 in the address).
 */
record Paginacion(int actual, int total, long elementos, String anterior, String siguiente) {

  static Paginacion de(Page<?> pagina, HttpServletRequest peticion, String ruta) {
    int actual = pagina.getNumber() + 1;
    int total = Math.max(pagina.getTotalPages(), 1);
    return new Paginacion(
        actual,
        total,
        pagina.getTotalElements(),
        pagina.hasPrevious() ? enlace(peticion, ruta, actual - 1) : null,
        pagina.hasNext() ? enlace(peticion, ruta, actual + 1) : null);
  }

  /** The path with the request's filters and another page number (the query stays encoded). */
  static String enlace(HttpServletRequest peticion, String ruta, Integer pagina) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(ruta).query(peticion.getQueryString());
    uri.replaceQueryParam("pagina", pagina == null ? new Object[0] : new Object[] {pagina});
    return uri.build().toUriString();
  }
}
