package mx.infoqro.gobiernoabierto.infraestructura;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The antivirus of the evidence files, for operators: in readiness ({@code antivirus}, status
 * {@code DEGRADADO} while clamd does not answer or files wait in quarantine; still 200, so a node
 * without its scanner keeps serving everything else) and in Prometheus ({@code
 * gobierno_abierto_antivirus_disponible} 1/0, {@code gobierno_abierto_evidencias_cuarentena}).
 * Both are computed at most every {@link #VIGENCIA}, whatever the probe or scrape rate.
 */
@Component("antivirus")
class SaludAntivirus implements HealthIndicator {

  /** Up, but the evidence uploads wait for the antivirus. */
  static final Status DEGRADADO = new Status("DEGRADADO", "Antivirus no disponible o archivos en cuarentena");

  static final Duration VIGENCIA = Duration.ofSeconds(15);

  private final ArchivosEvidencia archivos;
  private final MeterRegistry registro;
  private volatile long calculado;
  private volatile boolean disponible;
  private volatile long cuarentena;

  SaludAntivirus(ArchivosEvidencia archivos, MeterRegistry registro) {
    this.archivos = archivos;
    this.registro = registro;
  }

  @EventListener(ApplicationReadyEvent.class)
  void registrarMedidores() {
    Gauge.builder("gobierno.abierto.antivirus.disponible", () -> actualizar().disponible ? 1 : 0)
        .description("Whether clamd answers (1) or not (0)")
        .register(registro);
    Gauge.builder("gobierno.abierto.evidencias.cuarentena", () -> actualizar().cuarentena)
        .description("Evidence files waiting for the antivirus (not public)")
        .register(registro);
  }

  @Override
  public Health health() {
    actualizar();
    return Health.status(disponible && cuarentena == 0 ? Status.UP : DEGRADADO)
        .withDetail("clamd", disponible)
        .withDetail("cuarentena", cuarentena)
        .build();
  }

  private synchronized SaludAntivirus actualizar() {
    long ahora = System.nanoTime();
    if (calculado == 0 || ahora - calculado > VIGENCIA.toNanos()) {
      disponible = archivos.antivirusDisponible();
      cuarentena = archivos.enCuarentena();
      calculado = ahora;
    }
    return this;
  }
}
