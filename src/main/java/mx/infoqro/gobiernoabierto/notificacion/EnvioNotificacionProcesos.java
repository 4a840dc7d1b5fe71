package mx.infoqro.gobiernoabierto.notificacion;

import static mx.infoqro.gobiernoabierto.notificacion.EnvioNotificacionProcess.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The process facade of the outbox: the only place that starts {@code envio-notificacion}. */
@Component
class EnvioNotificacionProcesos {

  private final RuntimeService runtimeService;

  EnvioNotificacionProcesos(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts the delivery of a message just written to the outbox, in the same transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void iniciar(Notificacion notificacion) {
    runtimeService.startProcessInstanceByKey(
        KEY, claveNegocio(notificacion.getId()), Variables.putValue(VAR_NOTIFICACION_ID, notificacion.getId()));
  }
}
