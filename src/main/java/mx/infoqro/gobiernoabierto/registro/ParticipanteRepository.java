package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipanteRepository extends JpaRepository<Participante, Long> {
  Optional<Participante> findByEjercicioIdAndCorreoIgnoreCase(Long ejercicioId, String correo);

  /** Every participant with this address, in any edition (ARCO rights act on all of them). */
  List<Participante> findByCorreoIgnoreCaseOrderByIdAsc(String correo);

  /** A person with this address (in any edition) who opposed the commission's communications. */
  Optional<Participante> findFirstByCorreoIgnoreCaseAndNoContactarIsNotNullOrderByIdAsc(String correo);
}
