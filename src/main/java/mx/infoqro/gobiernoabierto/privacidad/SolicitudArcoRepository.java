package mx.infoqro.gobiernoabierto.privacidad;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolicitudArcoRepository extends JpaRepository<SolicitudArco, Long> {
  Optional<SolicitudArco> findByToken(String token);

  Optional<SolicitudArco> findByFolio(String folio);

  long countByFolioStartingWith(String prefijo);

  /** A request whose id comes from the engine or from our own rows: it exists. */
  default SolicitudArco porId(Long id) {
    return findById(id).orElseThrow(() -> new IllegalArgumentException("SolicitudArco " + id));
  }
}
