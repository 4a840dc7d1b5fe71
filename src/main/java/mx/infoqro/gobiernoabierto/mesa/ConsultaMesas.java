package mx.infoqro.gobiernoabierto.mesa;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of the co-creation tables, their sessions and proposals. The only way
 * into this feature's repositories from outside it; inside a caller's transaction the entities
 * returned are managed.
 */
@Service
@Transactional(readOnly = true)
public class ConsultaMesas {

  private final MesaRepository mesas;
  private final SesionRepository sesiones;
  private final PropuestaRepository propuestas;
  private final EntityManager em;

  ConsultaMesas(MesaRepository mesas, SesionRepository sesiones, PropuestaRepository propuestas, EntityManager em) {
    this.em = em;
    this.mesas = mesas;
    this.sesiones = sesiones;
    this.propuestas = propuestas;
  }

  /** A table by id. */
  public Optional<Mesa> mesa(Long id) {
    return mesas.findById(id);
  }

  /** The tables of an edition (installed, void and closed), in order of creation. */
  public List<Mesa> deEjercicio(Long ejercicioId) {
    return mesas.findByEjercicioIdOrderById(ejercicioId);
  }

  /** A session by id. */
  public Optional<Sesion> sesion(Long id) {
    return sesiones.findById(id);
  }

  /** The sessions of a table, by number. */
  public List<Sesion> sesiones(Long mesaId) {
    return sesiones.findByMesaIdOrderByNumero(mesaId);
  }

  /** A proposal by id. */
  public Optional<Propuesta> propuesta(Long id) {
    return propuestas.findById(id);
  }

  /** The proposals taken into a commitment (linked when the table drafted it), in order of arrival. */
  public List<Propuesta> deCompromiso(Long compromisoId) {
    return propuestas.findByCompromisoIdOrderById(compromisoId);
  }

  /**
   * How co-creation went in an edition, for the public statistics: sessions held, proposals
   * received and how they were answered.
   */
  public record Cocreacion(long mesasInstaladas, long sesionesCelebradas, long propuestas, Map<DecisionRespuesta, Long> respuestas) {
    public long sinRespuesta() {
      return propuestas - respuestas.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The co-creation figures of an edition: three aggregate queries. */
  public Cocreacion cocreacion(Long ejercicioId) {
    long instaladas =
        em.createQuery("select count(m) from Mesa m where m.ejercicio.id = :e and m.estado <> :desierta", Long.class)
            .setParameter("e", ejercicioId)
            .setParameter("desierta", Mesa.EstadoMesa.DESIERTA)
            .getSingleResult();
    long sesionesCelebradas =
        em.createQuery("select count(s) from Sesion s where s.mesa.ejercicio.id = :e and s.estado = :celebrada", Long.class)
            .setParameter("e", ejercicioId)
            .setParameter("celebrada", Sesion.EstadoSesion.CELEBRADA)
            .getSingleResult();
    Map<DecisionRespuesta, Long> respuestas = new EnumMap<>(DecisionRespuesta.class);
    for (DecisionRespuesta d : DecisionRespuesta.values()) {
      respuestas.put(d, 0L);
    }
    long total = 0;
    for (Object[] f :
        em.createQuery("select p.respuestaDecision, count(p) from Propuesta p where p.mesa.ejercicio.id = :e group by p.respuestaDecision", Object[].class)
            .setParameter("e", ejercicioId)
            .getResultList()) {
      total += (Long) f[1];
      if (f[0] != null) {
        respuestas.put((DecisionRespuesta) f[0], (Long) f[1]);
      }
    }
    return new Cocreacion(instaladas, sesionesCelebradas, total, respuestas);
  }

  /** A proposal as the open data lists it: public fields only (the author as they chose to be shown). */
  public record PropuestaPublica(
      String edicion,
      Long id,
      Long mesaId,
      String mesaFolio,
      String eje,
      String autor,
      Integer sesion,
      java.time.Instant recibida,
      String problema,
      String causa,
      String propuesta,
      DecisionRespuesta decision,
      String razon,
      java.time.Instant respondida,
      Long fusionadaCon,
      Long compromisoId) {}

  /** Every proposal of the editions whose call is published, by edition, table and arrival: one query. */
  public List<PropuestaPublica> propuestasPublicas() {
    return em.createQuery(
            "select new mx.infoqro.gobiernoabierto.mesa.ConsultaMesas$PropuestaPublica(m.ejercicio.folio, p.id, m.id, m.folio,"
                + " m.eje.nombre, p.autorPublico, s.numero, p.recibida, p.problema, p.causa, p.propuesta, p.respuestaDecision,"
                + " p.respuestaRazon, p.respuestaFecha, f.id, p.compromisoId)"
                + " from Propuesta p join p.mesa m left join p.sesion s left join p.fusionadaCon f"
                + " where m.ejercicio.id in (select c.ejercicio.id from Convocatoria c where c.estado = :publicada)"
                + " order by m.ejercicio.anio desc, m.id, p.id",
            PropuestaPublica.class)
        .setParameter("publicada", Convocatoria.EstadoConvocatoria.PUBLICADA)
        .getResultList();
  }

  /** The proposals of a table, in order of arrival. */
  public List<Propuesta> propuestas(Long mesaId) {
    return propuestas.findByMesaIdOrderById(mesaId);
  }
}
