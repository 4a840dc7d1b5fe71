package mx.infoqro.gobiernoabierto.ejercicio;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioProcess.*;

import mx.infoqro.gobiernoabierto.compromiso.PlanAccionService;
import mx.infoqro.gobiernoabierto.mesa.ConformacionMesasService;
import mx.infoqro.gobiernoabierto.registro.RegistroService;
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
  JavaDelegate recordarRegistroDelegate(ConvocatoriaService convocatorias) {
    return execution -> convocatorias.recordarCierreRegistro(ejercicioId(execution));
  }

  @Bean
  JavaDelegate cerrarRegistroDelegate(RegistroService registros) {
    return execution -> registros.cerrar(ejercicioId(execution));
  }

  @Bean
  JavaDelegate conformarMesasDelegate(ConformacionMesasService conformacion) {
    return execution -> execution.setVariable(VAR_MESA_IDS, conformacion.conformar(ejercicioId(execution)));
  }

  @Bean
  JavaDelegate reunirBorradoresDelegate(PlanAccionService planes) {
    return execution -> execution.setVariable(VAR_COMPROMISO_IDS, planes.borradores(ejercicioId(execution)));
  }

  @Bean
  JavaDelegate integrarPlanAccionDelegate(PlanAccionService planes) {
    return execution ->
        execution.setVariable(VAR_COMPROMISOS_APROBADOS_IDS, planes.integrar(ejercicioId(execution)));
  }

  @Bean
  JavaDelegate publicarPlanAccionDelegate(PlanAccionService planes) {
    return execution -> planes.publicar(ejercicioId(execution));
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

  /** Sets the business key of the sub-case a call-activity instance starts (its folio). */
  @Bean
  ExecutionListener folioSubcasoListener(FoliosSubcaso folios) {
    return execution -> {
      String folio =
          CALL_MESAS.equals(execution.getCurrentActivityId())
              ? folios.mesa((Long) execution.getVariable(VAR_MESA_ID))
              : folios.compromiso((Long) execution.getVariable(VAR_COMPROMISO_ID));
      execution.setVariableLocal(VAR_FOLIO_SUBCASO, folio);
    };
  }
}
