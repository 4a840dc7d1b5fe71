package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.ListenerFormulario;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AtenderSolicitudArco: shows the request; hands the staff's decision to the service and
 * writes the new deadline of an extension into the process (the task's due date and reminder).
 */
@Component("atenderSolicitudArcoListener")
class AtenderSolicitudArcoListener extends ListenerFormulario<FormularioAtenderSolicitudArco> {

  private final AtencionArco atencion;
  private final Auditoria auditoria;

  AtenderSolicitudArcoListener(AtencionArco atencion, Auditoria auditoria) {
    super(FormularioAtenderSolicitudArco.class);
    this.atencion = atencion;
    this.auditoria = auditoria;
  }

  @Override
  protected FormularioAtenderSolicitudArco prellenar(DelegateTask tarea) {
    return atencion.vista(solicitudId(tarea));
  }

  @Override
  protected void completar(DelegateTask tarea, FormularioAtenderSolicitudArco f) {
    atencion
        .atender(solicitudId(tarea), f, auditoria.actor(tarea))
        .ifPresent(
            prorroga -> {
              tarea.getExecution().setVariable(VAR_VENCIMIENTO, prorroga.vencimiento());
              tarea.getExecution().setVariable(VAR_RECORDATORIO, prorroga.recordatorio());
            });
  }
}
