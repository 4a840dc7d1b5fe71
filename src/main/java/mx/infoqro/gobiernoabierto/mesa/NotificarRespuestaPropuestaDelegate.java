package mx.infoqro.gobiernoabierto.mesa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotificarRespuestaPropuesta: tells the author of a portal proposal its reasoned response. */
@Component("notificarRespuestaPropuestaDelegate")
class NotificarRespuestaPropuestaDelegate implements JavaDelegate {

  private final MesaService mesaService;

  NotificarRespuestaPropuestaDelegate(MesaService mesaService) {
    this.mesaService = mesaService;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    mesaService.notificarRespuesta(((Number) ejecucion.getVariable(MesaProcess.VAR_PROPUESTA_PORTAL_ID)).longValue());
  }
}
