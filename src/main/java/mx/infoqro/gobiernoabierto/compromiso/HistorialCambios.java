package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.compromiso.CampoCambio.Campo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of a commitment's changes (issue #28): its current version and when it was
 * last changed, and every decided request (approved, with the version it produced, or rejected with
 * its public reason), field by field before and after; of a request still under review only that
 * it exists and since when (its content is not decided, so not public). Contact data in the texts
 * is masked as on every public page; who decided is the body (STL, Pleno), not the person.
 */
@Service
public class HistorialCambios {

  private static final Set<Estado> DECIDIDOS = Set.of(Estado.APROBADO, Estado.RECHAZADO);

  /**
   * A commitment's versions and decided changes, the latest first.
   *
   * @param aprobado the day version 1 was approved in the plan (null if unknown)
   * @param enRevision the day the request under review was made, null when none is open
   */
  public record Historial(int version, LocalDate modificado, LocalDate aprobado, LocalDate enRevision, List<CambioPublico> cambios) {}

  /** One decided request; {@code version} null when rejected. */
  public record CambioPublico(Integer version, boolean aprobado, boolean pleno, LocalDate solicitado, LocalDate decidido,
      String justificacion, String evidencias, String motivoRechazo, List<CampoPublico> campos) {}

  /** One changed field: {@code campo} names it (messages {@code rendicion.cambio.campo.<campo>}), {@code hito} the milestone's text. */
  public record CampoPublico(Campo campo, String hito, String antes, String despues) {

    /** Whether its values are dates (ISO text). */
    public boolean fecha() {
      return campo == Campo.HITO_FECHA_INICIO || campo == Campo.HITO_FECHA_FIN;
    }

    /** Whether both values are free text of the same field, so comparing them word by word makes sense. */
    public boolean textoComparable() {
      return antes != null && despues != null && !fecha()
          && campo != Campo.SUJETO_RESPONSABLE && campo != Campo.HITO_RETIRADO && campo != Campo.HITO_NUEVO;
    }

    public LocalDate fechaAntes() {
      return fecha() && antes != null ? LocalDate.parse(antes) : null;
    }

    public LocalDate fechaDespues() {
      return fecha() && despues != null ? LocalDate.parse(despues) : null;
    }
  }

  /**
   * One changed field of a decided request of a published plan's commitment, as the open data
   * lists it ({@code version} null when rejected).
   */
  public record FilaCambio(String edicion, String folioCompromiso, Integer version, boolean aprobado, boolean pleno,
      CampoPublico campo, String justificacion, LocalDate solicitado, LocalDate decidido, String motivoRechazo) {}

  private final CompromisoRepository compromisos;
  private final CambioCompromisoRepository cambios;
  private final EntityManager em;
  private final Plazos plazos;

  HistorialCambios(CompromisoRepository compromisos, CambioCompromisoRepository cambios, EntityManager em, Plazos plazos) {
    this.compromisos = compromisos;
    this.cambios = cambios;
    this.em = em;
    this.plazos = plazos;
  }

  @Transactional(readOnly = true)
  public Historial de(Long compromisoId) {
    Compromiso c = compromisos.findById(compromisoId).orElseThrow();
    List<CambioPublico> decididos = cambios.findByCompromisoIdOrderBySolicitado(compromisoId).stream()
        .filter(k -> DECIDIDOS.contains(k.getEstado()))
        .sorted(Comparator.comparing(CambioCompromiso::getDecidido).thenComparing(CambioCompromiso::getId).reversed())
        .map(this::publico)
        .toList();
    LocalDate enRevision = cambios.findByAbiertoCompromisoId(compromisoId).map(k -> plazos.dia(k.getSolicitado())).orElse(null);
    return new Historial(c.getVersion(), plazos.dia(c.getModificado()), plazos.dia(c.getAprobado()), enRevision, decididos);
  }

  /**
   * Every changed field of every decided request on a commitment of a published plan, by edition
   * (latest first), commitment, decision and field: one query.
   */
  @Transactional(readOnly = true)
  public List<FilaCambio> todos() {
    return em.createQuery(
            "select c.ejercicio.folio, c.folio, k.version, k.estado, k.decididoPleno, k.justificacion, k.solicitado, k.decidido,"
                + " k.motivoRechazo, f.campo, h.descripcion, f.valorAnterior, f.valorNuevo"
                + " from CampoCambio f join f.cambio k join k.compromiso c left join f.hito h"
                + " where k.estado in :decididos and c.estado in :estados"
                + " and c.ejercicio.id in (select p.ejercicio.id from PlanAccion p where p.publicado is not null)"
                + " order by c.ejercicio.anio desc, c.numero, k.decidido, k.id, f.orden",
            Object[].class)
        .setParameter("decididos", DECIDIDOS)
        .setParameter("estados", PlanesPublicados.EN_EL_PLAN)
        .getResultList()
        .stream()
        .map(
            f -> new FilaCambio(
                (String) f[0], (String) f[1], (Integer) f[2], f[3] == Estado.APROBADO, f[4] != null, campo((Campo) f[9],
                (String) f[10], (String) f[11], (String) f[12]), ocultar((String) f[5]), plazos.dia((Instant) f[6]),
                plazos.dia((Instant) f[7]), ocultar((String) f[8])))
        .toList();
  }

  private CambioPublico publico(CambioCompromiso k) {
    boolean aprobado = k.getEstado() == Estado.APROBADO;
    return new CambioPublico(
        k.getVersion(), aprobado, k.getDecididoPleno() != null, plazos.dia(k.getSolicitado()), plazos.dia(k.getDecidido()),
        ocultar(k.getJustificacion()), ocultar(k.getEvidencias()), ocultar(k.getMotivoRechazo()),
        k.getCampos().stream()
            .map(f -> campo(f.getCampo(), f.getHito() == null ? null : f.getHito().getDescripcion(), f.getValorAnterior(), f.getValorNuevo()))
            .toList());
  }

  /** A field as the public reads it: a new milestone in words, the milestone named except for a new one, contact data masked. */
  private static CampoPublico campo(Campo campo, String hito, String antes, String despues) {
    if (campo == Campo.HITO_NUEVO) {
      ReglasCambio.HitoNuevo h = ReglasCambio.hitoNuevo(despues);
      despues = h.descripcion() + (h.productoEsperado() == null ? "" : " (" + h.productoEsperado() + ")")
          + (h.fechaInicio() == null ? "" : "; " + h.fechaInicio()) + " → " + h.fechaFin();
    }
    return new CampoPublico(campo, campo == Campo.HITO_NUEVO ? null : ocultar(hito), ocultar(antes), ocultar(despues));
  }
}
