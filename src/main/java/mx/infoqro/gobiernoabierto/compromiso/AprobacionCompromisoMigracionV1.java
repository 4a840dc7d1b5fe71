package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Aprobación de un compromiso ({@code AprobacionCompromisoBpmn.KEY}): from the model deployed before version tags (release 0.3.0)
 * to version 1. Before version tags the model's delegates had other bean names ({@code ${contarRondasCompromisoDelegate}} and six more,
 * kept as aliases until this step existed) and the tables' folio listener was {@code ${folioSubcasoListener}}; no activity
 * id changed, so every instance maps activity to activity and runs with the current expressions.
 */
@Component
class AprobacionCompromisoMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return AprobacionCompromisoBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
