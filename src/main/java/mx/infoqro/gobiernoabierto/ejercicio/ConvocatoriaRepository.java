package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConvocatoriaRepository extends JpaRepository<Convocatoria, Long> {
  Optional<Convocatoria> findByEjercicioId(Long ejercicioId);

  /** The call in the given state of the most recent edition (the portal's current edition). */
  Optional<Convocatoria> findFirstByEstadoOrderByEjercicioAnioDesc(Convocatoria.EstadoConvocatoria estado);

  List<Convocatoria> findByEstadoOrderByEjercicioAnioDesc(Convocatoria.EstadoConvocatoria estado);
}
