package mx.infoqro.gobiernoabierto.notificacion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox's dispatcher every {@code gobierno-abierto.correo.despacho-cada} (default one
 * second) on every node whose job executor runs: background work has one switch
 * ({@code JOB_EXECUTION}); tests, which run without the job executor, dispatch explicitly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class DespachoCorreosProgramado {

  private static final Logger LOG = LoggerFactory.getLogger(DespachoCorreosProgramado.class);

  private final DespachoCorreos despacho;

  DespachoCorreosProgramado(DespachoCorreos despacho) {
    this.despacho = despacho;
  }

  @Scheduled(
      initialDelayString = "${gobierno-abierto.correo.despacho-cada:PT1S}",
      fixedDelayString = "${gobierno-abierto.correo.despacho-cada:PT1S}")
  void despachar() {
    try {
      despacho.despachar();
    } catch (RuntimeException e) {
      // the database is unreachable, for instance: the next round tries again
      LOG.warn("No se pudo despachar la bandeja de salida: {}", e.getMessage());
    }
  }
}
