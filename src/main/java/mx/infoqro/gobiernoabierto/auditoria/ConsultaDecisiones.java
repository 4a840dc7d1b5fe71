package mx.infoqro.gobiernoabierto.auditoria;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.infoqro.gobiernoabierto.comun.BusquedaPrefijo;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Read-only queries of the decision log for other features (the staff's log page): the decisions
 * that match some criteria, newest first. The log itself is append-only ({@link Auditoria}).
 */
@Service
public class ConsultaDecisiones {

  /** Newest first; the id breaks ties between decisions of the same instant. */
  private static final Sort ORDEN = Sort.by(Sort.Order.desc("fecha"), Sort.Order.desc("id"));

  /**
   * What the decisions must match; a null or empty criterion means "any": the folio starts with
   * {@code folio} (any case), the entity and decision are these, the user is this one (any case),
   * and the decision was taken from {@code desde} (included) to {@code hasta} (excluded).
   */
  public record Criterios(String folio, String entidad, String decision, String usuario, Instant desde, Instant hasta) {}

  private final RegistroDecisionRepository registros;

  ConsultaDecisiones(RegistroDecisionRepository registros) {
    this.registros = registros;
  }

  /** Page {@code pagina} (from 0) of {@code porPagina} decisions that match, newest first. */
  @Transactional(readOnly = true)
  public Page<RegistroDecision> pagina(Criterios criterios, int pagina, int porPagina) {
    return registros.findAll(especificacion(criterios), PageRequest.of(Math.max(pagina, 0), porPagina, ORDEN));
  }

  /** Every decision that matches, newest first. */
  @Transactional(readOnly = true)
  public List<RegistroDecision> todas(Criterios criterios) {
    return registros.findAll(especificacion(criterios), ORDEN);
  }

  /** The kinds of entity present in the log. */
  @Transactional(readOnly = true)
  public List<String> entidades() {
    return registros.entidades();
  }

  /** The decisions present in the log. */
  @Transactional(readOnly = true)
  public List<String> decisiones() {
    return registros.decisiones();
  }

  static Specification<RegistroDecision> especificacion(Criterios c) {
    return (raiz, consulta, cb) -> {
      List<Predicate> condiciones = new ArrayList<>();
      if (StringUtils.hasText(c.folio())) {
        condiciones.add(BusquedaPrefijo.de(cb, raiz.get("folio"), c.folio()));
      }
      if (StringUtils.hasText(c.entidad())) {
        condiciones.add(cb.equal(raiz.get("entidad"), c.entidad().strip()));
      }
      if (StringUtils.hasText(c.decision())) {
        condiciones.add(cb.equal(raiz.get("decision"), c.decision().strip()));
      }
      if (StringUtils.hasText(c.usuario())) {
        condiciones.add(cb.equal(cb.lower(raiz.get("usuario")), c.usuario().strip().toLowerCase(Locale.ROOT)));
      }
      if (c.desde() != null) {
        condiciones.add(cb.greaterThanOrEqualTo(raiz.<Instant>get("fecha"), c.desde()));
      }
      if (c.hasta() != null) {
        condiciones.add(cb.lessThan(raiz.<Instant>get("fecha"), c.hasta()));
      }
      return cb.and(condiciones.toArray(Predicate[]::new));
    };
  }
}
