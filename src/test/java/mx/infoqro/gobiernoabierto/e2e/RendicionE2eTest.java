package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public side of implementation in Chromium on the demo's past edition: every new page passes
 * axe-core (no serious or critical violation) at desktop and mobile widths, and a newcomer's path
 * goes from the plan to a commitment, its evidence, the proposal it came from, the dashboard
 * filtered by axis and the CSV download; they follow the commitment with the page's form.
 * Screenshots in {@code target/e2e/rendicion-*.png}.
 */
class RendicionE2eTest extends PruebaNavegador {

  private static final int[] ANCHOS = {1366, 390};

  @Autowired CompromisosPublicados publicados;
  @Autowired Plazos plazos;

  @Test
  void everyPageOfThePublicSideIsAccessibleAtDesktopAndMobileWidths() {
    String pasada = "EGA-" + (plazos.hoy().getYear() - 1);
    FilaCompromiso c = tiemposDeEspera();
    Axe axe = new Axe();
    List<String> problemas = new ArrayList<>();
    problemas.addAll(revisar("plan", "/plan-de-accion", "Plan de Acción Local de Gobierno Abierto", axe));
    problemas.addAll(revisar("compromisos", "/compromisos", "Tablero de compromisos", axe));
    problemas.addAll(revisar("compromisos-filtrados", "/compromisos?eje=anticorrupcion&estado=CON_RETRASO", "Tablero de compromisos", axe));
    problemas.addAll(revisar("compromiso", "/compromisos/" + c.folio(), c.titulo(), axe));
    problemas.addAll(revisar("informe-pendiente", "/informe-final/" + pasada, "aún no se publica", axe));
    problemas.addAll(revisar("participacion", "/participacion?edicion=" + pasada, "menos de 3", axe));
    problemas.addAll(revisar("datos", "/datos", "Términos de Libre Uso MX", axe));
    problemas.addAll(revisar("enlace-no-valido", "/compromisos/seguir/enlace-que-no-existe-en-absoluto", "El enlace no es válido", axe));
    assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
  }

  @Test
  void aNewcomerGoesFromThePlanToACommitmentItsEvidenceItsProposalTheFilteredDashboardAndTheCsv() throws Exception {
    FilaCompromiso c = tiemposDeEspera();
    WebDriver driver = navegador.driver();
    driver.get(url("/"));
    driver.findElement(By.linkText("Plan de acción")).click();
    navegador.espera().until(ExpectedConditions.urlContains("/plan-de-accion"));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Huella SHA-256").contains(c.titulo());
    assertThat(driver.findElement(By.partialLinkText("Descargar el plan de acción en PDF")).getAttribute("href")).endsWith(".pdf");

    driver.findElement(By.linkText(c.folio() + ". " + c.titulo())).click();
    navegador.espera().until(ExpectedConditions.urlContains("/compromisos/" + c.folio()));
    String main = driver.findElement(By.tagName("main")).getText();
    assertThat(main).contains("Reportes de avance verificados").contains("Reporte del periodo 4").contains("Evaluación final").contains("Completo");
    WebElement evidencia = driver.findElement(By.partialLinkText("Conjunto de datos publicado (periodo 4)"));
    assertThat(evidencia.getAttribute("href")).startsWith("https://datos.queretaro.example.mx/");
    navegador.guardarEvidencia("rendicion-recorrido-compromiso");

    driver.findElement(By.partialLinkText("y su respuesta en la mesa")).click();
    navegador.espera().until(ExpectedConditions.urlContains("/mesas/"));
    assertThat(driver.getCurrentUrl()).contains("#propuesta-");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Publicar cada semana los tiempos de espera de cada clínica.");

    driver.get(url("/compromisos"));
    new Select(driver.findElement(By.id("eje"))).selectByVisibleText("Combate a la corrupción");
    driver.findElement(By.cssSelector("form.filtros button[type=submit]")).click();
    navegador.espera().until(ExpectedConditions.urlContains("eje=anticorrupcion"));
    List<String> titulos = driver.findElements(By.cssSelector("ol.compromisos h3")).stream().map(WebElement::getText).toList();
    assertThat(titulos).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain(c.titulo()));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Combate a la corrupción");

    driver.get(url("/datos"));
    String csvUrl = driver.findElement(By.partialLinkText("Descargar «Compromisos de los planes de acción» en CSV")).getAttribute("href");
    HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    String texto = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(texto).startsWith("\uFEFF");
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(texto.substring(1)))) {
      assertThat(parser.getRecords()).anySatisfy(r -> assertThat(r.get("titulo")).isEqualTo(c.titulo()));
    }

    // and follows the commitment: the form asks for the address and the consent
    driver.get(url("/compromisos/" + c.folio()));
    driver.findElement(By.id("correo")).sendKeys("persona.nueva@example.org");
    driver.findElement(By.id("consentimiento")).click();
    driver.findElement(By.cssSelector("#seguir button[type=submit]")).click();
    // post/redirect/get: back on the commitment's page, whose form section says it once (flash attribute)
    navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#seguir .confirmacion")));
    assertThat(driver.getCurrentUrl()).contains("/compromisos/" + c.folio()).doesNotContain("seguimientoSolicitado");
    assertThat(driver.findElement(By.id("seguir")).getText()).contains("Revise su correo");
  }

  private FilaCompromiso tiemposDeEspera() {
    return publicados.compromisos().stream().filter(f -> f.titulo().startsWith("Tiempos de espera")).findFirst().orElseThrow();
  }

  private List<String> revisar(String nombre, String ruta, String esperado, Axe axe) {
    WebDriver driver = navegador.driver();
    List<String> problemas = new ArrayList<>();
    for (int ancho : ANCHOS) {
      driver.manage().window().setSize(new Dimension(ancho, 900));
      driver.get(url(ruta));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      assertThat(driver.findElement(By.tagName("main")).getText()).as(ruta).contains(esperado);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      long alto = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(ancho, (int) Math.min(alto + 150, 8000)));
      navegador.guardarEvidencia("rendicion-" + nombre + "-" + ancho);
      problemas.addAll(axe.violaciones(driver, ruta + " (" + ancho + " px)"));
    }
    return problemas;
  }
}
