package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EjercicioRepository extends JpaRepository<Ejercicio, Long> {
  Optional<Ejercicio> findByFolio(String folio);

  Optional<Ejercicio> findByAnio(int anio);

  Optional<Ejercicio> findFirstByOrderByAnioDesc();
}
