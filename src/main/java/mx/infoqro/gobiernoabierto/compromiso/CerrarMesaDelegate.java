package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.mesa.MesaService;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CerrarMesa of the table: closes it once its drafts are written, saying how many there are. */
@Component("cerrarMesaDelegate")
class CerrarMesaDelegate implements JavaDelegate {

  private final MesaService mesaService;
  private final RedaccionCompromisos redaccion;

  CerrarMesaDelegate(MesaService mesaService, RedaccionCompromisos redaccion) {
    this.mesaService = mesaService;
    this.redaccion = redaccion;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    Long mesaId = MesaBpmn.mesaId(ejecucion);
    mesaService.cerrar(mesaId, redaccion.borradores(mesaId));
  }
}
