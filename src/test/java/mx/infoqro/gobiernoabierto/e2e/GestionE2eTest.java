package mx.infoqro.gobiernoabierto.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff pages in Chromium on the demo: a real login through the Spanish form, each page
 * renders and axe-core finds no serious or critical violation; logging out; the 403 page.
 */
class GestionE2eTest extends PruebaNavegador {

  @Autowired NotificacionRepository notificaciones;

  @Test
  void theStaffPagesAreAccessibleAndWorkWithARealLogin() {
    Axe axe = new Axe();
    WebDriver driver = navegador.driver();
    List<String> problemas = new ArrayList<>();

    driver.get(url("/gestion/auditoria"));
    navegador.espera().until(ExpectedConditions.urlContains("/gestion/entrar"));
    problemas.addAll(revisar(driver, axe, "Entrar a la gestión del ejercicio", "entrar"));
    // an unknown user: a wrong password would make Camunda hold the demo user back a few seconds
    entrar(driver, "nadie-en-la-demo", "equivocada");
    navegador.espera().until(ExpectedConditions.urlContains("?error"));
    problemas.addAll(revisar(driver, axe, "Usuario o contraseña incorrectos", "entrar-error"));

    // after the login, the page first asked for
    entrar(driver, "comision", CONTRASENA_DEMO);
    navegador.espera().until(ExpectedConditions.urlContains("/gestion/auditoria"));
    problemas.addAll(revisar(driver, axe, "Registro de decisiones", "auditoria"));
    driver.findElement(By.linkText("Inicio de gestión")).click();
    navegador.espera().until(ExpectedConditions.urlMatches(".*/gestion$"));
    problemas.addAll(revisar(driver, axe, "Sesión iniciada como comision", "inicio"));
    driver.findElement(By.linkText("Correos enviados")).click();
    navegador.espera().until(ExpectedConditions.urlContains("/gestion/correos"));
    problemas.addAll(revisar(driver, axe, "Correos enviados", "correos"));
    Notificacion alguna = notificaciones.findAll().stream().findFirst().orElse(null);
    if (alguna != null) {
      driver.get(url("/gestion/correos/" + alguna.getId()));
      problemas.addAll(revisar(driver, axe, "Texto del mensaje", "correo"));
    }

    driver.findElement(By.xpath("//button[normalize-space()='Cerrar sesión']")).click();
    navegador.espera().until(ExpectedConditions.urlContains("?salida"));
    problemas.addAll(revisar(driver, axe, "Cerró su sesión", "salida"));

    entrar(driver, "pleno", CONTRASENA_DEMO);
    navegador.espera().until(ExpectedConditions.urlMatches(".*/gestion$"));
    assertThat(driver.findElements(By.linkText("Correos enviados"))).isEmpty();
    driver.get(url("/gestion/correos"));
    problemas.addAll(revisar(driver, axe, "No tiene permiso para ver esta página", "prohibida"));

    assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
  }

  private void entrar(WebDriver driver, String usuario, String clave) {
    if (!driver.getCurrentUrl().contains("/gestion/entrar")) {
      driver.get(url("/gestion/entrar"));
    }
    driver.findElement(By.id("username")).sendKeys(usuario);
    driver.findElement(By.id("password")).sendKeys(clave);
    driver.findElement(By.cssSelector("main button[type=submit]")).click();
  }

  private List<String> revisar(WebDriver driver, Axe axe, String esperado, String nombre) {
    navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    assertThat(driver.findElement(By.tagName("main")).getText()).as(nombre).contains(esperado);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-MX");
    navegador.guardarEvidencia("gestion-" + nombre);
    return axe.violaciones(driver, nombre);
  }
}
