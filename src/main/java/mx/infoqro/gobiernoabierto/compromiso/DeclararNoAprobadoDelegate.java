package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.compromisoId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DeclararNoAprobado: the commitment ends NO_APROBADO with its public reason. */
@Component("declararNoAprobadoDelegate")
class DeclararNoAprobadoDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  DeclararNoAprobadoDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    servicio.declararNoAprobado(compromisoId(ejecucion));
  }
}
