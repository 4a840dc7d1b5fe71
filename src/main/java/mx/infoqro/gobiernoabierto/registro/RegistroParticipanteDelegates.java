package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteProcess.registroId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code registro-participante}: each reads the registration id and calls one method. */
@Configuration
class RegistroParticipanteDelegates {

  /** Task_NotificarResultadoValidacion (async): tells the liaison comision's decision. */
  @Bean
  JavaDelegate notificarValidacionEnlaceDelegate(RegistroService servicio) {
    return ejecucion -> servicio.notificarValidacion(registroId(ejecucion));
  }

  /** Task_RegistrarEnlaceSinValidar: the window closed before the validation; logs that it does not count. */
  @Bean
  JavaDelegate registrarEnlaceSinValidarDelegate(RegistroService servicio) {
    return ejecucion -> servicio.registrarSinValidar(registroId(ejecucion));
  }
}
