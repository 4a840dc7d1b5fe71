package mx.infoqro.gobiernoabierto.sujeto;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SujetoObligadoRepository extends JpaRepository<SujetoObligado, Long> {
  Optional<SujetoObligado> findByClave(String clave);

  /** The agencies a registrant can choose (every form request): JPQL, translated once (see ConvocatoriaRepository). */
  @Query("select s from SujetoObligado s where s.activo = true order by s.nombre")
  List<SujetoObligado> findByActivoTrueOrderByNombre();

  /**
   * The ids of the active agencies (every registration's check): ids only, so the registration's
   * transaction does not hold, and dirty-check at its commit, an entity per agency.
   */
  @Query("select s.id from SujetoObligado s where s.activo = true")
  List<Long> idsActivos();
}
