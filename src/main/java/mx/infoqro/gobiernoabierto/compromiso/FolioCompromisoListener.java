package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_COMPROMISO_ID;
import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.VAR_FOLIO_SUBCASO;

import mx.infoqro.gobiernoabierto.comun.VariablesProceso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CallActivity_AprobacionCompromiso and CallActivity_SeguimientoCompromiso: the commitment's folio
 * becomes the business key of its instance.
 */
@Component("folioCompromisoListener")
class FolioCompromisoListener implements ExecutionListener {

  private final CompromisoRepository compromisos;

  FolioCompromisoListener(CompromisoRepository compromisos) {
    this.compromisos = compromisos;
  }

  @Override
  @Transactional(readOnly = true)
  public void notify(DelegateExecution ejecucion) {
    Long compromisoId = VariablesProceso.id(ejecucion, VAR_COMPROMISO_ID);
    ejecucion.setVariableLocal(VAR_FOLIO_SUBCASO, compromisos.findById(compromisoId).orElseThrow().getFolio());
  }
}
