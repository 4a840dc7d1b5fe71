package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia.EstadoArchivo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArchivoEvidenciaRepository extends JpaRepository<ArchivoEvidencia, String> {

  List<ArchivoEvidencia> findByReporteIdAndEstadoNotOrderBySubido(Long reporteId, EstadoArchivo estado);

  List<ArchivoEvidencia> findTop20ByEstadoOrderBySubido(EstadoArchivo estado);

  long countByEstado(EstadoArchivo estado);

  @Query("select coalesce(sum(a.tamanio), 0) from ArchivoEvidencia a where a.reporteId = ?1 and a.estado <> ?2")
  long sumaTamanios(Long reporteId, EstadoArchivo estado);
}
