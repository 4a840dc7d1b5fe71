package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipanteRepository extends JpaRepository<Participante, Long> {
  // Addresses are stored as ReglasRegistro.normalizarCorreo writes them (trimmed, lower case) and
  // looked up the same way: an equality the indexes on correo serve, not a scan of upper(correo).

  Optional<Participante> findByEjercicioIdAndCorreo(Long ejercicioId, String correoNormalizado);

  /** Every participant with this address, in any edition (ARCO rights act on all of them). */
  List<Participante> findByCorreoOrderByIdAsc(String correoNormalizado);

  /** A person with this address (in any edition) who opposed the commission's communications. */
  Optional<Participante> findFirstByCorreoAndNoContactarIsNotNullOrderByIdAsc(String correoNormalizado);
}
