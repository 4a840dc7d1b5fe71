package mx.infoqro.gobiernoabierto.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium per test, as a JUnit 5 extension:
 *
 * <pre>
 * &#64;RegisterExtension final Navegador navegador = new Navegador();
 * ... navegador.driver() ...
 * </pre>
 *
 * <p>Uses {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}; {@code -De2e.chromium=} and
 * {@code -De2e.chromedriver=} point elsewhere), a fresh profile, and Mexican Spanish as the browser
 * language unless another is given ({@code new Navegador("en-US")}). When a test fails, a screenshot and the page's HTML are saved to {@code target/e2e/}
 * ({@code -De2e.dir=} changes it). {@code -De2e.visible=true} shows the window (needs a display).
 */
public class Navegador implements BeforeEachCallback, AfterEachCallback {

  /** How long a page object waits for the browser by default. */
  public static final Duration ESPERA = Duration.ofSeconds(30);

  private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
  private static final Path CARPETA = Path.of(System.getProperty("e2e.dir", "target/e2e"));

  private final String idioma;
  private WebDriver driver;
  private Path perfil;

  /** A browser whose language is Mexican Spanish, as the commission's staff use. */
  public Navegador() {
    this("es-MX");
  }

  /** A browser that asks for pages in this language (a BCP 47 tag such as {@code en-US}). */
  public Navegador(String idioma) {
    this.idioma = idioma;
  }

  /** The browser of the running test. */
  public WebDriver driver() {
    if (driver == null) {
      throw new IllegalStateException("The browser exists only while a test runs");
    }
    return driver;
  }

  /** A wait on the browser of the running test with the default timeout. */
  public WebDriverWait espera() {
    return new WebDriverWait(driver(), ESPERA);
  }

  @Override
  public void beforeEach(ExtensionContext contexto) throws IOException {
    perfil = Files.createTempDirectory("chromium-e2e-");
    ChromeOptions opciones = new ChromeOptions();
    opciones.setBinary(CHROMIUM);
    if (!Boolean.getBoolean("e2e.visible")) {
      opciones.addArguments("--headless=new");
    }
    opciones.addArguments(
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=" + idioma,
        "--user-data-dir=" + perfil.toAbsolutePath());
    opciones.setExperimentalOption("prefs", Map.of("intl.accept_languages", idioma + "," + idioma.split("-")[0]));
    ChromeDriverService servicio =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    driver = new ChromeDriver(servicio, opciones);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @Override
  public void afterEach(ExtensionContext contexto) throws IOException {
    try {
      if (driver != null && contexto.getExecutionException().isPresent()) {
        guardarEvidencia(contexto.getRequiredTestClass().getSimpleName() + "." + contexto.getRequiredTestMethod().getName());
      }
    } finally {
      if (driver != null) {
        driver.quit();
        driver = null;
      }
      borrar(perfil);
    }
  }

  /** Saves a screenshot and the HTML of the current page as target/e2e/{nombre}.png/.html. */
  public void guardarEvidencia(String nombre) {
    try {
      Files.createDirectories(CARPETA);
      File captura = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(captura.toPath(), CARPETA.resolve(nombre + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(CARPETA.resolve(nombre + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // Evidence is a help, never the reason a test fails
      System.err.println("Could not save the screenshot of " + nombre + ": " + e);
    }
  }

  private static void borrar(Path carpeta) {
    if (carpeta == null || !Files.exists(carpeta)) {
      return;
    }
    try (Stream<Path> rutas = Files.walk(carpeta)) {
      List<Path> todas = rutas.sorted(Comparator.reverseOrder()).toList();
      for (Path ruta : todas) {
        Files.deleteIfExists(ruta);
      }
    } catch (IOException | UncheckedIOException e) {
      // A profile file still being released by Chromium: the temporary folder is cleaned by the OS
      System.err.println("Could not delete the browser profile " + carpeta + ": " + e);
    }
  }
}
