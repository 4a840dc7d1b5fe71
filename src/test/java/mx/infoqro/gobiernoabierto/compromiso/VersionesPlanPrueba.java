package mx.infoqro.gobiernoabierto.compromiso;

import java.time.Instant;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the plan's versions: stores a later version of a published plan's PDF as the
 * rendering after an approved change will (a new {@link DocumentoPlan} row, version N+1, the
 * earlier rows untouched), so the read side can be tested on its own.
 */
@Component
public class VersionesPlanPrueba {

  private final PlanAccionRepository planes;
  private final DocumentoPlanRepository documentos;
  private final TransactionTemplate tx;

  VersionesPlanPrueba(PlanAccionRepository planes, DocumentoPlanRepository documentos, TransactionTemplate tx) {
    this.planes = planes;
    this.documentos = documentos;
    this.tx = tx;
  }

  /** Stores {@code contenido} with its SHA-256 as the next version of the edition's plan PDF; returns its number. */
  public int agregarVersion(Ejercicio ejercicio, byte[] contenido, String sha256) {
    return tx.execute(
        s -> {
          PlanAccion plan = planes.findByEjercicioId(ejercicio.getId()).orElseThrow();
          DocumentoPlan d = new DocumentoPlan();
          d.setPlan(plan);
          d.setVersion(documentos.findFirstByPlanIdOrderByVersionDesc(plan.getId()).orElseThrow().getVersion() + 1);
          d.setContenido(contenido);
          d.setSha256(sha256);
          d.setTamanio(contenido.length);
          d.setGenerado(Instant.now());
          return documentos.save(d).getVersion();
        });
  }
}
