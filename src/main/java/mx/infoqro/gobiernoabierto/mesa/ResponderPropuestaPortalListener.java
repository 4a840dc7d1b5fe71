package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas.Respuesta;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ResponderPropuestaPortal: shows the proposal received on the portal (read-only); stores the
 * reasoned response through the same rule as Task_ResponderPropuestas. The task goes to the table's
 * facilitator when it has one ({@link Facilitacion}, in the model).
 */
@Component("responderPropuestaPortalListener")
class ResponderPropuestaPortalListener extends ListenerFormulario<FormularioResponderPropuestaPortal> {

  private final RespuestasPropuestas respuestas;
  private final Auditoria auditoria;

  ResponderPropuestaPortalListener(RespuestasPropuestas respuestas, Auditoria auditoria) {
    super(FormularioResponderPropuestaPortal.class);
    this.respuestas = respuestas;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioResponderPropuestaPortal prellenar(DelegateTask tarea) {
    return respuestas.formularioResponderPortal(MesaBpmn.mesaId(tarea), MesaBpmn.propuestaPortalId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioResponderPropuestaPortal f) {
    respuestas.responderPropuesta(
        MesaBpmn.mesaId(tarea),
        new Respuesta(MesaBpmn.propuestaPortalId(tarea), f.decision(), f.razon(), f.fusionadaCon()),
        auditoria.actor(tarea));
  }
}
