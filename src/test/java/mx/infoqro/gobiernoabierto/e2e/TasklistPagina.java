package mx.infoqro.gobiernoabierto.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it: log in, pick a filter, open a task, claim it, fill its
 * Camunda Form by the fields' labels and complete it. Locators rely on Tasklist's markup (Angular
 * attributes, CSS classes) and on the labels the project writes, never on Tasklist's own
 * translated texts, so they work whether Tasklist shows English or Spanish.
 *
 * <pre>
 * TasklistPagina tasklist = new TasklistPagina(navegador.driver(), "http://localhost:" + puerto);
 * tasklist.entrar("admin", contrasena);
 * tasklist.elegirFiltro("Tareas de mis grupos");
 * tasklist.abrirTarea("Revisar compromiso");
 * tasklist.reclamar();
 * tasklist.llenar("Observaciones", "Sin observaciones");
 * tasklist.elegir("Decisión", "Aprobado");
 * tasklist.completar();
 * </pre>
 */
public class TasklistPagina {

  /** Path of Tasklist for the engine named default. */
  public static final String RUTA = "/camunda/app/tasklist/default/";

  private static final By USUARIO = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By CONTRASENA = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By ENTRAR = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By FILTROS = By.cssSelector(".task-filters .task-filter h4.name a");
  private static final By FILTRO_ACTIVO = By.cssSelector(".task-filters .task-filter.active h4.name a");
  private static final By TAREAS = By.cssSelector("[cam-tasks] .tasks-list li.task h4.task a");
  private static final By TARJETAS = By.cssSelector("[cam-tasks] .tasks-list li.task");
  private static final By TAREA_ABIERTA = By.cssSelector(".task-details .task-card h2.task");
  private static final By RECLAMAR = By.cssSelector(".task-details button.claim");
  private static final By ASIGNADA = By.cssSelector(".task-details li.assignee [cam-widget-inline-field]");
  private static final By FORMULARIO = By.cssSelector(".task-details .fjs-form");
  private static final By COMPLETAR = By.cssSelector(".task-details .form-actions button.btn-primary");
  private static final By ERRORES = By.cssSelector(".notifications .alert-danger, .notifications-panel .alert-danger");

  /** "Complete" in English, "Completar" in Spanish (should Tasklist be translated). */
  private static final Pattern TEXTO_COMPLETAR = Pattern.compile("(?i)\\s*(complete|completar)\\s*");

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait espera;

  /**
   * @param driver the browser
   * @param base the application's root URL, e.g. {@code http://localhost:8080}
   */
  public TasklistPagina(WebDriver driver, String base) {
    this(driver, base, Navegador.ESPERA);
  }

  public TasklistPagina(WebDriver driver, String base, Duration espera) {
    this.driver = driver;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.espera = new WebDriverWait(driver, espera);
    this.espera.ignoring(StaleElementReferenceException.class);
  }

  /** Opens Tasklist and logs in; returns when the filters are shown. */
  public TasklistPagina entrar(String usuario, String contrasena) {
    driver.get(base + RUTA);
    WebElement campoUsuario = espera.until(ExpectedConditions.visibilityOfElementLocated(USUARIO));
    campoUsuario.clear();
    campoUsuario.sendKeys(usuario);
    WebElement campoContrasena = driver.findElement(CONTRASENA);
    campoContrasena.clear();
    campoContrasena.sendKeys(contrasena);
    driver.findElement(ENTRAR).click();
    espera
        .withMessage(() -> "Tasklist did not show its filters after logging in as " + usuario + errorVisible())
        .until(d -> !d.findElements(By.cssSelector(".task-filters")).isEmpty() && d.findElements(USUARIO).isEmpty());
    esperarFiltros();
    return this;
  }

  /** The names of the filters Tasklist lists, in order. */
  public List<String> filtros() {
    esperarFiltros();
    return driver.findElements(FILTROS).stream().map(TasklistPagina::nombreDeFiltro).toList();
  }

  /** Selects the filter with that name and waits until it is the active one. */
  public TasklistPagina elegirFiltro(String nombre) {
    esperarFiltros();
    WebElement filtro =
        espera
            .withMessage(() -> "No filter named '" + nombre + "' in " + filtrosVisibles())
            .until(d -> d.findElements(FILTROS).stream().filter(f -> nombreDeFiltro(f).equals(nombre)).findFirst().orElse(null));
    filtro.click();
    espera
        .withMessage(() -> "The filter '" + nombre + "' did not become active")
        .until(d -> d.findElements(FILTRO_ACTIVO).stream().anyMatch(f -> nombreDeFiltro(f).equals(nombre)));
    return this;
  }

  /** The names of the tasks listed by the active filter. */
  public List<String> tareas() {
    return driver.findElements(TAREAS).stream().map(t -> t.getText().trim()).toList();
  }

