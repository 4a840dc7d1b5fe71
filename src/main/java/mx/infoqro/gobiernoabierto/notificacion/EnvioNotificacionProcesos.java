package mx.infoqro.gobiernoabierto.notificacion;

import static mx.infoqro.gobiernoabierto.notificacion.EnvioNotificacionBpmn.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The process facade of the outbox: the only place that starts {@code envio-notificacion}, for a message whose first attempt failed (see {@link DespachoCorreos}). */
@Component
class EnvioNotificacionProcesos {

  private final RuntimeService runtimeService;

  EnvioNotificacionProcesos(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Starts the delivery process of message {@code id} after its first attempt failed, in the
   * transaction that records that attempt.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void iniciar(Long id) {
    runtimeService.startProcessInstanceByKey(KEY, claveNegocio(id), Variables.putValue(VAR_NOTIFICACION_ID, id));
  }
}
