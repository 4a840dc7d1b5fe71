package mx.infoqro.gobiernoabierto.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Cockpit as a manager uses it: log in, the list of processes, one process and one of its
 * instances. Locators rely on Cockpit's markup (links to its routes), never on its texts.
 */
public class CockpitPagina {

  /** Path of Cockpit for the engine named default. */
  public static final String RUTA = "/camunda/app/cockpit/default/";

  private static final By USUARIO = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By CONTRASENA = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By ENTRAR = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By AVISO = By.cssSelector(".notifications-panel .alert, .page-notifications .alert");
  private static final By PROCESO = By.cssSelector("a[href*='#/process-definition/']");
  private static final By INSTANCIA = By.cssSelector("a[href*='#/process-instance/']");
  private static final By DIAGRAMA = By.cssSelector(".djs-container");

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait espera;

  /**
   * @param driver the browser
   * @param base the application's root URL, e.g. {@code http://localhost:8080}
   */
  public CockpitPagina(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.espera = new WebDriverWait(driver, Navegador.ESPERA);
    this.espera.ignoring(StaleElementReferenceException.class);
  }

  /** Opens Cockpit and logs in; returns when its dashboard replaced the login form. */
  public CockpitPagina entrar(String usuario, String contrasena) {
    escribirCredenciales(usuario, contrasena);
    espera
        .withMessage(() -> "Cockpit did not let " + usuario + " in")
        .until(d -> d.findElements(USUARIO).isEmpty() && !d.findElements(By.cssSelector("[cam-widget-header] .brand-name")).isEmpty());
    return this;
  }

  /** Tries to log in as someone without access to Cockpit; returns the refusal Cockpit shows. */
  public String entrarSinPermiso(String usuario, String contrasena) {
    escribirCredenciales(usuario, contrasena);
    return espera
        .withMessage(() -> "Cockpit showed no refusal to " + usuario)
        .until(d -> d.findElements(AVISO).stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
  }

  /** The list of deployed processes; returns when it lists at least one. */
  public CockpitPagina procesos() {
    driver.get(base + RUTA + "#/processes");
    espera.withMessage("Cockpit listed no process").until(ExpectedConditions.visibilityOfElementLocated(PROCESO));
    return this;
  }

  /** Opens the process with that name in the list and returns when its instances are listed. */
  public CockpitPagina abrirProceso(String nombre) {
    WebElement enlace =
        espera
            .withMessage(() -> "No process named " + nombre)
            .until(d -> d.findElements(PROCESO).stream().filter(a -> a.getText().trim().equals(nombre)).findFirst().orElse(null));
    enlace.click();
    espera.withMessage("The process showed no instance").until(ExpectedConditions.visibilityOfElementLocated(INSTANCIA));
    return this;
  }

  /** Opens the first instance listed and returns when its diagram is drawn. */
  public CockpitPagina abrirPrimeraInstancia() {
    espera.until(ExpectedConditions.elementToBeClickable(INSTANCIA)).click();
    espera.withMessage("The instance's diagram was not drawn").until(d -> d.getCurrentUrl().contains("/process-instance/")
        && !d.findElements(DIAGRAMA).isEmpty());
    return this;
  }

  private void escribirCredenciales(String usuario, String contrasena) {
    driver.get(base + RUTA);
    WebElement campoUsuario = espera.until(ExpectedConditions.visibilityOfElementLocated(USUARIO));
    campoUsuario.clear();
    campoUsuario.sendKeys(usuario);
    WebElement campoContrasena = driver.findElement(CONTRASENA);
    campoContrasena.clear();
    campoContrasena.sendKeys(contrasena);
    driver.findElement(ENTRAR).click();
  }
}
