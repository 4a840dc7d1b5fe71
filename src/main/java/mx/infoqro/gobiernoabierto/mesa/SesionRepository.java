package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SesionRepository extends JpaRepository<Sesion, Long> {
  List<Sesion> findByMesaIdOrderByNumero(Long mesaId);
}
