package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PropuestaRepository extends JpaRepository<Propuesta, Long> {
  List<Propuesta> findByMesaIdOrderById(Long mesaId);

  /** The proposals taken into a commitment (with their table and session, no further query each). */
  @EntityGraph(attributePaths = {"mesa", "sesion", "fusionadaCon"})
  List<Propuesta> findByCompromisoIdOrderById(Long compromisoId);
}
