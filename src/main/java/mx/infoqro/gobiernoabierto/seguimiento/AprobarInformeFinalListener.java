package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_EJERCICIO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AprobarInformeFinal of the edition: shows the Pleno the report, with no decision (a returned
 * report is decided anew); hands its decision (approve, or return with observations) to {@link
 * InformeFinalService#decidir}.
 */
@Component("aprobarInformeFinalListener")
class AprobarInformeFinalListener extends ListenerFormulario<FormularioAprobarInformeFinal> {

  private final InformeFinalService informes;
  private final Auditoria auditoria;

  AprobarInformeFinalListener(InformeFinalService informes, Auditoria auditoria) {
    super(FormularioAprobarInformeFinal.class);
    this.informes = informes;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAprobarInformeFinal prellenar(DelegateTask tarea) {
    return new FormularioAprobarInformeFinal(informes.borrador(VariablesProceso.id(tarea, VAR_EJERCICIO_ID)), null, null);
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAprobarInformeFinal f) {
    informes.decidir(
        VariablesProceso.id(tarea, VAR_EJERCICIO_ID), f.decisionInforme(), f.observaciones(), auditoria.actor(tarea));
  }
}
