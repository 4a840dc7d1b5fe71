package mx.infoqro.gobiernoabierto.auditoria;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface RegistroDecisionRepository
    extends JpaRepository<RegistroDecision, Long>, JpaSpecificationExecutor<RegistroDecision> {
  List<RegistroDecision> findByFolioOrderByFechaAscIdAsc(String folio);

  List<RegistroDecision> findByFolioStartingWithOrderByFechaAscIdAsc(String prefijoFolio);

  /** The kinds of entity present in the log. */
  @Query("select distinct r.entidad from RegistroDecision r order by r.entidad")
  List<String> entidades();

  /** The decisions present in the log. */
  @Query("select distinct r.decision from RegistroDecision r order by r.decision")
  List<String> decisiones();
}
