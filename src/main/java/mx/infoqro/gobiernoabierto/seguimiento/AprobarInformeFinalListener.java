package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.VAR_DECISION_INFORME;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AprobarInformeFinal of the edition: shows the Pleno the report; on complete hands its decision
 * (approve, or return with observations) to {@link InformeFinalService#decidir}.
 */
@Component("aprobarInformeFinalListener")
class AprobarInformeFinalListener implements TaskListener {

  private final InformeFinalService informes;
  private final Auditoria auditoria;

  AprobarInformeFinalListener(InformeFinalService informes, Auditoria auditoria) {
    this.informes = informes;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long id = (Long) tarea.getVariable(VAR_EJERCICIO_ID);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      tarea.setVariableLocal("informeFinal", informes.borrador(id));
      tarea.setVariableLocal("observaciones", null);
      // A returned report comes back here: the Pleno decides again from scratch
      tarea.getExecution().removeVariable(VAR_DECISION_INFORME);
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      informes.decidir(id, texto(tarea, VAR_DECISION_INFORME), texto(tarea, "observaciones"), auditoria.actor(tarea));
    }
  }
}