  /** Opens the first task with that name in the active filter's list (waiting for it to appear). */
  public TasklistPagina abrirTarea(String nombre) {
    // Found and clicked in one step, retried: Tasklist re-renders its list while it refreshes
    espera
        .withMessage(() -> "No task named '" + nombre + "' in the list " + tareas())
        .until(
            d -> {
              WebElement tarea =
                  d.findElements(TAREAS).stream().filter(t -> t.getText().trim().equals(nombre)).findFirst().orElse(null);
              if (tarea == null) {
                return false;
              }
              tarea.click();
              return true;
            });
    espera
        .withMessage(() -> "The task '" + nombre + "' did not open")
        .until(d -> d.findElements(TAREA_ABIERTA).stream().anyMatch(h -> h.getText().trim().equals(nombre)));
    return this;
  }

  /**
   * Opens the task whose card in the active filter's list shows this folio (each filter shows the
   * folio of its tasks), waiting for it to appear.
   */
  public TasklistPagina abrirTareaDelFolio(String folio) {
    String[] nombre = new String[1];
    // Found and clicked in one step, retried: Tasklist re-renders its list while it refreshes
    espera
        .withMessage(() -> "No task with the folio " + folio + " in the list " + tarjetas())
        .until(
            d -> {
              WebElement enlace =
                  d.findElements(TARJETAS).stream()
                      .filter(t -> t.getText().contains(folio))
                      .map(t -> t.findElement(By.cssSelector("h4.task a")))
                      .findFirst()
                      .orElse(null);
              if (enlace == null) {
                return false;
              }
              nombre[0] = enlace.getText().trim();
              enlace.click();
              return true;
            });
    espera
        .withMessage(() -> "The task '" + nombre[0] + "' of the folio " + folio + " did not open")
        .until(d -> d.findElements(TAREA_ABIERTA).stream().anyMatch(h -> h.getText().trim().equals(nombre[0])));
    return this;
  }

  /** What the cards of the active filter's list show, one text per task (name, process, dates, folio). */
  public List<String> tarjetas() {
    return driver.findElements(TARJETAS).stream().map(t -> t.getText().trim()).toList();
  }

  /** Claims the open task and waits until it is assigned and its form can be filled. */
  public TasklistPagina reclamar() {
    espera.until(ExpectedConditions.elementToBeClickable(RECLAMAR)).click();
    espera
        .withMessage(() -> "The task was not claimed" + errorVisible())
        .until(d -> d.findElements(RECLAMAR).isEmpty() && !d.findElements(ASIGNADA).isEmpty());
    esperarFormulario();
    return this;
  }

  /** Types the value into the text, text area or number field with that label (replacing its content). */
  public TasklistPagina llenar(String etiqueta, String valor) {
    WebElement campo = espera.until(ExpectedConditions.elementToBeClickable(campoPorEtiqueta(etiqueta)));
    alCentro(campo);
    campo.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    campo.sendKeys(valor);
    return this;
  }

  /** The value a form field shows (a read-only textarea too), by its label. */
  public String valor(String etiqueta) {
    esperarFormulario();
    WebElement campo = espera.until(d -> d.findElements(campoPorEtiqueta(etiqueta)).stream().findFirst().orElse(null));
    return campo.getDomProperty("value");
  }

  /** Opens a task by its id, as a link to it (or a second browser tab) does. */
  public TasklistPagina abrirTareaPorId(String id, String nombre) {
    driver.get(base + RUTA + "#/?task=" + id);
    espera
        .withMessage(() -> "The task " + id + " did not open" + errorVisible())
        .until(d -> d.findElements(TAREA_ABIERTA).stream().anyMatch(h -> h.getText().trim().equals(nombre)));
    return this;
  }

  /**
   * Chooses an option by its label in the radio group, select or checklist whose label is given;
   * for a single checkbox, {@code opcion} is ignored and the box is ticked.
   */
  public TasklistPagina elegir(String etiqueta, String opcion) {
    WebElement campo = espera.until(d -> contenedorPorEtiqueta(etiqueta));
    List<WebElement> opciones = campo.findElements(By.cssSelector("label.fjs-form-field-label"));
    Optional<WebElement> radio =
        opciones.stream()
            .filter(l -> limpiar(l.getText()).equals(opcion))
            .filter(l -> !l.findElements(By.cssSelector("input[type='radio'], input[type='checkbox']")).isEmpty()
                || l.getAttribute("for") != null && !campo.findElements(By.id(l.getAttribute("for"))).isEmpty())
            .findFirst();
    if (radio.isPresent()) {
      clic(radio.get());
      return this;
    }
    List<WebElement> caja = campo.findElements(By.cssSelector("input[type='checkbox']"));
    if (caja.size() == 1 && campo.findElements(By.cssSelector("input[type='radio']")).isEmpty()) {
      if (!caja.get(0).isSelected()) {
        clic(caja.get(0));
      }
      return this;
    }
    // Select: open the dropdown, then click the option
    WebElement desplegar =
        campo.findElements(By.cssSelector(".fjs-select-display, input.fjs-input, .fjs-input-group")).stream()
            .findFirst()
            .orElseThrow(() -> new NoSuchElementException("No option '" + opcion + "' in the field '" + etiqueta + "'"));
    clic(desplegar);
    WebElement item =
        espera
            .withMessage(() -> "No option '" + opcion + "' in the select '" + etiqueta + "'")
            .until(d -> campo.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(i -> limpiar(i.getText()).equals(opcion))
                .findFirst()
                .orElse(null));
    // form-js selects on mousedown
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", item);
    return this;
  }

