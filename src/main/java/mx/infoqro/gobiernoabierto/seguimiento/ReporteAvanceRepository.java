package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReporteAvanceRepository extends JpaRepository<ReporteAvance, Long> {
  List<ReporteAvance> findByCompromisoIdOrderByPeriodo(Long compromisoId);
}
