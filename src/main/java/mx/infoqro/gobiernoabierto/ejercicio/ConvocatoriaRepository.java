package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConvocatoriaRepository extends JpaRepository<Convocatoria, Long> {
  Optional<Convocatoria> findByEjercicioId(Long ejercicioId);
}
