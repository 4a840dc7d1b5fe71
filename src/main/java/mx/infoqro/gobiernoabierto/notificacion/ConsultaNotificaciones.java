package mx.infoqro.gobiernoabierto.notificacion;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.BusquedaPrefijo;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Read-only queries of the outbox for other features (the staff's mail page): the messages, newest first. */
@Service
public class ConsultaNotificaciones {

  /** Newest first; the id breaks ties between messages of the same instant. */
  private static final Sort ORDEN = Sort.by(Sort.Order.desc("creada"), Sort.Order.desc("id"));

  private final NotificacionRepository notificaciones;

  ConsultaNotificaciones(NotificacionRepository notificaciones) {
    this.notificaciones = notificaciones;
  }

  /**
   * Page {@code pagina} (from 0) of {@code porPagina} messages, newest first, whose folio starts
   * with {@code folio} (any case) and whose kind is {@code tipo}; an empty filter means "any".
   */
  @Transactional(readOnly = true)
  public Page<Notificacion> pagina(String folio, String tipo, int pagina, int porPagina) {
    return notificaciones.findAll(especificacion(folio, tipo), PageRequest.of(Math.max(pagina, 0), porPagina, ORDEN));
  }

  /** Message {@code id}. */
  @Transactional(readOnly = true)
  public Optional<Notificacion> notificacion(Long id) {
    return notificaciones.findById(id);
  }

  /** The kinds of message present in the outbox. */
  @Transactional(readOnly = true)
  public List<String> tipos() {
    return notificaciones.tipos();
  }

  static Specification<Notificacion> especificacion(String folio, String tipo) {
    return (raiz, consulta, cb) -> {
      List<Predicate> condiciones = new ArrayList<>();
      if (StringUtils.hasText(folio)) {
        condiciones.add(BusquedaPrefijo.de(cb, raiz.get("folio"), folio));
      }
      if (StringUtils.hasText(tipo)) {
        condiciones.add(cb.equal(raiz.get("tipo"), tipo.strip()));
      }
      return cb.and(condiciones.toArray(Predicate[]::new));
    };
  }
}
