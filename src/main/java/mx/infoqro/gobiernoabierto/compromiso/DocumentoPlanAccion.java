package mx.infoqro.gobiernoabierto.compromiso;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.compromiso.HistorialCambios.CambioPublico;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.DocumentosPdf;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's PDF, the document of record (DOMAIN.md): rendered once when the plan is
 * published, from the same data as its public page ({@link PlanesPublicados#vista}), and stored
 * with its SHA-256; afterwards it is only read, byte for byte.
 */
@Service
class DocumentoPlanAccion {

  static final String PLANTILLA = "compromiso/planAccionPdf";

  private final PlanesPublicados planes;
  private final PlanAccionRepository planesAccion;
  private final DocumentoPlanRepository documentos;
  private final DocumentosPdf pdf;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final CambiosCompromiso cambios;
  private final HistorialCambios historial;

  DocumentoPlanAccion(
      PlanesPublicados planes,
      PlanAccionRepository planesAccion,
      DocumentoPlanRepository documentos,
      DocumentosPdf pdf,
      Auditoria auditoria,
      Plazos plazos,
      CambiosCompromiso cambios,
      HistorialCambios historial) {
    this.cambios = cambios;
    this.historial = historial;
    this.planes = planes;
    this.planesAccion = planesAccion;
    this.documentos = documentos;
    this.pdf = pdf;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /**
   * Renders and stores the first version of the plan's PDF, in the publication's transaction (a
   * failure rolls the publication back and the engine retries it). Nothing happens when the plan
   * already has its document: a retried publication does not render a second, different one.
   */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void alPublicar(PlanAccionPublicado publicado) {
    PlanAccion plan = planesAccion.findById(publicado.planId()).orElseThrow();
    if (documentos.existsByPlanId(plan.getId())) {
      return;
    }
    byte[] contenido = pdf.generar(PLANTILLA, Map.of("plan", planes.vista(plan, null)));
    DocumentoPlan documento = new DocumentoPlan();
    documento.setPlan(plan);
    documento.setVersion(1);
    documento.setContenido(contenido);
    documento.setSha256(sha256(contenido));
    documento.setTamanio(contenido.length);
    documento.setGenerado(plazos.ahora().toInstant());
    documentos.save(documento);
    auditoria.registrar(
        plan.getEjercicio().getFolio(), "PlanAccion", plan.getId(), "DOCUMENTO_GENERADO", Auditoria.SISTEMA,
        "PDF del plan de acción, versión 1, SHA-256 " + documento.getSha256());
  }

  /**
   * The plan's next version after an approved change (issue #28): rendered from the current data
   * with the version number, the date of the change and its table of changes, stored with its
   * SHA-256 as the next version beside the earlier ones, which are never touched. Nothing happens
   * while the commitment's plan has no document yet (its first version, rendered at publication,
   * shows the current data).
   */
  @Transactional
  public Optional<Integer> nuevaVersion(Long cambioId) {
    CambioCompromiso cambio = cambios.cambio(cambioId);
    Compromiso c = cambio.getCompromiso();
    Optional<PlanAccion> delPlan = planesAccion.findByEjercicioId(c.getEjercicio().getId());
    Optional<DocumentoPlan> ultimo = delPlan.flatMap(p -> documentos.findFirstByPlanIdOrderByVersionDesc(p.getId()));
    if (ultimo.isEmpty()) {
      return Optional.empty();
    }
    PlanAccion plan = delPlan.orElseThrow();
    int version = ultimo.get().getVersion() + 1;
    CambioPublico publico = historial.de(c.getId()).cambios().stream()
        .filter(k -> Integer.valueOf(cambio.getVersion()).equals(k.version())).findFirst().orElseThrow();
    CambioDelPlan delCambio = new CambioDelPlan(version, c.getFolio(), c.getTitulo(), cambio.getVersion(),
        plazos.dia(cambio.getDecidido()), publico.justificacion(), publico.campos());
    byte[] contenido = pdf.generar(PLANTILLA, Map.of("plan", planes.vista(plan, null), "cambio", delCambio));
    DocumentoPlan documento = new DocumentoPlan();
    documento.setPlan(plan);
    documento.setVersion(version);
    documento.setContenido(contenido);
    documento.setSha256(sha256(contenido));
    documento.setTamanio(contenido.length);
    documento.setGenerado(plazos.ahora().toInstant());
    documentos.save(documento);
    auditoria.registrar(
        plan.getEjercicio().getFolio(), "PlanAccion", plan.getId(), "DOCUMENTO_GENERADO", Auditoria.SISTEMA,
        "PDF del plan de acción, versión " + version + " (cambio al compromiso " + c.getFolio() + ", versión "
            + cambio.getVersion() + "), SHA-256 " + documento.getSha256());
    return Optional.of(version);
  }

  static String sha256(byte[] contenido) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
