package mx.infoqro.gobiernoabierto.notificacion;

import mx.infoqro.gobiernoabierto.actualizacion.MigracionProceso;
import org.springframework.stereotype.Component;

/**
 * Envío de una notificación ({@code EnvioNotificacionBpmn.KEY}): from the model deployed before version tags (release 0.3.0)
 * to version 1. Before version tags the model received every message; since the outbox's dispatcher only a message whose first
 * attempt failed starts it. No activity id changed.
 */
@Component
class EnvioNotificacionMigracionV1 implements MigracionProceso {

  @Override
  public String proceso() {
    return EnvioNotificacionBpmn.KEY;
  }

  @Override
  public int desde() {
    return 0;
  }
}
