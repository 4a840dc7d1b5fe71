package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.ArchivoPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.CompromisoDelPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.Documento;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EdicionConPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.EjeDelPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.HitoDelPlan;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.PlanPublicado;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of published action plans: only plans the Pleno signed and the system published
 * exist here, with the commitments they hold (approved, in implementation or evaluated). Their
 * commitments one by one, with progress, are {@link CompromisosPublicados}.
 */
@Service
@Transactional(readOnly = true)
public class PlanesPublicados {

  /** The states of a commitment that is part of its edition's action plan. */
  static final Set<EstadoCompromiso> EN_EL_PLAN =
      Set.of(EstadoCompromiso.APROBADO, EstadoCompromiso.EN_IMPLEMENTACION, EstadoCompromiso.EVALUADO);

  private final EntityManager em;
  private final PlanAccionRepository planes;
  private final DocumentoPlanRepository documentos;
  private final ConsultaEjercicios ejercicios;
  private final Plazos plazos;

  PlanesPublicados(
      EntityManager em,
      PlanAccionRepository planes,
      DocumentoPlanRepository documentos,
      ConsultaEjercicios ejercicios,
      Plazos plazos) {
    this.em = em;
    this.planes = planes;
    this.documentos = documentos;
    this.ejercicios = ejercicios;
    this.plazos = plazos;
  }

  /** The editions whose plan is published, most recent first. */
  public List<EdicionConPlan> ediciones() {
    return em.createQuery(
            "select p.ejercicio.folio, p.ejercicio.anio, p.publicado from PlanAccion p where p.publicado is not null"
                + " order by p.ejercicio.anio desc",
            Object[].class)
        .getResultList()
        .stream()
        .map(f -> new EdicionConPlan((String) f[0], (Integer) f[1], plazos.dia((Instant) f[2])))
        .toList();
  }

  /** The plan of the latest edition whose plan is published. */
  public Optional<PlanPublicado> ultimo() {
    return ediciones().stream().findFirst().flatMap(e -> plan(e.folio()));
  }

  /** The published plan of an edition ({@code EGA-<year>}); empty when unknown or not published. */
  public Optional<PlanPublicado> plan(String folioEdicion) {
    return planPublicado(folioEdicion)
        .map(p -> vista(p, documentos.resumen(p.getId()).map(r -> new Documento(r.version(), r.sha256(), r.tamanio(), plazos.dia(r.generado()))).orElse(null)));
  }

  /** The latest PDF of an edition's published plan, as stored. */
  public Optional<ArchivoPlan> pdf(String folioEdicion) {
    return planPublicado(folioEdicion)
        .flatMap(p -> documentos.findFirstByPlanIdOrderByVersionDesc(p.getId()))
        .map(d -> new ArchivoPlan(folioEdicion, d.getVersion(), d.getContenido(), d.getSha256()));
  }

  /** One version of an edition's published plan PDF, as stored (a later change never touches an earlier version). */
  public Optional<ArchivoPlan> pdf(String folioEdicion, int version) {
    return planPublicado(folioEdicion)
        .flatMap(p -> documentos.findByPlanIdAndVersion(p.getId(), version))
        .map(d -> new ArchivoPlan(folioEdicion, d.getVersion(), d.getContenido(), d.getSha256()));
  }

  /** Every version of an edition's published plan PDF, the current (latest) first; empty when not published. */
  public List<Documento> documentos(String folioEdicion) {
    return planPublicado(folioEdicion)
        .map(p -> documentos.resumenes(p.getId()).stream().map(r -> new Documento(r.version(), r.sha256(), r.tamanio(), plazos.dia(r.generado()))).toList())
        .orElse(List.of());
  }

  private Optional<PlanAccion> planPublicado(String folioEdicion) {
    return ejercicios
        .porFolio(folioEdicion)
        .flatMap(e -> planes.findByEjercicioId(e.getId()))
        .filter(p -> p.getPublicado() != null);
  }

  /** The plan's content as the page and the PDF show it (also while it is being published). */
  PlanPublicado vista(PlanAccion plan, Documento documento) {
    Long ejercicioId = plan.getEjercicio().getId();
    List<Compromiso> lista =
        em.createQuery(
                "select distinct c from Compromiso c join fetch c.eje join fetch c.sujetoResponsable left join fetch c.hitos"
                    + " where c.ejercicio.id = :e and c.estado in :estados order by c.numero",
                Compromiso.class)
            .setParameter("e", ejercicioId)
            .setParameter("estados", EN_EL_PLAN)
            .getResultList();
    Map<String, List<CompromisoDelPlan>> porEje = new LinkedHashMap<>();
    Map<String, String> nombresEje = new HashMap<>();
    lista.stream()
        .sorted((a, b) -> a.getEje().getOrden() != b.getEje().getOrden() ? Integer.compare(a.getEje().getOrden(), b.getEje().getOrden()) : Integer.compare(a.getNumero(), b.getNumero()))
        .forEach(
            c -> {
              nombresEje.put(c.getEje().getClave(), c.getEje().getNombre());
              porEje.computeIfAbsent(c.getEje().getClave(), k -> new ArrayList<>()).add(delPlan(c));
            });
    Optional<Convocatoria> convocatoria = ejercicios.convocatoria(ejercicioId);
    return new PlanPublicado(
        plan.getEjercicio().getFolio(),
        plan.getEjercicio().getAnio(),
        plazos.dia(plan.getFirmado()),
        plazos.dia(plan.getPublicado()),
        convocatoria.map(Convocatoria::getFechaInicioPlan).orElse(null),
        convocatoria.map(Convocatoria::getFechaFinPlan).orElse(null),
        lista.size(),
        (int) lista.stream().map(c -> c.getSujetoResponsable().getId()).distinct().count(),
        porEje.entrySet().stream().map(e -> new EjeDelPlan(e.getKey(), nombresEje.get(e.getKey()), e.getValue())).toList(),
        documento);
  }

  private static CompromisoDelPlan delPlan(Compromiso c) {
    List<HitoDelPlan> hitos = new ArrayList<>();
    for (Hito h : c.getHitos()) {
      hitos.add(new HitoDelPlan(hitos.size() + 1, ocultar(h.getDescripcion()), ocultar(h.getProductoEsperado()), h.getFechaInicio(), h.getFechaFin()));
    }
    return new CompromisoDelPlan(
        c.getFolio(),
        c.getTitulo(),
        c.getSujetoResponsable().getNombre(),
        c.getSujetoResponsable().getSiglas(),
        c.getFechaInicio(),
        c.getFechaFin(),
        ocultar(c.getProblema()),
        ocultar(c.getDescripcion()),
        valores(c.getValores()),
        ocultar(c.getOtrosActores()),
        hitos);
  }

  /** The ids and folios of the commitments of an edition's plan (published or being published). */
  public List<Long> delPlan(Long ejercicioId) {
    return em.createQuery("select c.id from Compromiso c where c.ejercicio.id = :e and c.estado in :estados order by c.numero", Long.class)
        .setParameter("e", ejercicioId)
        .setParameter("estados", EN_EL_PLAN)
        .getResultList();
  }

  static List<ValorGobiernoAbierto> valores(String valores) {
    if (valores == null || valores.isBlank()) {
      return List.of();
    }
    return Arrays.stream(valores.split(",")).map(String::trim).map(ValorGobiernoAbierto::valueOf).sorted().toList();
  }
}
