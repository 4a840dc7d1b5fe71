package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.DetalleCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EvaluacionPublica;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaHito;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.HitoPublico;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.TextosCompromiso;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments of published action plans as the public sees them: the dashboard's rows with
 * their progress, completion level and late mark, a commitment's page, the open data's texts and
 * milestones. Lists are projections read in a fixed number of queries whatever their size (no
 * entity per row).
 */
@Service
@Transactional(readOnly = true)
public class CompromisosPublicados {

  private static final String DE_PLANES_PUBLICADOS =
      " c.estado in :estados and c.ejercicio.id in (select p.ejercicio.id from PlanAccion p where p.publicado is not null)";

  private final EntityManager em;
  private final Plazos plazos;
  private final ReglasAvance reglas;

  CompromisosPublicados(
      EntityManager em, Plazos plazos, @Value("${gobierno-abierto.rendicion.umbral-sustancial:50}") int umbralSustancial) {
    this.em = em;
    this.plazos = plazos;
    this.reglas = new ReglasAvance(umbralSustancial);
  }

  /**
   * Every commitment of every published plan with its progress, completion level and late mark,
   * most recent edition first, by number: three queries (commitments, milestones, evaluations).
   */
  public List<FilaCompromiso> compromisos() {
    List<Object[]> filas =
        em.createQuery(
                "select c.id, c.folio, c.titulo, c.ejercicio.folio, c.ejercicio.anio, c.eje.clave, c.eje.nombre,"
                    + " c.sujetoResponsable.clave, c.sujetoResponsable.nombre, c.sujetoResponsable.siglas, c.fechaInicio,"
                    + " c.fechaFin, c.valores, c.otrosActores, m.id, m.folio, c.version"
                    + " from Compromiso c left join c.mesa m where" + DE_PLANES_PUBLICADOS
                    + " order by c.ejercicio.anio desc, c.numero",
                Object[].class)
            .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
            .getResultList();
    // Per commitment: the sum and number of its milestones' percentages, how many are completed and
    // the earliest end date among those not completed (what the late rule needs)
    Map<Long, Object[]> hitos = new HashMap<>();
    em.createQuery(
            "select h.compromiso.id, sum(h.porcentaje), count(h), sum(case when h.estado = :completado then 1 else 0 end),"
                + " min(case when h.estado <> :completado then h.fechaFin end)"
                + " from Hito h join h.compromiso c where h.retirado = false and" + DE_PLANES_PUBLICADOS + " group by h.compromiso.id",
            Object[].class)
        .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
        .setParameter("completado", EstadoHito.COMPLETADO)
        .getResultList()
        .forEach(h -> hitos.put((Long) h[0], h));
    Map<Long, Cumplimiento> evaluados = new HashMap<>();
    em.createQuery(
            "select ev.compromiso.id, ev.cumplimiento from Evaluacion ev join ev.compromiso c where ev.evaluado is not null"
                + " and ev.cumplimiento is not null and" + DE_PLANES_PUBLICADOS,
            Object[].class)
        .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
        .getResultList()
        .forEach(e -> evaluados.put((Long) e[0], (Cumplimiento) e[1]));
    LocalDate hoy = plazos.hoy();
    List<FilaCompromiso> resultado = new ArrayList<>(filas.size());
    for (Object[] f : filas) {
      Long id = (Long) f[0];
      Object[] h = hitos.get(id);
      long suma = h == null ? 0 : ((Number) h[1]).longValue();
      int cuantos = h == null ? 0 : ((Number) h[2]).intValue();
      int completados = h == null ? 0 : ((Number) h[3]).intValue();
      LocalDate primerFinPendiente = h == null ? null : (LocalDate) h[4];
      resultado.add(
          fila(f, ReglasAvance.avance(suma, cuantos), cuantos, completados, ReglasAvance.conRetraso(primerFinPendiente, hoy), evaluados.get(id)));
    }
    return resultado;
  }

  private FilaCompromiso fila(Object[] f, int avance, int hitos, int completados, boolean retraso, Cumplimiento evaluado) {
    return new FilaCompromiso(
        (Long) f[0],
        (String) f[1],
        (String) f[2],
        (String) f[3],
        (Integer) f[4],
        (String) f[5],
        (String) f[6],
        (String) f[7],
        (String) f[8],
        (String) f[9],
        (LocalDate) f[10],
        (LocalDate) f[11],
        PlanesPublicados.valores((String) f[12]),
        ocultar((String) f[13]),
        (Long) f[14],
        (String) f[15],
        hitos,
        completados,
        avance,
        evaluado != null ? evaluado : reglas.nivel(avance),
        evaluado != null,
        retraso,
        (Integer) f[16]);
  }

  /** The OGP template texts of every commitment of a published plan, by id (open data). */
  public Map<Long, TextosCompromiso> textos() {
    Map<Long, TextosCompromiso> textos = new HashMap<>();
    em.createQuery(
            "select c.id, c.problema, c.statusQuo, c.descripcion, c.comoResuelve from Compromiso c where" + DE_PLANES_PUBLICADOS,
            Object[].class)
        .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
        .getResultList()
        .forEach(
            t -> textos.put(
                (Long) t[0],
                new TextosCompromiso(ocultar((String) t[1]), ocultar((String) t[2]), ocultar((String) t[3]), ocultar((String) t[4]))));
    return textos;
  }

