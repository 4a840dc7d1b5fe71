package mx.infoqro.gobiernoabierto.mesa;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ResponderPropuestas: lists every proposal of the table; stores the reasoned response to each. */
@Component("responderPropuestasListener")
class ResponderPropuestasListener extends ListenerFormulario<FormularioResponderPropuestas> {

  private final RespuestasPropuestas respuestas;
  private final Auditoria auditoria;

  ResponderPropuestasListener(RespuestasPropuestas respuestas, Auditoria auditoria) {
    super(FormularioResponderPropuestas.class);
    this.respuestas = respuestas;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioResponderPropuestas prellenar(DelegateTask tarea) {
    return respuestas.formularioResponder(MesaBpmn.mesaId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioResponderPropuestas f) {
    respuestas.responderPropuestas(MesaBpmn.mesaId(tarea), f.leidas(), auditoria.actor(tarea));
  }
}
