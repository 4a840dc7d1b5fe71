package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Cambio a un compromiso ({@link CambioCompromisoBpmn#KEY}): a new process whose first model is
 * version 1. No release deployed it before, so no instance has version 0; the step completes the
 * chain of versions every process keeps from 0 (ModelosTest) and moves nothing.
 */
@Component
class CambioCompromisoMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return CambioCompromisoBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
