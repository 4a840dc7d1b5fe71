package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IniciarRevision: round 1 of the STL review; the agency's group becomes a process variable. */
@Component("iniciarRevisionDelegate")
class IniciarRevisionDelegate implements JavaDelegate {

  private final AprobacionCompromisoService servicio;

  IniciarRevisionDelegate(AprobacionCompromisoService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    String grupo = servicio.iniciarRevision(ejercicioId(ejecucion), compromisoId(ejecucion));
    ejecucion.setVariable(VAR_GRUPO_RESPONSABLE, grupo);
  }
}
