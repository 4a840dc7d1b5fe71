package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAccionRepository extends JpaRepository<PlanAccion, Long> {
  Optional<PlanAccion> findByEjercicioId(Long ejercicioId);
}
