package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Mesa de co-creación ({@code MesaBpmn.KEY}): from the model deployed before version tags (release 0.3.0)
 * to version 1. Before version tags the model had older bean names in its expressions; no activity id changed.
 */
@Component
class MesaCocreacionMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return MesaBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
