package mx.infoqro.gobiernoabierto.infraestructura;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's own metrics for Prometheus ({@code /actuator/prometheus}), beside what Spring
 * Boot measures by itself (HTTP requests {@code http_server_requests_*}, the connection pool
 * {@code hikaricp_*}, the JVM):
 *
 * <ul>
 *   <li>{@code camunda_job_executor_total{evento=...}}: jobs acquired, executed, failed, rejected
 *       by this node's job executor (the engine's own counters, as they happen);
 *   <li>{@code camunda_jobs_pendientes}: jobs due now, with retries left, waiting for a job executor
 *       (the backlog of the whole cluster);
 *   <li>{@code gobierno_abierto_correos_pendientes}: outbox messages not sent yet;
 *   <li>{@code gobierno_abierto_tareas_abiertas{grupo}} and {@code ..._tareas_vencidas{grupo}}: open
 *       user tasks a group can work, and those past their due date.
 * </ul>
 *
 * Gauges that query the database are computed at most every {@link #VIGENCIA} whatever the scrape
 * rate.
 */
@Configuration(proxyBeanMethods = false)
class MetricasOperacion {

  static final Duration VIGENCIA = Duration.ofSeconds(15);

  /** The engine's job counters, mirrored into Micrometer counters as the engine marks them. */
  static final Map<String, String> EVENTOS_JOB =
      Map.of(
          Metrics.JOB_ACQUIRED_SUCCESS, "adquirido",
          Metrics.JOB_ACQUIRED_FAILURE, "adquisicion_fallida",
          Metrics.JOB_SUCCESSFUL, "ejecutado",
          Metrics.JOB_FAILED, "fallido",
          Metrics.JOB_EXECUTION_REJECTED, "rechazado");

  @Bean
  AbstractProcessEnginePlugin metricasJobExecutor(ObjectProvider<MeterRegistry> registros) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuracion) {
        configuracion.setMetricsRegistry(new RegistroMetricasEspejo(registros));
      }
    };
  }

  /** Camunda's metrics registry that also counts the job executor's events in Micrometer. */
  static final class RegistroMetricasEspejo extends MetricsRegistry {

    private final ObjectProvider<MeterRegistry> registros;
    private final Map<String, Counter> contadores = new ConcurrentHashMap<>();

    RegistroMetricasEspejo(ObjectProvider<MeterRegistry> registros) {
      this.registros = registros;
    }

    @Override
    protected void markOccurrence(Map<String, Meter> medidores, String nombre, long veces) {
      super.markOccurrence(medidores, nombre, veces);
      String evento = EVENTOS_JOB.get(nombre);
      if (evento != null && medidores == dbMeters) {
        MeterRegistry registro = registros.getIfAvailable();
        if (registro != null) {
          contadores
              .computeIfAbsent(
                  evento,
                  e ->
                      Counter.builder("camunda.job.executor")
                          .description("Jobs of this node's job executor, by event")
                          .tag("evento", e)
                          .register(registro))
              .increment(veces);
        }
      }
    }
  }

  /** The gauges over the database, registered once the application is ready. */
  @Component
  static class Medidores {

    private final MeterRegistry registro;
    private final ManagementService management;
    private final TaskService tareas;
    private final IdentityService identidad;
    private final JdbcTemplate jdbc;
    private final Map<String, Valor> valores = new ConcurrentHashMap<>();
    private final Set<String> gruposRegistrados = ConcurrentHashMap.newKeySet();
    private volatile long tareasCalculadas;
    private volatile Map<String, long[]> tareasPorGrupo = Map.of();

    Medidores(
        MeterRegistry registro,
        ManagementService management,
        TaskService tareas,
        IdentityService identidad,
        JdbcTemplate jdbc) {
      this.registro = registro;
      this.management = management;
      this.tareas = tareas;
      this.identidad = identidad;
      this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registrar() {
      Gauge.builder("camunda.jobs.pendientes", () -> valor("jobs", () -> management.createJobQuery().executable().count()))
          .description("Jobs due now with retries left, waiting for a job executor (whole cluster)")
          .register(registro);
      Gauge.builder(
              "gobierno.abierto.correos.pendientes",
              () ->
                  valor(
                      "correos",
                      () -> jdbc.queryForObject("select count(*) from notificacion where enviada is null", Long.class)))
          .description("Outbox messages not sent yet")
          .register(registro);
      calcularTareas();
    }

    private double valor(String nombre, java.util.function.LongSupplier consulta) {
      Valor v = valores.computeIfAbsent(nombre, n -> new Valor());
      synchronized (v) {
        long ahora = System.nanoTime();
        if (v.calculado == 0 || ahora - v.calculado > VIGENCIA.toNanos()) {
          v.valor = consulta.getAsLong();
          v.calculado = ahora;
        }
        return v.valor;
      }
    }

    /** Counts per group, refreshed at most every VIGENCIA; a group seen for the first time gets its gauges. */
    private synchronized Map<String, long[]> calcularTareas() {
      long ahora = System.nanoTime();
      if (tareasCalculadas != 0 && ahora - tareasCalculadas < VIGENCIA.toNanos()) {
        return tareasPorGrupo;
      }
      Date hoy = ClockUtil.getCurrentTime();
      Map<String, long[]> nuevo = new HashMap<>();
      for (Group grupo : identidad.createGroupQuery().list()) {
        String id = grupo.getId();
        long abiertas = tareas.createTaskQuery().taskCandidateGroup(id).includeAssignedTasks().count();
        long vencidas = tareas.createTaskQuery().taskCandidateGroup(id).includeAssignedTasks().dueBefore(hoy).count();
        nuevo.put(id, new long[] {abiertas, vencidas});
      }
      tareasPorGrupo = nuevo;
      tareasCalculadas = ahora;
      for (String id : nuevo.keySet()) {
        if (gruposRegistrados.add(id)) {
          Gauge.builder("gobierno.abierto.tareas.abiertas", () -> calcularTareas().getOrDefault(id, new long[2])[0])
              .description("Open user tasks the group can work")
              .tag("grupo", id)
              .register(registro);
          Gauge.builder("gobierno.abierto.tareas.vencidas", () -> calcularTareas().getOrDefault(id, new long[2])[1])
              .description("Open user tasks of the group past their due date")
              .tag("grupo", id)
              .register(registro);
        }
      }
      return nuevo;
    }

    private static final class Valor {
      long calculado;
      double valor;
    }
  }
}
