package mx.infoqro.gobiernoabierto.compromiso;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
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

  DocumentoPlanAccion(
      PlanesPublicados planes,
      PlanAccionRepository planesAccion,
      DocumentoPlanRepository documentos,
      DocumentosPdf pdf,
      Auditoria auditoria,
      Plazos plazos) {
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

  static String sha256(byte[] contenido) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
