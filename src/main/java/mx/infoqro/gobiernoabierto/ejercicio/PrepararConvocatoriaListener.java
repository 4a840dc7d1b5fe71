package mx.infoqro.gobiernoabierto.ejercicio;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_PrepararConvocatoria: shows the call as it stands (with the Pleno's observations when it
 * came back); hands comision's edition to the service, which validates the timeline and sends the
 * call to the Pleno.
 */
@Component("prepararConvocatoriaListener")
class PrepararConvocatoriaListener extends ListenerFormulario<FormularioPrepararConvocatoria> {

  private final ConvocatoriaService convocatorias;
  private final Auditoria auditoria;

  PrepararConvocatoriaListener(ConvocatoriaService convocatorias, Auditoria auditoria) {
    super(FormularioPrepararConvocatoria.class);
    this.convocatorias = convocatorias;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioPrepararConvocatoria prellenar(DelegateTask tarea) {
    return convocatorias.vistaPreparacion(EjercicioBpmn.ejercicioId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioPrepararConvocatoria f) {
    convocatorias.guardar(EjercicioBpmn.ejercicioId(tarea), f.convocatoria(), auditoria.actor(tarea));
  }
}
