package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionCompromisoRepository extends JpaRepository<VersionCompromiso, Long> {
  List<VersionCompromiso> findByCompromisoIdOrderByNumero(Long compromisoId);

  boolean existsByCompromisoIdAndNumero(Long compromisoId, int numero);
}
