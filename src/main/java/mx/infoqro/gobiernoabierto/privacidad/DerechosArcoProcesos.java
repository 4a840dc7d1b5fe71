package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import java.util.Date;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process facade of the ARCO requests: the only place that starts {@code derechos-arco} and
 * correlates its identity confirmation.
 */
@Component
class DerechosArcoProcesos {

  private final RuntimeService runtimeService;

  DerechosArcoProcesos(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts the request's process (it mails the confirmation link), in the reception's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void iniciar(SolicitudArco solicitud) {
    runtimeService.startProcessInstanceByKey(KEY, solicitud.getFolio(), Variables.putValue(VAR_SOLICITUD_ID, solicitud.getId()));
  }

  /**
   * The person confirmed their identity: the process moves on to the staff's task with the legal
   * deadline and its reminder. Returns false when the process does not wait for it yet (its first
   * step, the mail, has not run).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean identidadConfirmada(String folio, Date vencimiento, Date recordatorio) {
    try {
      runtimeService
          .createMessageCorrelation(MENSAJE_IDENTIDAD_CONFIRMADA)
          .processInstanceBusinessKey(folio)
          .setVariable(VAR_VENCIMIENTO, vencimiento)
          .setVariable(VAR_RECORDATORIO, recordatorio)
          .correlate();
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }
}
