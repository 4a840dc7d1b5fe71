package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the README promises a new user: log in to Tasklist as a demo user, find work waiting, and
 * complete the demo edition's next task through its Camunda Form.
 */
class DemoComisionE2eTest extends PruebaNavegador {

  @Autowired EjercicioRepository ejercicios;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired TaskService taskService;

  @Test
  void comisionFindsTheDemoEditionsCallAndSendsItToThePlenoThroughItsForm() {
    Ejercicio siguiente = ejercicios.findFirstByOrderByAnioDesc().orElseThrow();
    TasklistPagina tasklist = tasklist().entrar("comision", CONTRASENA_DEMO);
    tasklist.elegirFiltro("Tareas de mis grupos");
    tasklist.abrirTarea("Preparar la convocatoria"); // waits until the filter lists it
    assertThat(tasklist.tareas()).contains("Preparar la convocatoria");

    tasklist.reclamar();
    tasklist.llenar("Título", "Convocatoria " + siguiente.getAnio() + " revisada por la Comisión");
    tasklist.completar();

    assertThat(convocatorias.findByEjercicioId(siguiente.getId()).orElseThrow().getTitulo())
        .isEqualTo("Convocatoria " + siguiente.getAnio() + " revisada por la Comisión");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(siguiente.getFolio())
                .taskDefinitionKey(EjercicioBpmn.TASK_APROBAR_CONVOCATORIA)
                .taskCandidateGroup("pleno")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aDecisionRefusedByTheRulesShowsTheSpanishMessageAndTheTaskStaysOpen() {
    TasklistPagina tasklist = tasklist().entrar("pleno", CONTRASENA_DEMO);
    tasklist.elegirFiltro("Tareas de mis grupos");
    tasklist.abrirTarea("Aprobar el compromiso").reclamar();
    tasklist.elegir("Decisión del Pleno", "Devolver a la mesa con observaciones");

    String error = tasklist.completarEsperandoError();

    assertThat(error).contains("Para devolver el compromiso a la mesa escriba las observaciones").doesNotContain("ENGINE-");
    assertThat(tasklist.tareaAbierta()).isEqualTo("Aprobar el compromiso");
  }

  @Test
  void everyDemoRoleFindsWorkWaitingInTasklist() {
    String[][] esperadas = {
      {"pleno", "Aprobar el compromiso"},
      {"stl", "Revisar el borrador del compromiso"},
      {"facilitador", "Atender las observaciones al compromiso"},
      {"enlace-salud", "Aceptar el compromiso como dependencia responsable"},
      {"enlace-movilidad", "Aceptar el compromiso como dependencia responsable"}
    };
    for (String[] esperada : esperadas) {
      navegador.driver().manage().deleteAllCookies();
      TasklistPagina tasklist = tasklist().entrar(esperada[0], CONTRASENA_DEMO);
      tasklist.elegirFiltro("Tareas de mis grupos");
      tasklist.abrirTarea(esperada[1]);
      assertThat(tasklist.tareaAbierta()).as(esperada[0]).isEqualTo(esperada[1]);
    }
  }
}
