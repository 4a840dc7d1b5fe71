package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReporteAvanceRepository extends JpaRepository<ReporteAvance, Long> {
  List<ReporteAvance> findByCompromisoIdOrderByPeriodo(Long compromisoId);

  /** The report, its row locked until the transaction ends (uploads to one report one at a time). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from ReporteAvance r where r.id = ?1")
  Optional<ReporteAvance> bloquear(Long id);
}