  /** Presses Complete ("Completar") and waits until the task has left the view. */
  public TasklistPagina completar() {
    String tarea = tareaAbierta();
    pulsarCompletar();
    espera
        .withMessage(() -> "The task '" + tarea + "' was not completed" + errorVisible())
        .until(d -> d.findElements(TAREA_ABIERTA).stream().noneMatch(h -> h.getText().trim().equals(tarea)));
    return this;
  }

  /**
   * Presses Complete expecting the application to refuse it, and returns the error Tasklist shows
   * (e.g. the Spanish message of a {@code ValidacionException}).
   */
  public String completarEsperandoError() {
    pulsarCompletar();
    try {
      return espera.until(d -> d.findElements(ERRORES).stream()
          .map(WebElement::getText)
          .map(String::trim)
          .filter(t -> !t.isEmpty())
          .findFirst()
          .orElse(null));
    } catch (TimeoutException e) {
      throw new AssertionError("Tasklist showed no error after pressing Complete", e);
    }
  }

  /** The name of the task open on the right, or an empty string. */
  public String tareaAbierta() {
    return driver.findElements(TAREA_ABIERTA).stream().map(h -> h.getText().trim()).findFirst().orElse("");
  }

  // --- internals ----------------------------------------------------------------------------

  private void pulsarCompletar() {
    WebElement boton =
        espera
            .withMessage(() -> "No enabled Complete button" + errorVisible())
            .until(d -> d.findElements(COMPLETAR).stream()
                .filter(b -> TEXTO_COMPLETAR.matcher(b.getText()).matches())
                .filter(WebElement::isDisplayed)
                .filter(WebElement::isEnabled)
                .findFirst()
                .orElse(null));
    clic(boton);
  }

  /** Clicks after scrolling the element to the middle of the view (Tasklist's footer covers the bottom). */
  private void clic(WebElement elemento) {
    alCentro(elemento);
    try {
      elemento.click();
    } catch (ElementClickInterceptedException e) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", elemento);
    }
  }

  private void alCentro(WebElement elemento) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", elemento);
  }

  private void esperarFiltros() {
    espera
        .withMessage(() -> "Tasklist listed no filter" + errorVisible())
        .until(ExpectedConditions.visibilityOfElementLocated(FILTROS));
  }

  private void esperarFormulario() {
    espera.withMessage(() -> "The task's form was not shown").until(ExpectedConditions.visibilityOfElementLocated(FORMULARIO));
  }

  /** The input of the form field whose label reads {@code etiqueta} (a trailing "*" ignored). */
  private By campoPorEtiqueta(String etiqueta) {
    return new By() {
      @Override
      public List<WebElement> findElements(org.openqa.selenium.SearchContext contexto) {
        WebElement campo = contenedorPorEtiqueta(etiqueta);
        if (campo == null) {
          return List.of();
        }
        return campo.findElements(By.cssSelector("input:not([type='hidden']), textarea")).stream().limit(1).toList();
      }

      @Override
      public String toString() {
        return "form field labelled '" + etiqueta + "'";
      }
    };
  }

  /** The form-js field container whose own label reads {@code etiqueta}, or null. */
  private WebElement contenedorPorEtiqueta(String etiqueta) {
    for (WebElement campo : driver.findElements(By.cssSelector(".task-details .fjs-form .fjs-form-field"))) {
      List<WebElement> etiquetas = campo.findElements(By.xpath("./label | ./*/label[1] | ./legend | ./*/legend"));
      if (etiquetas.stream().map(WebElement::getText).map(TasklistPagina::limpiar).anyMatch(etiqueta::equals)) {
        return campo;
      }
    }
    return null;
  }

  private static String limpiar(String texto) {
    return texto.replace("*", "").replaceAll("\\s+", " ").trim();
  }

  /** A filter's name without the task counter Tasklist appends to the active one. */
  private static String nombreDeFiltro(WebElement enlace) {
    String texto = enlace.getText().trim();
    for (WebElement contador : enlace.findElements(By.cssSelector("span.counter"))) {
      String cuenta = contador.getText().trim();
      if (!cuenta.isEmpty() && texto.endsWith(cuenta)) {
        texto = texto.substring(0, texto.length() - cuenta.length()).trim();
      }
    }
    return texto;
  }

  private String filtrosVisibles() {
    return driver.findElements(FILTROS).stream().map(TasklistPagina::nombreDeFiltro).toList().toString();
  }

  private String errorVisible() {
    return driver.findElements(ERRORES).stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .findFirst()
        .map(t -> " (Tasklist says: " + t.trim() + ")")
        .orElse("");
  }
}
