package mx.infoqro.gobiernoabierto.compromiso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests of commitments in implementation (issue #28): asked by the agency's liaison or
 * the commission, one open at a time per commitment; returned, rejected or approved by the STL (and
 * the Pleno when the rule says so); applied in the approving transaction as the commitment's next
 * version ({@link AplicacionCambios}), the previous one kept whole in {@link VersionCompromiso}. The follow-up reads the
 * milestones' dates from the tables, so a moved date, a removed milestone and the verified
 * percentages show at once.
 */
@Service
public class CambiosCompromiso {

  public static final String ENTIDAD = "CambioCompromiso";

  /** The decision table (processes/) that says whether a change the STL approved goes to the Pleno. */
  public static final String DECISION_PLENO = "cambio-compromiso-pleno";

  private final CompromisoRepository compromisos;
  private final CambioCompromisoRepository cambios;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final DecisionService decisiones;
  private final AplicacionCambios aplicacion;

  CambiosCompromiso(CompromisoRepository compromisos, CambioCompromisoRepository cambios, SujetoObligadoService sujetos,
      Auditoria auditoria, Plazos plazos, DecisionService decisiones, AplicacionCambios aplicacion) {
    this.compromisos = compromisos;
    this.cambios = cambios;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.plazos = plazos;
    this.decisiones = decisiones;
    this.aplicacion = aplicacion;
  }

  /** Records a request of {@code usuario} (member of {@code grupos}) on the commitment {@code folio}. */
  @Transactional
  public CambioCompromiso solicitar(String folio, String usuario, Collection<String> grupos, SolicitudCambio s) {
    Compromiso c = compromisos.findByFolio(folio == null ? "" : folio.strip())
        .orElseThrow(() -> ValidacionException.enCampo("folio", "cambio.folio-desconocido", folio));
    ReglasCambio.puedeSolicitar(c, grupos);
    cambios.findByAbiertoCompromisoId(c.getId()).ifPresent(abierta -> {
      throw ValidacionException.de("cambio.solicitud-abierta", c.getFolio(), plazos.dia(abierta.getSolicitado()));
    });
    CambioCompromiso cambio = new CambioCompromiso();
    cambio.setCompromiso(c);
    cambio.setAbiertoCompromisoId(c.getId());
    cambio.setSolicitante(usuario);
    cambio.setSolicitado(plazos.instante());
    llenar(cambio, s);
    cambio = cambios.saveAndFlush(cambio);
    auditoria.registrar(c.getFolio(), ENTIDAD, cambio.getId(), "SOLICITADO", usuario, cambio.getJustificacion());
    return cambio;
  }

  /** The requester's corrected request after a return: its changes replaced, back to the STL. */
  @Transactional
  public CambioCompromiso corregir(Long cambioId, String usuario, SolicitudCambio s) {
    CambioCompromiso cambio = abierto(cambioId);
    cambio.getCampos().clear();
    cambios.flush();
    llenar(cambio, s);
    cambio.setEstado(Estado.EN_REVISION_STL);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "CORREGIDO", usuario, cambio.getJustificacion());
    return cambio;
  }

  /** The STL returns it with observations; the number of returns so far. */
  @Transactional
  public int devolver(Long cambioId, String usuario, String observaciones) {
    CambioCompromiso cambio = abierto(cambioId);
    ReglasCambio.puedeDevolver(cambio.getDevoluciones(), observaciones);
    cambio.setEstado(Estado.DEVUELTO);
    cambio.setObservaciones(observaciones);
    cambio.setDevoluciones(cambio.getDevoluciones() + 1);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "DEVUELTO", usuario, observaciones);
    return cambio.getDevoluciones();
  }

  /** Rejected (by the STL or the Pleno) with a public reason: it ends, the commitment unchanged. */
  @Transactional
  public void rechazar(Long cambioId, String usuario, String motivo) {
    CambioCompromiso cambio = abierto(cambioId);
    if (motivo == null || motivo.isBlank()) {
      throw ValidacionException.enCampo("motivo", "cambio.motivo-rechazo-requerido");
    }
    cambio.setEstado(Estado.RECHAZADO);
    cambio.setMotivoRechazo(motivo.strip());
    cambio.terminar(plazos.instante());
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "RECHAZADO", usuario, motivo);
  }

  /**
   * The STL approves it: applied now, or on to the Pleno when the rule {@link #DECISION_PLENO} says
   * so for its changes; returns whether it goes to the Pleno.
   */
  @Transactional
  public boolean aprobarStl(Long cambioId, String usuario) {
    CambioCompromiso cambio = abierto(cambioId);
    boolean requierePleno = Boolean.TRUE.equals(
        decisiones.evaluateDecisionTableByKey(DECISION_PLENO, Map.of(
                "alcance", ReglasCambio.cambiaAlcance(cambio.getCampos()),
                "responsable", ReglasCambio.cambiaResponsable(cambio.getCampos())))
            .getSingleResult().getEntry("pleno"));
    cambio.setDecididoStl(usuario);
    cambio.setRequierePleno(requierePleno);
    auditoria.registrar(cambio.getCompromiso().getFolio(), ENTIDAD, cambioId, "APROBADO_STL", usuario, null);
    if (requierePleno) {
      cambio.setEstado(Estado.EN_APROBACION_PLENO);
    } else {
      aplicacion.aplicar(cambio, usuario);
    }
    return requierePleno;
  }

  /** The Pleno approves it: applied now. */
  @Transactional
  public void aprobarPleno(Long cambioId, String usuario) {
    CambioCompromiso cambio = abierto(cambioId);
    cambio.setDecididoPleno(usuario);
    aplicacion.aplicar(cambio, usuario);
  }

  @Transactional(readOnly = true)
  public CambioCompromiso cambio(Long cambioId) {
    CambioCompromiso cambio = cambios.findById(cambioId).orElseThrow();
    cambio.getCampos().size();
    return cambio;
  }

  private void llenar(CambioCompromiso cambio, SolicitudCambio s) {
    Compromiso c = cambio.getCompromiso();
    SujetoObligado nuevoSujeto = s.sujetoResponsable() == null || s.sujetoResponsable().isBlank() ? null
        : sujetos.porClave(s.sujetoResponsable().strip())
            .orElseThrow(() -> ValidacionException.enCampo("sujetoResponsable", "cambio.sujeto-desconocido", s.sujetoResponsable()));
    List<CampoCambio> campos = ReglasCambio.cambios(c, s, nuevoSujeto);
    cambio.setJustificacion(s.justificacion().strip());
    cambio.setEvidencias(s.evidencias() == null || s.evidencias().isBlank() ? null : s.evidencias().strip());
    campos.forEach(cambio::agregarCampo);
  }

  private CambioCompromiso abierto(Long cambioId) {
    CambioCompromiso cambio = cambios.findById(cambioId).orElseThrow();
    if (!cambio.abierto()) {
      throw ValidacionException.de("cambio.concluido", cambio.getCompromiso().getFolio());
    }
    return cambio;
  }


}
