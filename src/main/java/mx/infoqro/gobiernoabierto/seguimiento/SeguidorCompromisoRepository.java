package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SeguidorCompromisoRepository extends JpaRepository<SeguidorCompromiso, Long> {

  Optional<SeguidorCompromiso> findFirstByCompromisoIdAndCorreoIgnoreCase(Long compromisoId, String correo);

  Optional<SeguidorCompromiso> findByTokenConfirmacionHash(String hash);

  Optional<SeguidorCompromiso> findByTokenBaja(String tokenBaja);

  List<SeguidorCompromiso> findByCompromisoIdAndEstado(Long compromisoId, SeguidorCompromiso.Estado estado);

  @Query("select s from SeguidorCompromiso s where s.compromiso.ejercicio.id = :ejercicioId and s.estado = :estado order by s.id")
  List<SeguidorCompromiso> deEjercicio(Long ejercicioId, SeguidorCompromiso.Estado estado);

  @Query("select s.compromiso.id from SeguidorCompromiso s where s.participanteId = :participanteId and s.estado = :estado")
  List<Long> compromisosDe(Long participanteId, SeguidorCompromiso.Estado estado);

  @Modifying
  @Query("delete from SeguidorCompromiso s where lower(s.correo) = lower(:correo) or s.participanteId = :participanteId")
  int borrar(String correo, Long participanteId);
}
