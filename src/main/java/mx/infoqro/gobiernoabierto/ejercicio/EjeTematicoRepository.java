package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EjeTematicoRepository extends JpaRepository<EjeTematico, Long> {
  Optional<EjeTematico> findByClave(String clave);

  List<EjeTematico> findByActivoTrueOrderByOrden();
}
