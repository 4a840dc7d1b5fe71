package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process facade of the co-creation tables: the only place of this feature that talks to the
 * engine's runtime (the edition process starts {@code mesa-cocreacion} as a call activity).
 */
@Component
class MesaProcesos {

  private final RuntimeService runtimeService;

  MesaProcesos(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Whether the table's co-creation instance is running. */
  boolean enCocreacion(Mesa mesa) {
    return runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(mesa.getFolio())
            .variableValueEquals(VAR_MESA_ID, mesa.getId())
            .count()
        > 0;
  }

  /**
   * Hands a proposal received on the portal to the table's instance (message {@value
   * MesaBpmn#MESSAGE_PROPUESTA_PORTAL}), in the transaction that stored it; the proposal's id
   * lives only in the event sub-process it starts.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void propuestaRecibida(Mesa mesa, Long propuestaId) {
    runtimeService
        .createMessageCorrelation(MESSAGE_PROPUESTA_PORTAL)
        .processInstanceBusinessKey(mesa.getFolio())
        .processInstanceVariableEquals(VAR_MESA_ID, mesa.getId())
        .setVariableToTriggeredScope(VAR_PROPUESTA_PORTAL_ID, propuestaId)
        .correlate();
  }
}
