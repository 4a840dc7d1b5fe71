package mx.infoqro.gobiernoabierto.seguimiento;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Seguimiento de un compromiso ({@code SeguimientoBpmn.KEY}), version 1 to 2: the forms "Reportar
 * el avance" and "Verificar la evidencia" link to the report's evidence files. Forms are bound to
 * their model's deployment, so a waiting task shows the new forms only once its instance moves; no
 * activity, timer or variable changed.
 */
@Component
class SeguimientoCompromisoMigracionV2 implements MigracionProceso {

  @Override
  public String proceso() {
    return SeguimientoBpmn.KEY;
  }

  @Override
  public int desde() {
    return 1;
  }
}
