package mx.infoqro.gobiernoabierto.auditoria;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistroDecisionRepository extends JpaRepository<RegistroDecision, Long> {
  List<RegistroDecision> findByFolioOrderByFechaAscIdAsc(String folio);

  List<RegistroDecision> findByFolioStartingWithOrderByFechaAscIdAsc(String prefijoFolio);
}
