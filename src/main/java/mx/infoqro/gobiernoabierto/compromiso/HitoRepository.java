package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HitoRepository extends JpaRepository<Hito, Long> {
  List<Hito> findByCompromisoIdOrderByFechaFin(Long compromisoId);
}
