package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivosPrueba;
import mx.infoqro.gobiernoabierto.seguimiento.ClamdPrueba;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done when" in Chromium on the demo: {@code enlace-sustentable} opens the pending
 * report of "Calidad del aire" in Tasklist, follows the form's link to the report's evidence page,
 * uploads a PDF and a photograph (the demo's antivirus test file is refused in Spanish), sends the
 * report through its form; {@code comision} sees both files from its verification task and verifies
 * through its form; the
 * commitment's public page offers both with their SHA-256, and each download hashes to it.
 * Screenshots in {@code target/e2e/evidencias-*.png}.
 */
class EvidenciasE2eTest extends PruebaNavegador {

  @Autowired CompromisosPublicados publicados;
  @Autowired ArchivosEvidencia archivos;
  @Autowired Motor motor;

  @org.springframework.beans.factory.annotation.Value("${gobierno-abierto.demo.clamd-carpeta}")
  Path carpetaClamd;

  @Test
  void theLiaisonUploadsInTasklistTheCommissionVerifiesAndThePublicPageOffersTheFilesWithTheirHash(@org.junit.jupiter.api.io.TempDir Path carpeta)
      throws Exception {
    Assumptions.assumeTrue(ClamdPrueba.instalado(), "clamd is not installed (apt-get install clamav-daemon; .ci/run does it)");
    // the demo starts its clamd when the application is ready: wait for it to answer
    new WebDriverWait(navegador.driver(), Duration.ofSeconds(60)).until(d -> archivos.antivirusDisponible());
    FilaCompromiso aire = publicados.compromisos().stream().filter(c -> c.titulo().startsWith("Calidad del aire")).findFirst().orElseThrow();
    WebDriver driver = navegador.driver();

    TasklistPagina tasklist = tasklist().entrar("enlace-sustentable", CONTRASENA_DEMO);
    tasklist.elegirFiltro("Tareas de mis grupos").abrirTareaDelFolio(aire.folio());
    assertThat(tasklist.tareaAbierta()).isEqualTo("Reportar el avance del compromiso");
    tasklist.reclamar();
    String paginaArchivos = enlaceDeArchivos("Subir o quitar archivos de evidencia de este reporte");

    String tasklistVentana = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    driver.get(paginaArchivos);
    assertThat(driver.findElement(By.tagName("main")).getText()).contains(aire.folio()).contains("sin sus metadatos (EXIF)");
    subir(ArchivosPrueba.escribir(carpeta, "Minuta de la sesión.pdf", ArchivosPrueba.pdf()), "Se guardó el archivo «Minuta de la sesión.pdf».");
    subir(ArchivosPrueba.escribir(carpeta, "Foto del evento.jpg", ArchivosPrueba.jpegConGps()), "Se guardó el archivo «Foto del evento.jpg».");
    subir(carpetaClamd.resolve("archivo-de-prueba-antivirus.txt").toAbsolutePath(), "El antivirus detectó contenido malicioso");
    List<String> filas = driver.findElements(By.cssSelector("table.tabla tbody tr")).stream().map(WebElement::getText).toList();
    assertThat(filas).hasSize(2).anySatisfy(f -> assertThat(f).contains("Minuta de la sesión.pdf", "application/pdf", "Revisado"))
        .anySatisfy(f -> assertThat(f).contains("Foto del evento.jpg", "image/jpeg"));
    navegador.guardarEvidencia("evidencias-pagina-enlace");
    driver.close();
    driver.switchTo().window(tasklistVentana);
    // the form comes filled with the last report's progress per milestone: the liaison writes the narrative
    tasklist.llenar("Narrativa del avance", "Se publicó el tablero de calidad del aire; se anexan la minuta y una foto del evento.")
        .completar();

    driver.manage().deleteAllCookies();
    tasklist = tasklist().entrar("comision", CONTRASENA_DEMO);
    tasklist.elegirFiltro("Tareas de mis grupos").abrirTareaDelFolio(aire.folio());
    assertThat(tasklist.tareaAbierta()).isEqualTo("Verificar la evidencia del reporte");
    tasklist.reclamar();
    String paginaVerificacion = enlaceDeArchivos("Ver los archivos de evidencia de este reporte");
    assertThat(paginaVerificacion).isEqualTo(paginaArchivos);
    tasklistVentana = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    driver.get(paginaVerificacion);
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Minuta de la sesión.pdf").contains("Foto del evento.jpg")
        .doesNotContain("Subir archivo");
    driver.close();
    driver.switchTo().window(tasklistVentana);
    tasklist.elegir("Decisión", "Verificar la evidencia y publicar el reporte").completar();
    // the publication is an asynchronous step: run it now instead of waiting for the job executor
    motor.ejecutarAsincronosDeEdicion(aire.folio());

    driver.get(url("/compromisos/" + aire.folio()));
    navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.archivos")));
    navegador.guardarEvidencia("evidencias-compromiso");
    List<WebElement> publicos = driver.findElements(By.cssSelector("ul.archivos li"));
    assertThat(publicos).hasSize(2);
    HttpClient http = HttpClient.newHttpClient();
    for (WebElement archivo : publicos) {
      String huella = archivo.findElement(By.cssSelector("code.huella")).getText();
      String direccion = archivo.findElement(By.tagName("a")).getAttribute("href");
      HttpResponse<byte[]> descarga = http.send(HttpRequest.newBuilder(URI.create(direccion)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(descarga.statusCode()).as(direccion).isEqualTo(200);
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(descarga.body()))).as(direccion).isEqualTo(huella);
    }
  }

  /** The address of the form's link to the evidence page, which opens beside Tasklist. */
  private String enlaceDeArchivos(String texto) {
    WebElement enlace = navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.linkText(texto)));
    String direccion = enlace.getAttribute("href");
    assertThat(direccion).matches(".*/gestion/reportes/\\d+/evidencias");
    return direccion;
  }

  private void subir(Path archivo, String mensaje) {
    assertThat(Files.exists(archivo)).as(archivo.toString()).isTrue();
    WebDriver driver = navegador.driver();
    driver.findElement(By.id("archivo")).sendKeys(archivo.toString());
    driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
    // the page is replaced by the redirect after the upload: its old main may go stale while read
    navegador.espera().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("main")).getText().contains(mensaje));
  }
}
