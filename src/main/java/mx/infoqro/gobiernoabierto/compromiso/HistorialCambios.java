package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.comun.DatosContacto.ocultar;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.compromiso.CampoCambio.Campo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of a commitment's changes (issue #28): its current version and when it was
 * last changed, and every decided request (approved, with the version it produced, or rejected with
 * its public reason), field by field before and after. Contact data in the texts is masked as on
 * every public page; who decided is the body (STL, Pleno), not the person.
 */
@Service
public class HistorialCambios {

  /** A commitment's versions and decided changes, the latest first. */
  public record Historial(int version, LocalDate modificado, List<CambioPublico> cambios) {}

  /** One decided request; {@code version} null when rejected. */
  public record CambioPublico(Integer version, boolean aprobado, boolean pleno, LocalDate solicitado, LocalDate decidido,
      String justificacion, String evidencias, String motivoRechazo, List<CampoPublico> campos) {}

  /** One changed field: {@code campo} names it (messages {@code rendicion.cambio.campo.<campo>}), {@code hito} the milestone's text. */
  public record CampoPublico(Campo campo, String hito, String antes, String despues) {}

  private final CompromisoRepository compromisos;
  private final CambioCompromisoRepository cambios;
  private final Plazos plazos;

  HistorialCambios(CompromisoRepository compromisos, CambioCompromisoRepository cambios, Plazos plazos) {
    this.compromisos = compromisos;
    this.cambios = cambios;
    this.plazos = plazos;
  }

  @Transactional(readOnly = true)
  public Historial de(Long compromisoId) {
    Compromiso c = compromisos.findById(compromisoId).orElseThrow();
    List<CambioPublico> decididos = cambios.findByCompromisoIdOrderBySolicitado(compromisoId).stream()
        .filter(k -> k.getEstado() == Estado.APROBADO || k.getEstado() == Estado.RECHAZADO)
        .sorted((a, b) -> b.getDecidido().compareTo(a.getDecidido()))
        .map(this::publico)
        .toList();
    return new Historial(c.getVersion(), c.getModificado() == null ? null : plazos.dia(c.getModificado()), decididos);
  }

  private CambioPublico publico(CambioCompromiso k) {
    boolean aprobado = k.getEstado() == Estado.APROBADO;
    return new CambioPublico(
        k.getVersion(), aprobado, k.getDecididoPleno() != null, plazos.dia(k.getSolicitado()), plazos.dia(k.getDecidido()),
        ocultar(k.getJustificacion()), ocultar(k.getEvidencias()), ocultar(k.getMotivoRechazo()),
        k.getCampos().stream().map(HistorialCambios::campo).toList());
  }

  private static CampoPublico campo(CampoCambio f) {
    String despues = f.getValorNuevo();
    if (f.getCampo() == Campo.HITO_NUEVO) {
      ReglasCambio.HitoNuevo h = ReglasCambio.hitoNuevo(despues);
      despues = h.descripcion() + (h.productoEsperado() == null ? "" : " (" + h.productoEsperado() + ")")
          + (h.fechaInicio() == null ? "" : "; " + h.fechaInicio()) + " → " + h.fechaFin();
    }
    String hito = f.getHito() == null || f.getCampo() == Campo.HITO_NUEVO ? null : ocultar(f.getHito().getDescripcion());
    return new CampoPublico(f.getCampo(), hito, ocultar(f.getValorAnterior()), ocultar(despues));
  }
}
