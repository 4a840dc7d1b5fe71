package mx.infoqro.gobiernoabierto.ejercicio;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Ejercicio de Gobierno Abierto ({@code EjercicioBpmn.KEY}): from the model deployed before version tags (release 0.3.0)
 * to version 1. Before version tags the model had no joining gateways before the preparation of the call and of the final
 * report (added as {@code Gateway_ConvocatoriaEnPreparacion} and {@code Gateway_InformeEnPreparacion}; no instance waits on
 * a gateway) and older bean names in its expressions; every other activity kept its id.
 */
@Component
class EjercicioMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return EjercicioBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
