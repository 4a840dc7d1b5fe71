package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistroRepository extends JpaRepository<Registro, Long> {
  List<Registro> findByEjercicioId(Long ejercicioId);

  Optional<Registro> findByParticipanteId(Long participanteId);
}
