package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoProcess.*;
import static mx.infoqro.gobiernoabierto.comun.FormularioTarea.texto;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task {@code Task_AceptarCompromiso}: the responsible agency's liaison accepts or returns it. */
@Component("aceptarCompromisoListener")
class AceptarCompromisoListener extends TareaDecisionCompromiso {

  AceptarCompromisoListener(AprobacionCompromisoService servicio, Auditoria auditoria) {
    super(servicio, auditoria, VAR_DECISION_ENLACE);
  }

  @Override
  protected void alCompletar(DelegateTask tarea, Long compromisoId, String usuario) {
    servicio.decidirAceptacion(
        compromisoId, texto(tarea, VAR_DECISION_ENLACE), texto(tarea, CAMPO_OBSERVACIONES), usuario);
  }
}
