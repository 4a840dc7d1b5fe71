package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.privacidad.DerechoArco;
import mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn;
import mx.infoqro.gobiernoabierto.privacidad.SolicitudesArco;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff read Tasklist and Cockpit in Spanish, whatever their browser's language (these tests'
 * browser asks for American English): each demo role logs in, opens a task (its folio and due date in the list, Spanish dates), a form's
 * validation message is Spanish, and Cockpit's processes and an instance are Spanish too (or, for
 * those without Cockpit, its refusal). No English frame phrase is visible, and where Camunda 7 CE
 * asks to migrate stands the commission's header line. Screenshots in target/e2e/.
 */
class WebappsEspanolE2eTest extends PruebaNavegador {

  /** Texts of the English frame (as Camunda 7.24 ships them) that must not be visible. */
  private static final List<String> FRASES_EN_INGLES =
      List.of(
          "Keyboard Shortcuts", "Create task", "Start process", "Claim", "Unclaim", "Set due date", "Set follow-up date",
          "Select a task in the list", "Add Comment", "Filter Tasks", "Created", "Due", "Follow-up", "Form", "History",
          "Diagram", "Description", "Complete", "Save", "Field is required", "Running Instances", "Process Definitions",
          "Decisions", "Human Tasks", "Deployments", "Dashboard", "Processes", "Incidents", "Called Process Instances",
          "User Tasks", "Jobs", "External Tasks", "Information", "Log out", "My profile", "Powered by",
          "Date and Time displayed", "ago", "Loading", "Please Log in", "Username", "Password", "Login Failed",
          "Wrong credentials", "It is time to migrate", "Camunda 8", "migration guide", "January", "Monday", "Mon");

