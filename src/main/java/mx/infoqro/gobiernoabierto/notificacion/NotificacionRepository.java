package mx.infoqro.gobiernoabierto.notificacion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificacionRepository extends JpaRepository<Notificacion, Long> {
  List<Notificacion> findByFolioOrderById(String folio);

  List<Notificacion> findByFolioAndTipo(String folio, String tipo);
}
