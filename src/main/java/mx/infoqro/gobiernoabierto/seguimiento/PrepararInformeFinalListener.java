package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_PrepararInformeFinal of the edition: opens the report (or a first draft with the edition's
 * figures) and the Pleno's observations when it returned it; stores the report submitted.
 */
@Component("prepararInformeFinalListener")
class PrepararInformeFinalListener extends ListenerFormulario<FormularioPrepararInformeFinal> {

  private final InformeFinalService informes;
  private final Auditoria auditoria;

  PrepararInformeFinalListener(InformeFinalService informes, Auditoria auditoria) {
    super(FormularioPrepararInformeFinal.class);
    this.informes = informes;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioPrepararInformeFinal prellenar(DelegateTask tarea) {
    return informes.formularioPreparar(VariablesProceso.id(tarea, VAR_EJERCICIO_ID));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioPrepararInformeFinal f) {
    informes.guardar(VariablesProceso.id(tarea, VAR_EJERCICIO_ID), f.informeFinal(), auditoria.actor(tarea));
  }
}