  /**
   * Every milestone of every published plan, in the order of its commitment and number (open data);
   * a milestone an approved change removed is listed too, marked, without a number and never late.
   */
  public List<FilaHito> hitos() {
    LocalDate hoy = plazos.hoy();
    List<Object[]> filas =
        em.createQuery(
                "select c.ejercicio.folio, c.folio, h.descripcion, h.productoEsperado, h.fechaInicio, h.fechaFin, h.estado,"
                    + " h.porcentaje, c.id, h.retirado, c.version from Hito h join h.compromiso c where" + DE_PLANES_PUBLICADOS
                    + " order by c.ejercicio.anio desc, c.numero, h.retirado, h.fechaFin, h.id",
                Object[].class)
            .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
            .getResultList();
    List<FilaHito> resultado = new ArrayList<>(filas.size());
    Long anterior = null;
    int numero = 0;
    for (Object[] h : filas) {
      boolean retirado = (Boolean) h[9];
      numero = h[8].equals(anterior) ? numero + 1 : 1;
      anterior = (Long) h[8];
      EstadoHito estado = (EstadoHito) h[6];
      resultado.add(
          new FilaHito(
              (String) h[0], (String) h[1], retirado ? null : numero, ocultar((String) h[2]), ocultar((String) h[3]),
              (LocalDate) h[4], (LocalDate) h[5], estado, (Integer) h[7],
              !retirado && ReglasAvance.conRetraso((LocalDate) h[5], estado, hoy), retirado, (Integer) h[10]));
    }
    return resultado;
  }

  /**
   * A commitment's public page by folio; empty when it does not exist, is not part of a published
   * plan (a draft, a rejected one, a plan not yet published).
   */
  public Optional<DetalleCompromiso> compromiso(String folio) {
    List<Compromiso> encontrados =
        em.createQuery(
                "select distinct c from Compromiso c left join fetch c.hitos join fetch c.ejercicio join fetch c.eje"
                    + " join fetch c.sujetoResponsable left join fetch c.mesa where c.folio = :folio and" + DE_PLANES_PUBLICADOS,
                Compromiso.class)
            .setParameter("folio", folio)
            .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
            .getResultList();
    if (encontrados.isEmpty()) {
      return Optional.empty();
    }
    Compromiso c = encontrados.get(0);
    LocalDate hoy = plazos.hoy();
    List<HitoPublico> hitos = new ArrayList<>();
    for (Hito h : c.getHitos()) {
      hitos.add(
          new HitoPublico(
              h.getId(), hitos.size() + 1, ocultar(h.getDescripcion()), ocultar(h.getProductoEsperado()), h.getFechaInicio(),
              h.getFechaFin(), h.getEstado(), h.getPorcentaje(), ReglasAvance.conRetraso(h.getFechaFin(), h.getEstado(), hoy)));
    }
    Evaluacion ev =
        em.createQuery("select ev from Evaluacion ev where ev.compromiso.id = :id", Evaluacion.class)
            .setParameter("id", c.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean evaluado = ev != null && ev.getEvaluado() != null && ev.getCumplimiento() != null;
    Object[] datos = {
      c.getId(), c.getFolio(), c.getTitulo(), c.getEjercicio().getFolio(), c.getEjercicio().getAnio(), c.getEje().getClave(),
      c.getEje().getNombre(), c.getSujetoResponsable().getClave(), c.getSujetoResponsable().getNombre(),
      c.getSujetoResponsable().getSiglas(), c.getFechaInicio(), c.getFechaFin(), c.getValores(), c.getOtrosActores(),
      c.getMesa() != null ? c.getMesa().getId() : null, c.getMesa() != null ? c.getMesa().getFolio() : null, c.getVersion()
    };
    FilaCompromiso fila =
        fila(
            datos,
            ReglasAvance.avance(c.getHitos().stream().map(Hito::getPorcentaje).toList()),
            c.getHitos().size(),
            (int) c.getHitos().stream().filter(h -> h.getEstado() == EstadoHito.COMPLETADO).count(),
            hitos.stream().anyMatch(HitoPublico::conRetraso),
            evaluado ? ev.getCumplimiento() : null);
    EvaluacionPublica evaluacion =
        evaluado
            ? new EvaluacionPublica(
                ev.getVerificable(), ev.getRelevante(), ev.getPotencial(), ev.getCumplimiento(), ev.getAbrioGobierno(),
                ocultar(ev.getComentario()), ocultar(ev.getEvidencia()), plazos.dia(ev.getEvaluado()))
            : null;
    return Optional.of(
        new DetalleCompromiso(
            fila, ocultar(c.getProblema()), ocultar(c.getStatusQuo()), ocultar(c.getDescripcion()), ocultar(c.getComoResuelve()),
            hitos, evaluacion));
  }

  /** Whether the commitment (by id) is part of a published plan. */
  public boolean publicado(Long compromisoId) {
    return !em.createQuery("select c.id from Compromiso c where c.id = :id and" + DE_PLANES_PUBLICADOS, Long.class)
        .setParameter("id", compromisoId)
        .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
        .getResultList()
        .isEmpty();
  }
}
