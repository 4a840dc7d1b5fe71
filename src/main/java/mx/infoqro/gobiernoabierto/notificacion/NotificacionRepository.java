package mx.infoqro.gobiernoabierto.notificacion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface NotificacionRepository extends JpaRepository<Notificacion, Long>, JpaSpecificationExecutor<Notificacion> {
  List<Notificacion> findByFolioOrderById(String folio);

  List<Notificacion> findByFolioAndTipo(String folio, String tipo);

  /** The kinds of message present in the outbox. */
  @Query("select distinct n.tipo from Notificacion n order by n.tipo")
  List<String> tipos();
}
