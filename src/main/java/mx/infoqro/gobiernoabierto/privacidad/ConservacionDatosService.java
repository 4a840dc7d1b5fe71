package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.ConservacionDatosBpmn.*;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of personal data: participants are kept only for the period the privacy notice states
 * after their edition closes, then anonymised with the same code as an ARCO cancellation.
 */
@Service
@Transactional
public class ConservacionDatosService {

  /** What one run did (counts only, no names). */
  public record Resultado(long ediciones, long anonimizados) {}

  private final EntityManager em;
  private final AnonimizacionParticipante anonimizacion;
  private final ConservacionDatos conservacion;
  private final Plazos plazos;
  private final Auditoria auditoria;

  ConservacionDatosService(
      EntityManager em,
      AnonimizacionParticipante anonimizacion,
      ConservacionDatos conservacion,
      Plazos plazos,
      Auditoria auditoria) {
    this.em = em;
    this.anonimizacion = anonimizacion;
    this.conservacion = conservacion;
    this.plazos = plazos;
    this.auditoria = auditoria;
  }

  /**
   * Task_AnonimizarDatosVencidos: anonymises every participant not yet anonymised of the editions
   * closed before now minus the retention period, and records one entry of the run in the
   * decision log with the counts.
   */
  public Resultado anonimizarVencidos() {
    Instant limite = ReglasConservacion.limite(plazos.ahora(), conservacion.getConservacion());
    List<Participante> vencidos =
        em.createQuery(
                "select p from Participante p where p.ejercicio.cerrado is not null and p.ejercicio.cerrado < :limite"
                    + " and lower(p.correo) not like :anonimo order by p.id",
                Participante.class)
            .setParameter("limite", limite)
            .setParameter("anonimo", "%" + ReglasArco.DOMINIO_ANONIMO)
            .getResultList();
    vencidos.forEach(anonimizacion::anonimizar);
    long ediciones =
        em.createQuery("select count(e) from Ejercicio e where e.cerrado is not null and e.cerrado < :limite", Long.class)
            .setParameter("limite", limite)
            .getSingleResult();
    auditoria.registrar(folio(plazos.hoy()), ENTIDAD, null, DATOS_ANONIMIZADOS, Auditoria.SISTEMA,
        Mensajes.texto(
            "privacidad.auditoria.conservacion",
            String.valueOf(vencidos.size()),
            String.valueOf(ediciones),
            plazos.dia(limite).toString(),
            conservacion.getConservacion().toString()));
    return new Resultado(ediciones, vencidos.size());
  }
}
