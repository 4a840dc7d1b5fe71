package mx.infoqro.gobiernoabierto.rendicion;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Vigilancia de los estándares ({@code VigilanciaEstandaresBpmn.KEY}): a new process whose first
 * model is version 1. No release deployed it before, so no instance has version 0; the step
 * completes the chain of versions every process keeps from 0 (ModelosTest) and moves nothing. The
 * editions already in implementation get their instance from {@link VigilanciaAlArrancar}.
 */
@Component
class VigilanciaEstandaresMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return VigilanciaEstandaresBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
