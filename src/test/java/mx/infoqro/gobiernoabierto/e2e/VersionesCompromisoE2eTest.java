package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.CambiosCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisosPublicados;
import mx.infoqro.gobiernoabierto.compromiso.PlanesPublicados;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.VersionesPlanPrueba;
import mx.infoqro.gobiernoabierto.compromiso.VistasPlan.FilaCompromiso;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commitment's versions page in Chromium (issue #28): on a commitment of the demo's past edition
 * changed by the STL (a new version) and a rejected request, the page passes axe-core at desktop
 * and mobile widths, is reached from the commitment's page, and shows what was removed and added
 * (a milestone's text word by word: removed words struck through, added ones highlighted, each
 * with its words for screen readers); then, with a second PDF of the plan stored, the plan's page
 * lists both versions and passes axe-core too. Screenshots in {@code target/e2e/versiones-*.png}
 * and {@code plan-versiones-*.png}.
 */
class VersionesCompromisoE2eTest extends PruebaNavegador {

  private static final int[] ANCHOS = {1366, 390};

  @Autowired CompromisosPublicados publicados;
  @Autowired CambiosCompromiso cambios;
  @Autowired PlanesPublicados planes;
  @Autowired VersionesPlanPrueba versionesPlan;
  @Autowired ConsultaEjercicios ejercicios;

  @Test
  void theVersionsPageIsAccessibleAndReachedFromTheCommitmentsPage() {
    FilaCompromiso c = publicados.compromisos().stream().filter(f -> f.titulo().equals("Monitoreo ciudadano del agua")).findFirst().orElseThrow();
    String hito = publicados.compromiso(c.folio()).orElseThrow().hitos().get(0).descripcion();
    String nuevoHito = hito.substring(0, hito.lastIndexOf(' ')) + " con las muestras de los comités comunitarios de agua";
    CambioCompromiso aprobado = cambios.solicitar(c.folio(), "comision", Set.of(Grupos.COMISION),
        new SolicitudCambio("Se sumaron los comités de agua de la Sierra Gorda, que aportan las muestras de sus pozos.",
            "https://transparencia.example.mx/acta-comites", null, null, null,
            "Comités comunitarios de agua de la Sierra Gorda; Universidad Autónoma de Querétaro",
            List.of(new SolicitudCambio.CambioHito(1, nuevoHito, null, null, null, false, null))));
    assertThat(cambios.aprobarStl(aprobado.getId(), "stl")).isFalse();
    CambioCompromiso rechazado = cambios.solicitar(c.folio(), "comision", Set.of(Grupos.COMISION),
        SolicitudCambio.deHitos("El laboratorio cambió de sede.", SolicitudCambio.CambioHito.retirar(1, "Sin laboratorio")));
    cambios.rechazar(rechazado.getId(), "stl", "El hito puede cumplirse con el laboratorio estatal.");

    WebDriver driver = navegador.driver();
    driver.get(url("/compromisos/" + c.folio()));
    navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("version-compromiso")));
    assertThat(driver.findElement(By.id("version-compromiso")).getText()).contains("Versión " + (c.version() + 1) + " · modificada el");
    driver.findElement(By.linkText("Versiones del compromiso y solicitudes de cambio")).click();
    navegador.espera().until(ExpectedConditions.urlContains("/compromisos/" + c.folio() + "/versiones"));

    // the milestone's text word by word: its last word struck out, the words added marked, the rest plain
    WebElement fila = driver.findElement(By.xpath("//table[contains(@class,'diferencia')]//tr[th[starts-with(normalize-space(.), 'Descripción del hito')]]"));
    WebElement del = fila.findElement(By.tagName("del"));
    assertThat(del.getText()).contains(hito.substring(hito.lastIndexOf(' ') + 1));
    assertThat(del.getCssValue("text-decoration-line")).isEqualTo("line-through");
    WebElement ins = fila.findElement(By.tagName("ins"));
    assertThat(ins.getText()).contains("con las muestras de los comités comunitarios de agua");
    assertThat(ins.getCssValue("text-decoration-line")).isEqualTo("none");
    assertThat(fila.findElements(By.tagName("td")).get(1).getText()).contains(hito.substring(0, hito.lastIndexOf(' ')));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("El hito puede cumplirse con el laboratorio estatal.");

    // the plan's second PDF, as the rendering after an approved change stores it: the plan's page lists both
    byte[] original = planes.pdf(c.edicion(), 1).orElseThrow().contenido();
    byte[] nota = "\n% versión 2 del plan\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] segunda = java.util.Arrays.copyOf(original, original.length + nota.length);
    System.arraycopy(nota, 0, segunda, original.length, nota.length);
    int version = versionesPlan.agregarVersion(ejercicios.porFolio(c.edicion()).orElseThrow(), segunda,
        java.util.HexFormat.of().formatHex(sha256(segunda)));

    Axe axe = new Axe();
    List<String> problemas = new ArrayList<>();
    problemas.addAll(revisar("versiones", "/compromisos/" + c.folio() + "/versiones", axe));
    problemas.addAll(revisar("plan-versiones", "/plan-de-accion/" + c.edicion(), axe));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Versiones anteriores del documento");
    assertThat(driver.findElement(By.partialLinkText("Descargar el plan de acción en PDF")).getAttribute("href"))
        .endsWith("/plan-de-accion/" + c.edicion() + "/v" + version + ".pdf");
    assertThat(driver.findElement(By.partialLinkText("Versión 1 en PDF")).getAttribute("href")).endsWith("/plan-de-accion/" + c.edicion() + ".pdf");
    assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
  }

  private List<String> revisar(String nombre, String ruta, Axe axe) {
    WebDriver driver = navegador.driver();
    List<String> problemas = new ArrayList<>();
    for (int ancho : ANCHOS) {
      driver.manage().window().setSize(new Dimension(ancho, 900));
      driver.get(url(ruta));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      long alto = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(ancho, (int) Math.min(alto + 150, 8000)));
      navegador.guardarEvidencia(nombre + "-" + ancho);
      problemas.addAll(axe.violaciones(driver, ruta + " (" + ancho + " px)"));
    }
    return problemas;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
