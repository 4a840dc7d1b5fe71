package mx.infoqro.gobiernoabierto.privacidad;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Conservación de datos personales ({@code ConservacionDatosBpmn.KEY}): from the model deployed before version tags (release 0.3.0)
 * to version 1. The model did not change but for its version tag.
 */
@Component
class ConservacionDatosMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return ConservacionDatosBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
