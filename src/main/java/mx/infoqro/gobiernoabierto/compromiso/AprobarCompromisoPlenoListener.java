package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task {@code Task_AprobarCompromisoPleno}: the Pleno approves the commitment or returns it. */
@Component("aprobarCompromisoPlenoListener")
class AprobarCompromisoPlenoListener extends TareaDecisionCompromiso {

  AprobarCompromisoPlenoListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    super(servicio, auditoria, VAR_DECISION_PLENO);
  }

  @Override
  protected void alCompletar(DelegateTask tarea, Long compromisoId, String usuario) {
    servicio.decidirPleno(
        compromisoId, texto(tarea, VAR_DECISION_PLENO), texto(tarea, CAMPO_OBSERVACIONES), usuario);
  }
}
