package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.Registro;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal page in Chromium on the demo edition: the link request form, the page of a member
 * of a demo table and the page of a bad link render in Spanish, and axe-core finds no serious or
 * critical violation at desktop and mobile widths (screenshots in {@code target/e2e/}).
 */
class MiParticipacionE2eTest extends PruebaNavegador {

  private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
  private static final int[] ANCHOS = {1366, 390};

  @Autowired MesaRepository mesas;
  @Autowired EnlacesParticipante enlaces;
  @Autowired TransactionTemplate tx;

  @Test
  void thePersonalPagesAreAccessibleAtDesktopAndMobileWidths() throws IOException {
    assertThat(AXE).as("axe-core is installed by `npm ci` (package.json) before the browser tests").exists();
    String axe = Files.readString(AXE, StandardCharsets.UTF_8);
    String enlace =
        tx.execute(
            s -> {
              Mesa mesa = mesas.findAll().stream().filter(m -> !m.getIntegrantes().isEmpty()).findFirst().orElseThrow();
              Registro integrante = mesa.getIntegrantes().iterator().next();
              return enlaces.emitir(integrante.getParticipante(), Proposito.ACCESO);
            });
    String ruta = enlace.substring(enlace.indexOf("/mi-participacion/"));

    List<String> problemas = new ArrayList<>();
    problemas.addAll(revisar("solicitar", "/mi-participacion", "Escriba el correo con el que se registró", axe));
    problemas.addAll(revisar("pagina", ruta, "Mis mesas de co-creación", axe));
    problemas.addAll(revisar("no-valido", "/mi-participacion/" + "x".repeat(43), "El enlace no es válido", axe));

    assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
  }

  private List<String> revisar(String nombre, String ruta, String esperado, String axe) throws IOException {
    WebDriver driver = navegador.driver();
    List<String> problemas = new ArrayList<>();
    for (int ancho : ANCHOS) {
      driver.manage().window().setSize(new Dimension(ancho, 900));
      driver.get(url(ruta));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      assertThat(driver.findElement(By.tagName("main")).getText()).as(nombre).contains(esperado);
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-MX");
      JavascriptExecutor js = (JavascriptExecutor) driver;
      long alto = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(ancho, (int) Math.min(alto + 150, 8000)));
      navegador.guardarEvidencia("mi-participacion-" + nombre + "-" + ancho);
      js.executeScript(axe);
      js.executeScript("window.__axe = null; axe.run(document).then(r => window.__axe = JSON.stringify(r.violations));");
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> js.executeScript("return window.__axe") != null);
      for (JsonNode v : new ObjectMapper().readTree((String) js.executeScript("return window.__axe"))) {
        String impacto = v.path("impact").asText();
        if (impacto.equals("serious") || impacto.equals("critical")) {
          problemas.add(nombre + " (" + ancho + " px): " + impacto + " " + v.path("id").asText() + " " + v.path("nodes"));
        }
      }
    }
    return problemas;
  }
}
