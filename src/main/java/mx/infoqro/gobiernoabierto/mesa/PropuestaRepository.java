package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PropuestaRepository extends JpaRepository<Propuesta, Long> {
  List<Propuesta> findByMesaIdOrderById(Long mesaId);
}
