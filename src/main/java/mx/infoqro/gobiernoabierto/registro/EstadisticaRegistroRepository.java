package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EstadisticaRegistroRepository extends JpaRepository<EstadisticaRegistro, Long> {
  List<EstadisticaRegistro> findByEjercicioIdOrderByDimensionAscPersonasDescCategoriaAsc(Long ejercicioId);

  boolean existsByEjercicioId(Long ejercicioId);
}
