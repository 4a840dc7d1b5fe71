package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenciaRepository extends JpaRepository<Evidencia, Long> {
  List<Evidencia> findByReporteId(Long reporteId);
}
