package mx.infoqro.gobiernoabierto.mesa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CerrarMesa: closes the table once its drafts are written. */
@Component("cerrarMesaDelegate")
class CerrarMesaDelegate implements JavaDelegate {

  private final MesaService mesaService;

  CerrarMesaDelegate(MesaService mesaService) {
    this.mesaService = mesaService;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    mesaService.cerrar(TareasMesa.mesaId(ejecucion));
  }
}
