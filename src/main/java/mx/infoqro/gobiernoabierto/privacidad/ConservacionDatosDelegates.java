package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.ConservacionDatosProcess.VAR_ANONIMIZADOS;
import static mx.infoqro.gobiernoabierto.privacidad.ConservacionDatosProcess.VAR_EDICIONES;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegate of {@code conservacion-datos}. */
@Configuration
class ConservacionDatosDelegates {

  /** Task_AnonimizarDatosVencidos (async): one call, the counts as output variables. */
  @Bean
  JavaDelegate anonimizarDatosVencidosDelegate(ConservacionDatosService servicio) {
    return ejecucion -> {
      ConservacionDatosService.Resultado r = servicio.anonimizarVencidos();
      ejecucion.setVariable(VAR_EDICIONES, r.ediciones());
      ejecucion.setVariable(VAR_ANONIMIZADOS, r.anonimizados());
    };
  }
}
