package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CambioCompromisoRepository extends JpaRepository<CambioCompromiso, Long> {
  Optional<CambioCompromiso> findByAbiertoCompromisoId(Long compromisoId);

  List<CambioCompromiso> findByCompromisoIdOrderBySolicitado(Long compromisoId);
}
