package mx.infoqro.gobiernoabierto.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import mx.infoqro.gobiernoabierto.operacion.AplicacionExterna;
import mx.infoqro.gobiernoabierto.operacion.ConsultaSql;
import mx.infoqro.gobiernoabierto.operacion.MotorRemoto;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * B4 scale-out: nodes of the application on one (embedded) PostgreSQL work off a backlog of async
 * jobs and timers (a process with two async steps and a timer per instance, deployed for the
 * benchmark). The backlog is created while its job definitions are suspended, then activated at
 * once; the time until every instance ended gives the throughput. First one node, then two; every
 * job must have succeeded exactly once and every timer fired once (the engine's job log).
 */
@Tag("bench")
class EscalaBench {

  static final int INSTANCIAS = Integer.getInteger("bench.b4.instancias", 1000);
  private static final String CONTRASENA = "bench-admin-7Qx";

  @Test
  void twoNodesWorkOffTheBacklogFasterThanOne() throws Exception {
    Bench.encabezado("B4 scale-out (" + INSTANCIAS + " instances, 3 jobs each)");
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      AplicacionExterna a = nodo("b4-nodo-a", 18180, url).iniciar();
      AplicacionExterna b = null;
      try {
        a.esperarLista(Duration.ofMinutes(4));
        double uno = fase(a, url, 1);
        b = nodo("b4-nodo-b", 18190, url).iniciar();
        b.esperarLista(Duration.ofMinutes(4));
        double dos = fase(a, url, 2);
        Bench.informar("B4 ratio two nodes / one node: %.2f", dos / uno);
      } finally {
        a.detener();
        if (b != null) {
          b.detener();
        }
      }
    }
  }

  private AplicacionExterna nodo(String nombre, int puerto, String url) {
    return new AplicacionExterna(nombre, puerto, Bench.directorio(nombre))
        .jar(java.nio.file.Path.of(Bench.jarAplicacion()).toAbsolutePath().toString())
        .opcionesJvm(Bench.opcionesAplicacion())
        .con("SPRING_PROFILES_ACTIVE", "postgres")
        .con("DB_URL", url)
        .con("DB_USER", "postgres")
        .con("DB_PASSWORD", "")
        .con("ADMIN_PASSWORD", CONTRASENA)
        .con("MAIL_AUTH", "false")
        .con("SPRING_APPLICATION_JSON", "{\"camunda\":{\"bpm\":{\"generic-properties\":{\"properties\":{\"hostname\":\"" + nombre + "\"}}}}}");
  }

  /** Deploys a new version, builds the suspended backlog through node {@code a}, activates it, times it. */
  private double fase(AplicacionExterna a, String url, int nodos) throws Exception {
    MotorRemoto motor = new MotorRemoto(a, "admin", CONTRASENA);
    String definicion = motor.desplegarTrabajos();
    motor.suspenderTrabajos(definicion, true);
    Carga.Resultado creadas =
        Carga.medir(
            16,
            INSTANCIAS,
            600,
            n -> {
              motor.iniciar(definicion);
              return true;
            });
    assertThat(creadas.exitos()).isEqualTo(INSTANCIAS);

    long inicio = System.nanoTime();
    motor.suspenderTrabajos(definicion, false);
    long fin = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    long terminadas = 0;
    while (terminadas < INSTANCIAS && System.nanoTime() < fin) {
      Thread.sleep(250);
      terminadas = contar(url, "select count(*) from act_hi_procinst where proc_def_id_ = ? and end_time_ is not null", definicion);
    }
    double segundos = (System.nanoTime() - inicio) / 1e9;
    long exitos = contar(url, "select count(*) from act_hi_job_log where process_def_id_ = ? and job_state_ = 2", definicion);
    long repetidos =
        contar(
            url,
            "select count(*) from (select job_id_ from act_hi_job_log where process_def_id_ = ? and job_state_ = 2 group by job_id_ having count(*) > 1) d",
            definicion);
    long temporizadores =
        contar(url, "select count(*) from act_hi_job_log where process_def_id_ = ? and job_state_ = 2 and act_id_ = 'Timer_Espera'", definicion);
    long porNodo = contar(url, "select count(distinct hostname_) from act_hi_job_log where process_def_id_ = ? and job_state_ = 2", definicion);
    double porSegundo = exitos / segundos;
    Bench.informar(
        "B4 %d node(s): %d instances ended, %d jobs in %.1f s = %.1f jobs/s; jobs run twice: %d; timers fired: %d; nodes that ran jobs: %d",
        nodos, terminadas, exitos, segundos, porSegundo, repetidos, temporizadores, porNodo);
    assertThat(terminadas).isEqualTo(INSTANCIAS);
    assertThat(exitos).isEqualTo(3L * INSTANCIAS);
    assertThat(repetidos).isZero();
    assertThat(temporizadores).isEqualTo(INSTANCIAS);
    return porSegundo;
  }

  private static long contar(String url, String sql, String definicion) throws Exception {
    return ConsultaSql.contar(url, sql, definicion);
  }
}
