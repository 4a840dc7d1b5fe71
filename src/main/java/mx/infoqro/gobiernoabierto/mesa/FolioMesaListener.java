package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_FOLIO_SUBCASO;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_MESA_ID;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** CallActivity_MesaCocreacion: the table's folio becomes the business key of its instance. */
@Component("folioMesaListener")
class FolioMesaListener implements ExecutionListener {

  private final MesaRepository mesas;

  FolioMesaListener(MesaRepository mesas) {
    this.mesas = mesas;
  }

  @Override
  @Transactional(readOnly = true)
  public void notify(DelegateExecution ejecucion) {
    Long mesaId = VariablesProceso.id(ejecucion, VAR_MESA_ID);
    ejecucion.setVariableLocal(VAR_FOLIO_SUBCASO, mesas.findById(mesaId).orElseThrow().getFolio());
  }
}
