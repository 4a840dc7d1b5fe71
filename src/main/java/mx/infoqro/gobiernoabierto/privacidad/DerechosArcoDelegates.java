package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoProcess.VAR_LIMITE_CONFIRMACION;
import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoProcess.solicitudId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code derechos-arco}: each reads the request id and calls one method. */
@Configuration
class DerechosArcoDelegates {

  /** Task_EnviarConfirmacionIdentidad (async): mails the link and sets when it expires. */
  @Bean
  JavaDelegate enviarConfirmacionArcoDelegate(DerechosArcoService servicio) {
    return ejecucion ->
        ejecucion.setVariable(VAR_LIMITE_CONFIRMACION, servicio.enviarConfirmacion(solicitudId(ejecucion)));
  }

  /** Task_CerrarSolicitudNoConfirmada: closes a request whose identity was never confirmed. */
  @Bean
  JavaDelegate cerrarSolicitudArcoNoConfirmadaDelegate(DerechosArcoService servicio) {
    return ejecucion -> servicio.cerrarNoConfirmada(solicitudId(ejecucion));
  }

  /** Task_RecordarVencimientoArco (async): reminds the data-protection staff of the deadline. */
  @Bean
  JavaDelegate recordarVencimientoArcoDelegate(DerechosArcoService servicio) {
    return ejecucion -> servicio.recordarVencimiento(solicitudId(ejecucion));
  }

  /** Task_NotificarProrrogaArco (async): tells the person of the extension. */
  @Bean
  JavaDelegate notificarProrrogaArcoDelegate(DerechosArcoService servicio) {
    return ejecucion -> servicio.notificarProrroga(solicitudId(ejecucion));
  }

  /** Task_EjercerDerechoArco (async): carries out the right on the person's data. */
  @Bean
  JavaDelegate ejercerDerechoArcoDelegate(DerechosArcoService servicio) {
    return ejecucion -> servicio.ejercer(solicitudId(ejecucion));
  }

  /** Task_EnviarRespuestaArco (async): sends the answer and closes the request. */
  @Bean
  JavaDelegate enviarRespuestaArcoDelegate(DerechosArcoService servicio) {
    return ejecucion -> servicio.enviarRespuesta(solicitudId(ejecucion));
  }
}
