package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.siNo;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task {@code Task_RevisarCompromisoStl}: the STL's review of the draft against the criteria. */
@Component("revisarCompromisoStlListener")
class RevisarCompromisoStlListener extends TareaDecisionCompromiso {

  private static final String[] CRITERIOS = {
    CAMPO_ESPECIFICO, CAMPO_VERIFICABLE, CAMPO_RELEVANTE, CAMPO_HITOS_CON_FECHAS, CAMPO_CON_SUJETO_RESPONSABLE
  };

  RevisarCompromisoStlListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    super(servicio, auditoria, VAR_DECISION_STL);
  }

  @Override
  protected void alCrear(DelegateTask tarea) {
    for (String criterio : CRITERIOS) {
      tarea.setVariableLocal(criterio, false);
    }
  }

  @Override
  protected void alCompletar(DelegateTask tarea, Long compromisoId, String usuario) {
    servicio.revisarStl(
        compromisoId,
        new RevisionStl(
            texto(tarea, VAR_DECISION_STL),
            marcado(tarea, CAMPO_ESPECIFICO),
            marcado(tarea, CAMPO_VERIFICABLE),
            marcado(tarea, CAMPO_RELEVANTE),
            marcado(tarea, CAMPO_HITOS_CON_FECHAS),
            marcado(tarea, CAMPO_CON_SUJETO_RESPONSABLE),
            texto(tarea, CAMPO_OBSERVACIONES)),
        usuario);
  }

  private static boolean marcado(DelegateTask tarea, String campo) {
    return Boolean.TRUE.equals(siNo(tarea, campo));
  }
}
