package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegranteStlRepository extends JpaRepository<IntegranteStl, Long> {
  List<IntegranteStl> findByEjercicioIdOrderById(Long ejercicioId);
}
