package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.ConservacionDatosBpmn.VAR_ANONIMIZADOS;
import static mx.infoqro.gobiernoabierto.privacidad.ConservacionDatosBpmn.VAR_EDICIONES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AnonimizarDatosVencidos (async) of {@code conservacion-datos}: one run, its counts as output variables. */
@Component("anonimizarDatosVencidosDelegate")
class AnonimizarDatosVencidosDelegate implements JavaDelegate {

  private final ConservacionDatosService servicio;

  AnonimizarDatosVencidosDelegate(ConservacionDatosService servicio) {
    this.servicio = servicio;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ConservacionDatosService.Resultado r = servicio.anonimizarVencidos();
    ejecucion.setVariable(VAR_EDICIONES, r.ediciones());
    ejecucion.setVariable(VAR_ANONIMIZADOS, r.anonimizados());
  }
}
