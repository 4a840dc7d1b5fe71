package mx.infoqro.gobiernoabierto.gestion;

import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only queries of the decision log for the staff page (the log itself is append-only). */
interface RegistrosAuditoria extends Repository<RegistroDecision, Long>, JpaSpecificationExecutor<RegistroDecision> {

  @Query("select distinct r.entidad from RegistroDecision r order by r.entidad")
  List<String> entidades();

  @Query("select distinct r.decision from RegistroDecision r order by r.decision")
  List<String> decisiones();
}
