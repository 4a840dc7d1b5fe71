package mx.infoqro.gobiernoabierto.ejercicio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConvocatoriaRepository extends JpaRepository<Convocatoria, Long> {
  Optional<Convocatoria> findByEjercicioId(Long ejercicioId);

  /**
   * The call in the given state of the most recent edition (the portal's current edition). Looked
   * up on every request of the registration form: written in JPQL, whose translation Hibernate
   * keeps, where a derived query is translated again on each call (docs/rendimiento.md, "What profiling B2 found");
   * the edition is fetched in the same statement (the one-to-one would cost a second select).
   */
  @Query("select c from Convocatoria c join fetch c.ejercicio e where c.estado = :estado order by e.anio desc limit 1")
  Optional<Convocatoria> findFirstByEstadoOrderByEjercicioAnioDesc(Convocatoria.EstadoConvocatoria estado);

  List<Convocatoria> findByEstadoOrderByEjercicioAnioDesc(Convocatoria.EstadoConvocatoria estado);
}
