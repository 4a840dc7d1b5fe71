package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person registers in Chromium: the form, its error summary, the "check your e-mail" page and the
 * e-mailed confirmation link, each checked by axe-core (no serious or critical violation). The
 * edition is a new one whose window is open today; its call is withdrawn again at the end so the
 * demo edition stays the portal's current one for the other browser tests.
 */
class RegistroE2eTest extends PruebaNavegador {

  private static final Pattern ENLACE = Pattern.compile("https?://\\S+?(/registro/confirmar/[A-Za-z0-9_-]+)");

  @Autowired Escenarios escenarios;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired NotificacionRepository notificaciones;
  @Autowired TransactionTemplate tx;

  @Test
  void aPersonRegistersOnAnAccessibleFormAndConfirmsWithTheMailedLink() {
    Axe axe = new Axe();
    Ejercicio e = escenarios.ejercicio();
    ventanaAbiertaHoy(e, true);
    try {
      WebDriver driver = navegador.driver();
      List<String> problemas = new ArrayList<>();
      driver.get(url("/registro"));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("nombre")));
      problemas.addAll(axe.violaciones(driver, "/registro"));

      driver.findElement(By.cssSelector("form.formulario button[type=submit]")).click();
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("resumen-errores")));
      assertThat(driver.findElement(By.id("resumen-errores")).getText()).contains("Escriba su nombre completo.");
      problemas.addAll(axe.violaciones(driver, "/registro (errores)"));

      String correo = "navegador." + e.getAnio() + "@ejemplo.mx";
      driver.findElement(By.id("nombre")).sendKeys("Rosa Navegante");
      driver.findElement(By.id("correo")).sendKeys(correo);
      driver.findElement(By.cssSelector("label[for=sector-CIUDADANIA]")).click();
      new Select(driver.findElement(By.id("municipio"))).selectByVisibleText("Colón");
      driver.findElement(By.cssSelector("label[for=ejes]")).click();
      driver.findElement(By.cssSelector("label[for=consentimiento]")).click();
      driver.findElement(By.cssSelector("form.formulario button[type=submit]")).click();
      navegador.espera().until(ExpectedConditions.urlContains("/registro/revise-su-correo"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Revise su correo electrónico");
      problemas.addAll(axe.violaciones(driver, "/registro/revise-su-correo"));

      Notificacion mensaje =
          notificaciones.findByFolioOrderById(e.getFolio()).stream()
              .filter(n -> correo.equals(n.getDestinatarioCorreo()))
              .findFirst()
              .orElseThrow();
      Matcher m = ENLACE.matcher(mensaje.getCuerpo());
      assertThat(m.find()).isTrue();
      driver.get(url(m.group(1)));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      // opening the link confirms nothing (a mail scanner may open it first): the button does
      assertThat(driver.findElement(By.tagName("main")).getText()).contains("Confirmar mi registro");
      problemas.addAll(axe.violaciones(driver, "/registro/confirmar (botón)"));
      driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      navegador.espera().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Su registro quedó confirmado"));
      problemas.addAll(axe.violaciones(driver, "/registro/confirmar"));

      assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
    } finally {
      ventanaAbiertaHoy(e, false);
    }
  }

  /** Publishes the edition's call with its window open today, or withdraws it. */
  private void ventanaAbiertaHoy(Ejercicio e, boolean publicar) {
    LocalDate hoy = LocalDate.now(ZoneId.of("America/Mexico_City"));
    tx.executeWithoutResult(
        s -> {
          Convocatoria c = convocatorias.findByEjercicioId(e.getId()).orElseThrow();
          c.setFechaAperturaRegistro(hoy.minusDays(1));
          c.setFechaCierreRegistro(hoy.plusDays(10));
          c.setEstado(publicar ? Convocatoria.EstadoConvocatoria.PUBLICADA : Convocatoria.EstadoConvocatoria.APROBADA);
          c.setVersion(1);
          c.setPublicada(publicar ? Instant.now() : null);
        });
  }
}
