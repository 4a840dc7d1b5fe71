package mx.infoqro.gobiernoabierto.actualizacion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EjecucionMigracionRepository extends JpaRepository<EjecucionMigracion, Long> {
  Optional<EjecucionMigracion> findFirstByOrderByIdDesc();

  List<EjecucionMigracion> findByEstado(EjecucionMigracion.Estado estado);
}
