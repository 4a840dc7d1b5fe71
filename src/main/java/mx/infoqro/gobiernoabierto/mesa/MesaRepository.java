package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MesaRepository extends JpaRepository<Mesa, Long> {
  List<Mesa> findByEjercicioIdOrderById(Long ejercicioId);

  Optional<Mesa> findByFolio(String folio);
}
