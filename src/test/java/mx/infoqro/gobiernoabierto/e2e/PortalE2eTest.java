package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.mesa.Mesa.EstadoMesa;
import mx.infoqro.gobiernoabierto.portal.ConsultaPortal;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.Edicion;
import mx.infoqro.gobiernoabierto.portal.VistasPortal.MesaResumen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public portal in Chromium on the demo edition: each read-only page renders, in Spanish, and
 * axe-core (npm package, {@code node_modules/axe-core/axe.min.js}, installed by {@code npm ci})
 * finds no serious or critical accessibility violation at desktop and mobile widths. Screenshots
 * of every page are left in {@code target/e2e/portal-*.png}.
 */
class PortalE2eTest extends PruebaNavegador {

  private static final int[] ANCHOS = {1366, 390};

  @Autowired ConsultaPortal consulta;
  @Autowired ParticipanteRepository participantes;

  @Test
  void everyPublicPageIsAccessibleAtDesktopAndMobileWidths() {
    Edicion edicion = consulta.edicionActual().orElseThrow();
    MesaResumen trabajada = trabajada(edicion);
    MesaResumen desierta = mesa(edicion, EstadoMesa.DESIERTA);
    Axe axe = new Axe();

    List<String> problemas = new ArrayList<>();
    problemas.addAll(revisar("inicio", "/", "Ejercicio de Gobierno Abierto " + edicion.anio(), axe));
    problemas.addAll(revisar("convocatoria", "/convocatoria", edicion.convocatoria().titulo(), axe));
    problemas.addAll(revisar("mesas", "/mesas", "Mesas de co-creación", axe));
    problemas.addAll(revisar("mesa", "/mesas/" + trabajada.id(), trabajada.eje(), axe));
    problemas.addAll(revisar("mesa-desierta", "/mesas/" + desierta.id(), "Desierta", axe));
    problemas.addAll(revisar("privacidad", "/privacidad", "Aviso de privacidad integral", axe));
    problemas.addAll(revisar("derechos-arco", "/derechos-arco", "Derechos ARCO sobre sus datos personales", axe));
    problemas.addAll(revisar("no-encontrada", "/mesas/999999", "Página no encontrada", axe));

    assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
  }

  @Test
  void aVisitorGoesFromTheHomeToATableThroughTheLinks() {
    WebDriver driver = navegador.driver();
    driver.get(url("/"));
    driver.findElement(By.linkText("Conozca las mesas de co-creación y sus propuestas")).click();
    navegador.espera().until(ExpectedConditions.urlContains("/mesas"));
    MesaResumen instalada = trabajada(consulta.edicionActual().orElseThrow());
    driver.findElement(By.linkText(instalada.eje())).click();

    navegador.espera().until(ExpectedConditions.urlContains("/mesas/" + instalada.id()));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains(instalada.eje());
    String pagina = driver.getPageSource();
    assertThat(pagina).contains("Propuestas y respuestas razonadas");
    // No participant's e-mail: every personal address of the demo is checked
    List<String> correos = participantes.findAll().stream().map(Participante::getCorreo).toList();
    assertThat(correos).isNotEmpty().allSatisfy(correo -> assertThat(pagina).doesNotContain(correo));
  }

  private List<String> revisar(String nombre, String ruta, String esperado, Axe axe) {
    WebDriver driver = navegador.driver();
    List<String> problemas = new ArrayList<>();
    for (int ancho : ANCHOS) {
      driver.manage().window().setSize(new Dimension(ancho, 900));
      driver.get(url(ruta));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      assertThat(driver.findElement(By.tagName("main")).getText()).as(ruta).contains(esperado);
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-MX");
      JavascriptExecutor js = (JavascriptExecutor) driver;
      long alto = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(ancho, (int) Math.min(alto + 150, 8000)));
      navegador.guardarEvidencia("portal-" + nombre + "-" + ancho);
      problemas.addAll(axe.violaciones(driver, ruta + " (" + ancho + " px)"));
    }
    return problemas;
  }

  /** The demo's table that worked (installed, now closed with its commitments). */
  private static MesaResumen trabajada(Edicion edicion) {
    return edicion.mesas().stream().filter(m -> m.estado() != EstadoMesa.DESIERTA).findFirst().orElseThrow();
  }

  private static MesaResumen mesa(Edicion edicion, EstadoMesa estado) {
    return edicion.mesas().stream().filter(m -> m.estado() == estado).findFirst().orElseThrow();
  }
}
