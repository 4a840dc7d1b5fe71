package mx.infoqro.gobiernoabierto.gestion;

import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only queries of the mail outbox for the staff page. */
interface CorreosBandeja extends Repository<Notificacion, Long>, JpaSpecificationExecutor<Notificacion> {

  Optional<Notificacion> findById(Long id);

  @Query("select distinct n.tipo from Notificacion n order by n.tipo")
  List<String> tipos();
}
