package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SesionStlRepository extends JpaRepository<SesionStl, Long> {
  List<SesionStl> findByEjercicioIdOrderByNumero(Long ejercicioId);

  /** Every session, by edition (most recent first) and number. */
  List<SesionStl> findAllByOrderByEjercicioAnioDescNumeroAsc();
}
