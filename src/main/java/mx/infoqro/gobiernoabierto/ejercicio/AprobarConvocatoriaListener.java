package mx.infoqro.gobiernoabierto.ejercicio;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AprobarConvocatoria: shows the call comision sent; hands the Pleno's decision and
 * observations to the service (the decision itself reaches the process for the gateway).
 */
@Component("aprobarConvocatoriaListener")
class AprobarConvocatoriaListener extends ListenerFormulario<FormularioAprobarConvocatoria> {

  private final ConvocatoriaService convocatorias;
  private final Auditoria auditoria;

  AprobarConvocatoriaListener(ConvocatoriaService convocatorias, Auditoria auditoria) {
    super(FormularioAprobarConvocatoria.class);
    this.convocatorias = convocatorias;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAprobarConvocatoria prellenar(DelegateTask tarea) {
    return convocatorias.vistaAprobacion(EjercicioBpmn.ejercicioId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAprobarConvocatoria f) {
    convocatorias.decidir(
        EjercicioBpmn.ejercicioId(tarea), f.decisionConvocatoria(), f.observaciones(), auditoria.actor(tarea));
  }
}
