package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluacionRepository extends JpaRepository<Evaluacion, Long> {
  Optional<Evaluacion> findByCompromisoId(Long compromisoId);
}
