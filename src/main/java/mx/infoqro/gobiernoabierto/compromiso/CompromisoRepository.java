package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompromisoRepository extends JpaRepository<Compromiso, Long> {
  List<Compromiso> findByEjercicioIdOrderByNumero(Long ejercicioId);

  List<Compromiso> findByEjercicioIdAndEstadoOrderByNumero(Long ejercicioId, EstadoCompromiso estado);

  List<Compromiso> findByMesaIdOrderByNumero(Long mesaId);

  Optional<Compromiso> findByFolio(String folio);

  List<Compromiso> findByEstadoOrderByFolio(EstadoCompromiso estado);

  @org.springframework.data.jpa.repository.Query("select coalesce(max(c.numero), 0) from Compromiso c where c.ejercicio.id = :ejercicioId")
  int ultimoNumero(Long ejercicioId);
}
