package mx.infoqro.gobiernoabierto.privacidad;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Derechos ARCO ({@code DerechosArcoBpmn.KEY}): from the model deployed before version tags (release 0.3.0)
 * to version 1. Before version tags the model had older bean names in its expressions; no activity id changed.
 */
@Component
class DerechosArcoMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return DerechosArcoBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
