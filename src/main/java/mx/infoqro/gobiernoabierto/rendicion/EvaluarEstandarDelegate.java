package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn.*;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import mx.infoqro.gobiernoabierto.rendicion.AvisosCadencia.Nivel;
import mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandares.Revision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluarEstandar: judges the subprocess instance's standard and writes, local to that
 * instance (the three standards run side by side), its level, whether to warn, the levels kept and
 * the next review's date.
 */
@Component("evaluarEstandarDelegate")
class EvaluarEstandarDelegate implements JavaDelegate {

  private final VigilanciaEstandares vigilancia;

  EvaluarEstandarDelegate(VigilanciaEstandares vigilancia) {
    this.vigilancia = vigilancia;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Revision r = vigilancia.revisar(VariablesProceso.id(ejecucion, VAR_EJERCICIO_ID), (String) ejecucion.getVariable(VAR_ESTANDAR),
        nivel(ejecucion, VAR_NIVEL_RECONOCIDO), nivel(ejecucion, VAR_NIVEL_AVISADO));
    ejecucion.setVariableLocal(VAR_NIVEL, r.decision().nivel().name());
    ejecucion.setVariableLocal(VAR_AVISAR_COMISION, r.decision().tarea());
    ejecucion.setVariableLocal(VAR_NIVEL_RECONOCIDO, r.decision().reconocido().name());
    ejecucion.setVariableLocal(VAR_NIVEL_AVISADO, r.decision().avisado().name());
    ejecucion.setVariableLocal(VAR_PROXIMA_REVISION, r.proximaRevision());
  }

  /** A level kept in the instance ({@code NINGUNO} before the first review). */
  static Nivel nivel(VariableScope ambito, String variable) {
    Object valor = ambito.getVariable(variable);
    return valor == null ? Nivel.NINGUNO : Nivel.valueOf((String) valor);
  }
}