  private static final Pattern INGLES = Pattern.compile(
      FRASES_EN_INGLES.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).map(f -> "(?<!\\p{L})(" + f + ")(?!\\p{L})").orElseThrow());

  /** A browser that asks for English: the webapps answer in Spanish anyway. */
  @Override
  Navegador nuevoNavegador() {
    return new Navegador("en-US");
  }

  @Autowired Organismo organismo;
  @Autowired EjercicioService ejercicios;
  @Autowired SolicitudesArco derechosArco;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Motor motor;
  @Autowired JdbcTemplate jdbc;

  @Test
  void comisionWorksATaskAndFollowsAnInstanceInSpanishWithSpanishFormMessagesAndCalendar() {
    // An edition of its own, of a year before the demo's (browser tests share the demo: other tests
    // look for the latest edition and for the demo's "Preparar la convocatoria")
    Ejercicio edicion = ejercicios.iniciar(1991, "comision");
    try {
      TasklistPagina tasklist = tasklist().entrar("comision", CONTRASENA_DEMO).elegirFiltro("Tareas de mis grupos");
      assertThat(((JavascriptExecutor) navegador.driver()).executeScript("return navigator.language")).isEqualTo("en-US");

      tasklist.abrirTareaDelFolio(edicion.getFolio());
      assertThat(tasklist.tareaAbierta()).isEqualTo("Preparar la convocatoria");
      revisar("comision-tasklist");

      tasklist.reclamar().llenar("Título", "");
      navegador.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      assertThat(erroresDelFormulario()).contains("Este campo es obligatorio.");
      WebElement fecha = navegador.driver().findElement(By.cssSelector(".task-details .fjs-datepicker input"));
      ((JavascriptExecutor) navegador.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", fecha);
      fecha.click();
      String calendario =
          navegador.espera().until(d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).stream()
              .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
      assertThat(calendario).contains("lun").contains("sáb").containsAnyOf("enero", "febrero", "marzo", "abril", "mayo",
          "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");
      // day first, as in Mexico, although the browser is American
      assertThat(fecha.getAttribute("placeholder")).isEqualTo("dd/mm/aaaa");
      revisar("comision-formulario");

      recorrerCockpit("comision");
    } finally {
      runtimeService.deleteProcessInstance(edicion.getProcessInstanceId(), "Fin de la prueba del navegador");
    }
  }

  @Test
  void plenoReadsItsTaskAndCockpitInSpanish() {
    TasklistPagina tasklist = tasklist().entrar("pleno", CONTRASENA_DEMO).elegirFiltro("Tareas de mis grupos");
    String tarea = navegador.espera().withMessage("pleno has no task in the demo").until(d -> tasklist.tareas().stream().findFirst().orElse(null));

    tasklist.abrirTarea(tarea);
    assertThat(tasklist.tarjetas().get(0)).contains("Folio").containsPattern("EGA-\\d{4}");
    revisar("pleno-tasklist");

    recorrerCockpit("pleno");
  }

  @Test
  void anAgencysLiaisonReadsItsTaskWithFolioAndDueDateInSpanishAndCockpitRefusesItInSpanish() {
    TasklistPagina tasklist = tasklist().entrar("enlace-salud", CONTRASENA_DEMO).elegirFiltro("Tareas de mis grupos");

    tasklist.abrirTarea("Aceptar el compromiso como dependencia responsable");
    assertThat(tasklist.tarjetas()).anySatisfy(t -> assertThat(t).contains("Vence").contains("Folio").containsPattern("EGA-\\d{4}-C-\\d{3}"));
    revisar("enlace-salud-tasklist");

    navegador.driver().manage().deleteAllCookies();
    String rechazo = new CockpitPagina(navegador.driver(), url("")).entrarSinPermiso("enlace-salud", CONTRASENA_DEMO);
    assertThat(rechazo).contains("sin permiso para esta aplicación");
    revisar("enlace-salud-cockpit");
  }

  @Test
  void theDataProtectionStaffReadsAnArcoRequestWithItsFolioAndDeadlineInSpanish() {
    String folio = solicitudArcoConfirmada();
    TasklistPagina tasklist = tasklist().entrar("datos-personales", CONTRASENA_DEMO).elegirFiltro("Tareas de mis grupos");

    tasklist.abrirTareaDelFolio(folio);
    assertThat(tasklist.tareaAbierta()).isEqualTo("Atender la solicitud ARCO");
    assertThat(tasklist.tarjetas()).anySatisfy(t -> assertThat(t).contains(folio).contains("Vence en"));
    revisar("datos-personales-tasklist");

    navegador.driver().manage().deleteAllCookies();
    String rechazo = new CockpitPagina(navegador.driver(), url("")).entrarSinPermiso("datos-personales", CONTRASENA_DEMO);
    assertThat(rechazo).contains("sin permiso para esta aplicación");
    revisar("datos-personales-cockpit");
  }

  // --- internals ------------------------------------------------------------------------------

  private void recorrerCockpit(String usuario) {
    navegador.driver().manage().deleteAllCookies();
    CockpitPagina cockpit = new CockpitPagina(navegador.driver(), url("")).entrar(usuario, CONTRASENA_DEMO);
    revisar(usuario + "-cockpit-tablero");
    cockpit.procesos();
    revisar(usuario + "-cockpit-procesos");
    cockpit.abrirProceso("Aprobación de un compromiso").abrirPrimeraInstancia();
    revisar(usuario + "-cockpit-instancia");
  }

  /**
   * Saves a screenshot and checks the visible page: no English frame phrase, the commission's
   * header line where Camunda asks to migrate, a Spanish title.
   */
  private void revisar(String pantalla) {
    WebDriver driver = navegador.driver();
    // Let Angular and the custom script finish the page before reading it
    navegador.espera().until(d -> d.findElements(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed));
    navegador.guardarEvidencia("WebappsEspanolE2eTest-" + pantalla);
    String visible = driver.findElement(By.tagName("body")).getText() + "\n" + driver.getTitle();
    List<String> enIngles = new ArrayList<>();
    INGLES.matcher(visible).results().forEach(r -> enIngles.add(r.group()));

    assertThat(enIngles).as("English visible on " + pantalla).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".ce-eol-banner")).getText())
        .as("header line on " + pantalla)
        .isEqualTo(organismo.getNombre() + " · Ejercicio de Gobierno Abierto");
    assertThat(driver.getTitle()).as("title on " + pantalla).startsWith(organismo.getSiglas() + " · ");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-MX");
  }

  private List<String> erroresDelFormulario() {
    return navegador.espera().until(d -> {
      List<String> errores = d.findElements(By.cssSelector(".task-details .fjs-form-field-error li")).stream()
          .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
      return errores.isEmpty() ? null : errores;
    });
  }

  /**
   * The demo has no ARCO request: one is made as the portal would, its confirmation e-mail's job
   * run and its identity confirmed, so the staff's task exists. Returns its folio.
   */
  private String solicitudArcoConfirmada() {
    String folio =
        derechosArco.recibir(
            "Persona de prueba", "arco-e2e@example.mx", DerechoArco.ACCESO, "Solicito el acceso a mis datos.", null, null, null);
    String instancia =
        runtimeService.createProcessInstanceQuery().processDefinitionKey(DerechosArcoBpmn.KEY).processInstanceBusinessKey(folio)
            .singleResult().getId();
    Job confirmacion =
        managementService.createJobQuery().processInstanceId(instancia).activityId(DerechosArcoBpmn.TASK_ENVIAR_CONFIRMACION)
            .singleResult();
    motor.ejecutar(confirmacion.getId());
    String token = jdbc.queryForObject("select token from solicitud_arco where folio = ?", String.class, folio);
    derechosArco.confirmarIdentidad(token);
    return folio;
  }
}
