package mx.infoqro.gobiernoabierto.actualizacion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstanciaNoMigradaRepository extends JpaRepository<InstanciaNoMigrada, Long> {
  List<InstanciaNoMigrada> findByEjecucionIdOrderById(Long ejecucionId);
}
