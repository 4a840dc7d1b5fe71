package mx.infoqro.gobiernoabierto.ejercicio;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PublicarConvocatoria (async): publishes the approved call and writes the dates of its
 * timeline that the model's timers and due dates read.
 */
@Component("publicarConvocatoriaDelegate")
class PublicarConvocatoriaDelegate implements JavaDelegate {

  private final ConvocatoriaService convocatorias;

  PublicarConvocatoriaDelegate(ConvocatoriaService convocatorias) {
    this.convocatorias = convocatorias;
  }

  @Override
  public void execute(DelegateExecution ejecucion) {
    ConvocatoriaService.Calendario calendario = convocatorias.publicar(ejercicioId(ejecucion));
    ejecucion.setVariable(VAR_FECHA_INICIO_COCREACION, calendario.inicioCocreacion());
    ejecucion.setVariable(VAR_FECHA_INICIO_PLAN, calendario.inicioPlan());
    ejecucion.setVariable(VAR_FECHA_CIERRE_REGISTRO, calendario.cierreRegistro());
    ejecucion.setVariable(VAR_FECHA_RECORDATORIO_REGISTRO, calendario.recordatorioRegistro());
  }
}
