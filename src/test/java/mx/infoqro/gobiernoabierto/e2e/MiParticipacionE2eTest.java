package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal page in Chromium on the demo edition: the link request form, the page of a member
 * of a demo table and the page of a bad link render in Spanish, and axe-core finds no serious or
 * critical violation at desktop and mobile widths (screenshots in {@code target/e2e/}).
 */
class MiParticipacionE2eTest extends PruebaNavegador {

  private static final int[] ANCHOS = {1366, 390};

  @Autowired MesaRepository mesas;
  @Autowired EnlacesParticipante enlaces;
  @Autowired TransactionTemplate tx;

  @Test
  void thePersonalPagesAreAccessibleAtDesktopAndMobileWidths() {
    Axe axe = new Axe();
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

  private List<String> revisar(String nombre, String ruta, String esperado, Axe axe) {
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
      problemas.addAll(axe.violaciones(driver, nombre + " (" + ancho + " px)"));
    }
    return problemas;
  }
}
