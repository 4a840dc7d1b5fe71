package mx.infoqro.gobiernoabierto.registro;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EnlaceParticipanteRepository extends JpaRepository<EnlaceParticipante, Long> {
  Optional<EnlaceParticipante> findByTokenHash(String tokenHash);

  @Modifying
  @Query("delete from EnlaceParticipante e where e.participante.id = :participanteId")
  int borrarDe(Long participanteId);
}
