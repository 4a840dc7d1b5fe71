package mx.infoqro.gobiernoabierto.compromiso;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentoPlanRepository extends JpaRepository<DocumentoPlan, Long> {

  Optional<DocumentoPlan> findFirstByPlanIdOrderByVersionDesc(Long planId);

  boolean existsByPlanId(Long planId);

  /** What the page says of the latest version, without reading the PDF's bytes. */
  @Query(
      "select new mx.infoqro.gobiernoabierto.compromiso.ResumenDocumentoPlan(d.version, d.sha256, d.tamanio, d.generado)"
          + " from DocumentoPlan d where d.plan.id = :planId order by d.version desc limit 1")
  Optional<ResumenDocumentoPlan> resumen(Long planId);

  /** Every version of a plan's PDF, the latest first, without their bytes. */
  @Query(
      "select new mx.infoqro.gobiernoabierto.compromiso.ResumenDocumentoPlan(d.version, d.sha256, d.tamanio, d.generado)"
          + " from DocumentoPlan d where d.plan.id = :planId order by d.version desc")
  List<ResumenDocumentoPlan> resumenes(Long planId);

  Optional<DocumentoPlan> findByPlanIdAndVersion(Long planId, int version);
}

/** The latest version of a plan's PDF, without its bytes. */
record ResumenDocumentoPlan(int version, String sha256, long tamanio, Instant generado) {}
