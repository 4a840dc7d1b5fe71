package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_PrepararInformeFinal of the edition: opens the report (or a first draft with the edition's
 * figures) and the Pleno's observations when it was returned; on complete stores it.
 */
@Component("prepararInformeFinalListener")
class PrepararInformeFinalListener implements TaskListener {

  private final InformeFinalService informes;
  private final ConsultaEjercicios ejercicios;
  private final Auditoria auditoria;

  PrepararInformeFinalListener(InformeFinalService informes, ConsultaEjercicios ejercicios, Auditoria auditoria) {
    this.informes = informes;
    this.ejercicios = ejercicios;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long id = (Long) tarea.getVariable(VAR_EJERCICIO_ID);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      tarea.setVariableLocal("informeFinal", informes.borrador(id));
      tarea.setVariableLocal("observacionesPleno", ejercicios.ejercicio(id).getObservacionesInforme());
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      informes.guardar(id, texto(tarea, "informeFinal"), auditoria.actor(tarea));
    }
  }
}
