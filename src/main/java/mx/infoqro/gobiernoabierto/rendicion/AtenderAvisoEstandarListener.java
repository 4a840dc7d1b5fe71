package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn.*;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import mx.infoqro.gobiernoabierto.rendicion.AvisosCadencia.Nivel;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AtenderAvisoEstandar: shows the warning; once acknowledged, the level becomes the one
 * acknowledged (no new task until it worsens or, cured, falls again).
 */
@Component("atenderAvisoEstandarListener")
class AtenderAvisoEstandarListener extends ListenerFormulario<FormularioAtenderAvisoEstandar> {

  private final VigilanciaEstandares vigilancia;
  private final Auditoria auditoria;

  AtenderAvisoEstandarListener(VigilanciaEstandares vigilancia, Auditoria auditoria) {
    super(FormularioAtenderAvisoEstandar.class);
    this.vigilancia = vigilancia;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAtenderAvisoEstandar prellenar(DelegateTask tarea) {
    return vigilancia.formulario(VariablesProceso.id(tarea, VAR_EJERCICIO_ID), (String) tarea.getVariable(VAR_ESTANDAR),
        EvaluarEstandarDelegate.nivel(tarea, VAR_NIVEL));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAtenderAvisoEstandar f) {
    Nivel nivel = EvaluarEstandarDelegate.nivel(tarea, VAR_NIVEL);
    vigilancia.atender(VariablesProceso.id(tarea, VAR_EJERCICIO_ID), (String) tarea.getVariable(VAR_ESTANDAR), nivel, f,
        auditoria.actor(tarea));
    tarea.getExecution().setVariable(VAR_NIVEL_RECONOCIDO, nivel.name());
  }
}
