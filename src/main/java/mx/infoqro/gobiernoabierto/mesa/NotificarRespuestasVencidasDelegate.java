package mx.infoqro.gobiernoabierto.mesa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotificarRespuestasVencidas: the deadline of the reasoned responses passed. */
@Component("notificarRespuestasVencidasDelegate")
class NotificarRespuestasVencidasDelegate implements JavaDelegate {

  private final MesaService mesaService;

  NotificarRespuestasVencidasDelegate(MesaService mesaService) {
    this.mesaService = mesaService;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    mesaService.notificarRespuestasVencidas(MesaBpmn.mesaId(ejecucion));
  }
}
