package mx.infoqro.gobiernoabierto.sujeto;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SujetoObligadoRepository extends JpaRepository<SujetoObligado, Long> {
  Optional<SujetoObligado> findByClave(String clave);

  List<SujetoObligado> findByActivoTrueOrderByNombre();
}
