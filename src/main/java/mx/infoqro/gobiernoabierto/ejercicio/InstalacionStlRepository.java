package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstalacionStlRepository extends JpaRepository<InstalacionStl, Long> {
  Optional<InstalacionStl> findByEjercicioId(Long ejercicioId);
}
