package mx.infoqro.gobiernoabierto.ejercicio;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.*;

import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of {@code ejercicio-gobierno-abierto}: thin glue from the model to the
 * feature services, one bean per activity, named as the model's delegate expressions name them.
 */
@Configuration
class EjercicioDelegates {

  private static Long ejercicioId(DelegateExecution execution) {
    return (Long) execution.getVariable(VAR_EJERCICIO_ID);
  }

  @Bean
  JavaDelegate publicarConvocatoriaDelegate(
      ConvocatoriaService convocatorias, GobiernoAbiertoProperties propiedades, Plazos plazos) {
    return execution -> {
      Convocatoria c = convocatorias.publicar(ejercicioId(execution));
      execution.setVariable(VAR_FECHA_INICIO_COCREACION, plazos.inicioDelDia(c.getFechaInicioCocreacion()));
      execution.setVariable(VAR_FECHA_INICIO_PLAN, plazos.inicioDelDia(c.getFechaInicioPlan()));
      execution.setVariable(VAR_FECHA_CIERRE_REGISTRO, convocatorias.cierreRegistro(c));
      execution.setVariable(
          VAR_FECHA_RECORDATORIO_REGISTRO,
          convocatorias.recordatorioRegistro(c, propiedades.diasRecordatorioRegistro()));
    };
  }

  @Bean
  JavaDelegate cerrarEjercicioDelegate(EjercicioService ejercicios) {
    return execution -> ejercicios.cerrar(ejercicioId(execution));
  }

  /** Moves the edition to the phase that starts at the current activity or flow. */
  @Bean
  ExecutionListener faseEjercicioListener(EjercicioService ejercicios) {
    return execution -> {
      String elemento =
          execution.getCurrentTransitionId() != null
              ? execution.getCurrentTransitionId()
              : execution.getCurrentActivityId();
      FaseEjercicio fase = FASE_POR_ELEMENTO.get(elemento);
      if (fase == null) {
        throw new IllegalStateException("No phase is mapped to element " + elemento);
      }
      ejercicios.cambiarFase(ejercicioId(execution), fase);
    };
  }
}
