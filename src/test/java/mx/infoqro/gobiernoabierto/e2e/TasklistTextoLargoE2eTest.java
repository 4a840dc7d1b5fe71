package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10 in the browser: a call text far longer than 4,000 characters typed in Tasklist's form
 * completes the task and reaches the Pleno whole; a task completed in one tab and submitted again
 * from another gets the Spanish explanation and changes nothing.
 */
class TasklistTextoLargoE2eTest extends PruebaNavegador {

  /** Accents, ñ and symbols of the Basic Multilingual Plane (what ChromeDriver can type). */
  private static final String RELLENO = "Información pública — ñandú, acción, pingüino y €uro «Querétaro» ";

  @Autowired EjercicioService ejercicioService;
  @Autowired EjercicioRepository ejercicioRepository;
  @Autowired ConsultaEjercicios ejercicios;
  @Autowired TaskService taskService;

  @Test
  void aCallTextOf20000CharactersTypedInTasklistIsStoredAndThePlenoReadsItWhole() {
    Ejercicio e = edicionNueva();
    String texto = texto(20000);
    String tarea = taskService.createTaskQuery().processInstanceBusinessKey(e.getFolio()).singleResult().getId();
    TasklistPagina tasklist = tasklist().entrar("comision", CONTRASENA_DEMO);
    tasklist.abrirTareaPorId(tarea, "Preparar la convocatoria").reclamar();

    tasklist.llenar("Texto de la convocatoria", texto);
    tasklist.completar();

    assertThat(ejercicios.convocatoria(e.getId()).orElseThrow().getTexto()).isEqualTo(texto);
    Task aprobar = taskService.createTaskQuery().processInstanceBusinessKey(e.getFolio()).singleResult();
    assertThat(aprobar.getTaskDefinitionKey()).isEqualTo(EjercicioBpmn.TASK_APROBAR_CONVOCATORIA);
    navegador.driver().manage().deleteAllCookies();
    TasklistPagina pleno = tasklist().entrar("pleno", CONTRASENA_DEMO);
    pleno.abrirTareaPorId(aprobar.getId(), "Aprobar la convocatoria");
    assertThat(pleno.valor("Texto de la convocatoria")).isEqualTo(texto);
    navegador.guardarEvidencia("tasklist-texto-largo-pleno");
  }

  @Test
  void aTaskCompletedInOneTabAndSubmittedAgainFromAnotherGetsTheSpanishMessageAndChangesNothing() {
    Ejercicio e = edicionNueva();
    String tarea = taskService.createTaskQuery().processInstanceBusinessKey(e.getFolio()).singleResult().getId();
    TasklistPagina primera = tasklist().entrar("comision", CONTRASENA_DEMO);
    primera.abrirTareaPorId(tarea, "Preparar la convocatoria").reclamar();
    String pestanaPrimera = navegador.driver().getWindowHandle();
    navegador.driver().switchTo().newWindow(WindowType.TAB);
    TasklistPagina segunda = tasklist().abrirTareaPorId(tarea, "Preparar la convocatoria");

    navegador.driver().switchTo().window(pestanaPrimera);
    primera.llenar("Título", "Convocatoria enviada desde la primera pestaña");
    primera.completar();
    navegador.driver().switchTo().window(new ArrayList<>(navegador.driver().getWindowHandles()).stream()
        .filter(h -> !h.equals(pestanaPrimera)).findFirst().orElseThrow());
    segunda.llenar("Título", "Convocatoria enviada desde la segunda pestaña");
    String error = segunda.completarEsperandoError();
    navegador.guardarEvidencia("tasklist-segunda-pestana");

    assertThat(error).contains("Esta tarea ya fue completada por comision").doesNotContain("ENGINE-", "Cannot");
    assertThat(ejercicios.convocatoria(e.getId()).orElseThrow().getTitulo())
        .isEqualTo("Convocatoria enviada desde la primera pestaña");
    List<Task> abiertas = taskService.createTaskQuery().processInstanceBusinessKey(e.getFolio()).list();
    assertThat(abiertas).singleElement()
        .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo(EjercicioBpmn.TASK_APROBAR_CONVOCATORIA));
  }

  /** An edition of its own (the demo's are used by other browser tests), waiting at its call. */
  private Ejercicio edicionNueva() {
    int anio = ejercicioRepository.findFirstByOrderByAnioDesc().orElseThrow().getAnio() + 1;
    return ejercicioService.iniciar(anio, "comision");
  }

  private static String texto(int largo) {
    StringBuilder texto = new StringBuilder();
    while (texto.length() < largo) {
      texto.append(RELLENO);
    }
    texto.setLength(largo);
    texto.setCharAt(largo - 1, '.');
    return texto.toString();
  }
}
