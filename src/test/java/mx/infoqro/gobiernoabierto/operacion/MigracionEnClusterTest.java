package mx.infoqro.gobiernoabierto.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The migration at start as a cluster meets it, on an embedded PostgreSQL with nodes in processes
 * of their own: a node killed with SIGKILL in the middle of a run leaves every instance on its old
 * definition or on its new one, never between; then two nodes started at the same moment finish
 * the run once (one migrates the rest, the other finds nothing left), with the same tasks and the
 * same timers as before. The job executor is off, so nothing but the migration moves the instances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigracionEnClusterTest {

  /** Instances of the follow-up process seeded beside the demo's. */
  private static final int SEMBRADAS = 300;

  /**
   * The follow-up's jobs: id, activity, due date and what they do. An asynchronous continuation
   * created by a start instruction ({@code activity-start-create-scope}) becomes, once migrated, the
   * usual one before the same activity ({@code transition-create-scope}): the same job.
   */
  private static final String TRABAJOS =
      "select j.id_, coalesce(d.act_id_, '-') || ' ' || coalesce(cast(j.duedate_ as varchar), '-') || ' '"
          + " || case when j.handler_cfg_ in ('activity-start-create-scope', 'transition-create-scope') then 'antes-de-la-actividad'"
          + " else coalesce(j.handler_cfg_, '') end"
          + " from act_ru_job j left join act_ru_jobdef d on d.id_ = j.job_def_id_"
          + " where j.process_def_key_ = '" + MotorRemoto.SEGUIMIENTO + "'";

  private final Path directorio = Path.of("target", "migracion-cluster-" + System.nanoTime());
  private EmbeddedPostgres pg;
  private GreenMail correo;
  private String url;
  private AplicacionExterna a;
  private AplicacionExterna b;
  private String anterior;
  private String nueva;
  private Map<String, String> trabajosAntes;
  private Map<String, String> tareasAntes;
  private long instancias;

  @BeforeAll
  void sembrarYRedesplegar() throws Exception {
    pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    url = pg.getJdbcUrl("postgres", "postgres");
    correo = new GreenMail(new ServerSetup(18171, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    correo.start();
    a = DosNodosTest.nodo("nodo-a", 18172, directorio, url, 18171).con("JOB_EXECUTION", "false");
    b = DosNodosTest.nodo("nodo-b", 18173, directorio, url, 18171).con("JOB_EXECUTION", "false");
    a.iniciar().esperarLista(Duration.ofMinutes(6));
    MotorRemoto motor = new MotorRemoto(a, "admin", "admin");
    anterior = motor.ultimaDefinicion(MotorRemoto.SEGUIMIENTO);
    ExecutorService hilos = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> hechas = new ArrayList<>();
      for (int n = 0; n < SEMBRADAS; n++) {
        int i = n;
        hechas.add(hilos.submit(() -> {
          motor.sembrarSeguimiento(anterior, i);
          return null;
        }));
      }
      for (Future<?> f : hechas) {
        f.get();
      }
    } finally {
      hilos.shutdown();
    }
    nueva = motor.redesplegar(MotorRemoto.SEGUIMIENTO);
    a.detener();
    instancias = filas("select count(*) from act_ru_execution where proc_def_id_ = '" + anterior + "' and id_ = proc_inst_id_");
    assertThat(instancias).as("instances waiting on the earlier definition").isGreaterThanOrEqualTo(SEMBRADAS);
    trabajosAntes = pares(TRABAJOS);
    tareasAntes = pares("select id_, task_def_key_ || ' ' || coalesce(assignee_, '-') from act_ru_task where proc_def_id_ = '" + anterior + "'");
    assertThat(trabajosAntes).isNotEmpty();
    assertThat(tareasAntes).isNotEmpty();
  }

  @AfterAll
  void detener() {
    for (AplicacionExterna nodo : new AplicacionExterna[] {a, b}) {
      if (nodo != null) {
        nodo.detener();
      }
    }
    if (correo != null) {
      correo.stop();
    }
    if (pg != null) {
      try {
        pg.close();
      } catch (Exception e) {
        // the database goes with the JVM
      }
    }
  }

  @Test
  @Order(1)
  void aNodeKilledHalfwayLeavesNoInstanceBetweenTwoDefinitions() throws Exception {
    long desde = a.finLog();
    a.con("MIGRACION_LOTE", "5").iniciar();
    // the model redeployed keeps its camunda:versionTag: "v<tag> → v<tag>"
    java.util.regex.Matcher etiqueta = java.util.regex.Pattern.compile("camunda:versionTag=\"(\\d+)\"")
        .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("processes", MotorRemoto.SEGUIMIENTO + ".bpmn")));
    assertThat(etiqueta.find()).isTrue();
    String v = "v" + etiqueta.group(1);
    a.esperarEnLog(desde, "Migración de " + MotorRemoto.SEGUIMIENTO + " " + v + " → " + v + ": ", Duration.ofMinutes(6));
    a.matar();

    long migradas = filas("select count(*) from act_ru_execution where proc_def_id_ = '" + nueva + "' and id_ = proc_inst_id_");
    assertThat(migradas).as("instances moved before the kill").isPositive().isLessThan(instancias);
    assertThat(filas("select count(*) from migracion_ejecucion where estado = 'EN_CURSO'")).as("the run killed").isEqualTo(1);
    assertThat(entreDosDefiniciones()).as("instances with rows on two definitions").isEmpty();
  }

  @Test
  @Order(2)
  void twoNodesStartingAtOnceFinishTheRunOnce() throws Exception {
    long desdeA = a.finLog();
    long desdeB = 0;
    a.con("MIGRACION_LOTE", "500").iniciar();
    b.iniciar();
    CompletableFuture<Long> listaA = CompletableFuture.supplyAsync(() -> a.esperarLista(Duration.ofMinutes(6)));
    b.esperarLista(Duration.ofMinutes(6));
    listaA.join();

    assertThat(filas("select count(*) from act_ru_execution where proc_def_id_ = '" + anterior + "'")).as("left on the earlier definition").isZero();
    assertThat(filas("select count(*) from act_ru_execution where proc_def_id_ = '" + nueva + "' and id_ = proc_inst_id_"))
        .isEqualTo(instancias);
    assertThat(entreDosDefiniciones()).isEmpty();
    assertThat(filas("select count(*) from migracion_ejecucion")).as("the killed run and one more").isEqualTo(2);
    assertThat(filas("select count(*) from migracion_ejecucion where estado = 'INTERRUMPIDA' and fin is not null")).isEqualTo(1);
    assertThat(filas("select count(*) from migracion_ejecucion where estado = 'TERMINADA' and origen = 'ARRANQUE' and pendientes = 0"
        + " and migradas = total and total > 0")).isEqualTo(1);
    assertThat(filas("select count(*) from migracion_pendiente")).isZero();

    String logA = a.logDesde(desdeA);
    String logB = b.logDesde(desdeB);
    int terminadas = (logA.contains("Migraciones terminadas") ? 1 : 0) + (logB.contains("Migraciones terminadas") ? 1 : 0);
    assertThat(terminadas).as("nodes that ran the migration").isEqualTo(1);
    assertThat(logA + logB).contains("todas las instancias en curso están en la última versión de su proceso");

    // the same jobs with the same due dates, the same tasks with the same assignees: nothing fired or redone
    assertThat(diferencias(trabajosAntes, pares(TRABAJOS))).as("jobs changed").isEmpty();
    assertThat(diferencias(tareasAntes, pares("select id_, task_def_key_ || ' ' || coalesce(assignee_, '-') from act_ru_task"
        + " where proc_def_id_ = '" + nueva + "'"))).as("tasks changed").isEmpty();
    assertThat(filas("select count(*) from act_ru_job where process_def_key_ = '" + MotorRemoto.SEGUIMIENTO
        + "' and process_def_id_ <> '" + nueva + "'")).isZero();
    assertThat(filas("select count(*) from act_ru_incident")).isZero();
  }

  /** What {@code despues} changed of {@code antes}: at most ten lines "id: before → after". */
  private static List<String> diferencias(Map<String, String> antes, Map<String, String> despues) {
    List<String> cambios = new ArrayList<>();
    java.util.Set<String> ids = new java.util.TreeSet<>(antes.keySet());
    ids.addAll(despues.keySet());
    for (String id : ids) {
      if (!java.util.Objects.equals(antes.get(id), despues.get(id)) && cambios.size() < 10) {
        cambios.add(id + ": " + antes.get(id) + " → " + despues.get(id));
      }
    }
    return cambios;
  }

  /** Instances whose executions, tasks or jobs are not all on one definition. */
  private List<String> entreDosDefiniciones() throws Exception {
    return new ArrayList<>(pares(
        "select proc_inst_id_, count(distinct def) from ("
            + " select proc_inst_id_, proc_def_id_ def from act_ru_execution"
            + " union all select proc_inst_id_, proc_def_id_ from act_ru_task where proc_inst_id_ is not null"
            + " union all select process_instance_id_, process_def_id_ from act_ru_job where process_instance_id_ is not null"
            + ") d group by proc_inst_id_ having count(distinct def) > 1").keySet());
  }


  private long filas(String sql) throws Exception {
    return ConsultaSql.contar(url, sql);
  }

  private Map<String, String> pares(String sql) throws Exception {
    return ConsultaSql.pares(url, sql);
  }
}
