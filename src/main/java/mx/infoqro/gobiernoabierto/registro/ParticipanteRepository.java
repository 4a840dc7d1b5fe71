package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ParticipanteRepository extends JpaRepository<Participante, Long> {
  // Addresses are stored as ReglasRegistro.normalizarCorreo writes them (trimmed, lower case) and
  // looked up the same way: an equality the indexes on correo serve, not a scan of upper(correo).
  // The two queries run on every registration and before every mail are JPQL, whose translation
  // Hibernate keeps, where a derived query is translated again on each call.

  @Query("select p from Participante p where p.ejercicio.id = :ejercicioId and p.correo = :correoNormalizado")
  Optional<Participante> findByEjercicioIdAndCorreo(Long ejercicioId, String correoNormalizado);

  /** Every participant with this address, in any edition (ARCO rights act on all of them). */
  List<Participante> findByCorreoOrderByIdAsc(String correoNormalizado);

  /**
   * A person with this address (in any edition) who opposed the commission's communications.
   * Checked before every mail, also once per recipient of a notice to a whole edition, inside the
   * transaction that loaded them: without flushing first, or each check would dirty-check everything
   * the transaction holds (a notice to n people cost n² checks). Nothing is lost: the opposition is
   * recorded by the ARCO resolution (privacidad/EjercicioDerechoArco), whose own mails are exempt
   * and which sends no other mail in its transaction.
   */
  @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
  @Query("select p from Participante p where p.correo = :correoNormalizado and p.noContactar is not null order by p.id limit 1")
  Optional<Participante> findFirstByCorreoAndNoContactarIsNotNullOrderByIdAsc(String correoNormalizado);
}
