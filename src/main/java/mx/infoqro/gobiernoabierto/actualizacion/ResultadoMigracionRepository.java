package mx.infoqro.gobiernoabierto.actualizacion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultadoMigracionRepository extends JpaRepository<ResultadoMigracion, Long> {
  List<ResultadoMigracion> findByEjecucionIdOrderById(Long ejecucionId);
}
