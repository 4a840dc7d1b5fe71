package mx.infoqro.gobiernoabierto.e2e;

import mx.infoqro.gobiernoabierto.notificacion.DespachoCorreos;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.demo.PasosDemo;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The participant's whole journey in Chromium, as issue 3 tells it: a person registers on the
 * portal, follows the confirmation link of the e-mail the demo's mail server received, opens their
 * personal page, weeks later asks for a new link and opens it, submits a proposal to their table; the facilitator answers
 * it in Tasklist; the person is mailed and sees the reasoned answer on their page and on the
 * table's page. axe-core checks every portal page on the way. Staff steps between (closing the
 * registration, installing the forum, programming a session) are driven through the engine by
 * {@link EdicionEnCurso}; at the end the edition's call is withdrawn so the demo edition stays the
 * portal's current one for the other browser tests.
 */
class JornadaParticipanteE2eTest extends PruebaNavegador {

  private static final Pattern CONFIRMAR = Pattern.compile("https?://\\S+?(/registro/confirmar/[A-Za-z0-9_-]+)");
  private static final Pattern PERSONAL = Pattern.compile("https?://\\S+?(/mi-participacion/[A-Za-z0-9_-]{20,})");

  @Autowired ProcessEngine engine;
  @Autowired Motor motor;
  @Autowired DespachoCorreos despacho;
  @Autowired PasosDemo pasos;
  @Autowired MesaRepository mesas;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired Escenarios escenarios;
  @Autowired GreenMail correoDemo;
  @Autowired TransactionTemplate tx;

  private final Axe axe = new Axe();
  private final List<String> problemas = new ArrayList<>();

  @Test
  void aPersonRegistersProposesAndSeesTheFacilitatorsReasonedAnswer() throws Exception {
    EdicionEnCurso edicion = new EdicionEnCurso(pasos, mesas, escenarios.nuevoAnio());
    String correo = "jornada." + edicion.ejercicio().getAnio() + "@ejemplo.mx";
    WebDriver driver = navegador.driver();
    try {
      // 1. Registration on the portal, on the first axis of the call
      driver.get(url("/"));
      driver.findElement(By.linkText("Regístrese")).click();
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("nombre")));
      revisar("/registro");
      driver.findElement(By.id("nombre")).sendKeys("Teresa Jornada");
      driver.findElement(By.id("correo")).sendKeys(correo);
      driver.findElement(By.cssSelector("label[for=sector-ORGANIZACION]")).click();
      driver.findElement(By.id("organizacion")).sendKeys("Colectivo Agua Clara");
      new Select(driver.findElement(By.id("municipio"))).selectByVisibleText("Querétaro");
      String eje = driver.findElement(By.id("ejes")).getAttribute("value");
      driver.findElement(By.cssSelector("label[for=ejes]")).click();
      driver.findElement(By.cssSelector("label[for=consentimiento]")).click();
      driver.findElement(By.cssSelector("form.formulario button[type=submit]")).click();
      navegador.espera().until(ExpectedConditions.urlContains("/registro/revise-su-correo"));
      revisar("/registro/revise-su-correo");

      // 2. The confirmation link of the e-mail received by the demo's SMTP server
      // (opening it changes nothing: the person confirms with the page's button)
      driver.get(url(enlaceRecibido(correo, CONFIRMAR)));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      revisar("/registro/confirmar (botón)");
      driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      navegador.espera().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Su registro quedó confirmado"));
      revisar("/registro/confirmar");
      assertThat(enlaceRecibido(correo, PERSONAL)).startsWith("/mi-participacion/");

      // 3. Staff: more people register on the axis, the window closes, the table is installed
      escenarios.registro(edicion.ejercicio(), Sector.GOBIERNO, escenarios.sujeto(), eje);
      escenarios.registro(edicion.ejercicio(), Sector.ACADEMIA, null, eje);
      escenarios.registro(edicion.ejercicio(), Sector.CIUDADANIA, null, eje);
      edicion.cerrarRegistroEInstalarStl();
      Mesa mesa = edicion.mesaInstalada();
      edicion.irA(50);
      edicion.programarSesion(mesa, 60, "Sala de Plenos de la Comisión");
      edicion.irA(52);

      // 4. Weeks later the first link expired: the person asks the portal for a new one
      driver.get(url("/"));
      driver.findElement(By.linkText("Mi participación")).click();
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("correo")));
      revisar("/mi-participacion (solicitar enlace)");
      driver.findElement(By.id("correo")).sendKeys(correo);
      var enviar = driver.findElement(By.cssSelector("form.formulario button[type=submit]"));
      enviar.click();
      navegador.espera().until(ExpectedConditions.stalenessOf(enviar));
      revisar("/mi-participacion (enlace solicitado)");

      // 5. The personal page: the table, its session with a calendar file, a new proposal
      driver.get(url(enlaceRecibido(correo, PERSONAL)));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("titulo-mesas")));
      String pagina = driver.findElement(By.tagName("main")).getText();
      assertThat(pagina).contains("Teresa Jornada", mesa.getFolio(), "Sala de Plenos de la Comisión");
      assertThat(driver.findElements(By.cssSelector("a[href$='.ics']"))).isNotEmpty();
      revisar("/mi-participacion");
      String problema = "Los pozos de la comunidad no publican la calidad del agua.";
      driver.findElement(By.id("problema")).sendKeys(problema);
      driver.findElement(By.id("propuesta")).sendKeys("Publicar cada mes los análisis de calidad del agua de cada pozo.");
      driver.findElement(By.cssSelector("form[action*='/propuestas'] button[type=submit]")).click();
      navegador.espera().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), problema));
      revisar("/mi-participacion (propuesta enviada)");

      // 6. The facilitator answers it in Tasklist, through its form
      TasklistPagina tasklist = tasklist();
      tasklist.entrar("facilitador", CONTRASENA_DEMO);
      // Assigned to the table's own facilitator (mesa/Facilitacion): in "Mis tareas", no claim needed
      tasklist.elegirFiltro("Mis tareas");
      tasklist.abrirTarea("Dar respuesta razonada a la propuesta recibida en el portal");
      tasklist.elegir("Respuesta", "Se incorpora a un compromiso");
      String razon = "La mesa la toma para el compromiso de datos abiertos del agua.";
      tasklist.llenar("Razón de la respuesta (pública)", razon);
      tasklist.completar();
      navegador.espera().until(d -> respuestaRegistrada(mesa));

      // 7. The person is mailed and sees the reasoned answer on their page and on the table's page
      String enlaceRespuesta = enlaceRecibido(correo, PERSONAL);
      driver.get(url(enlaceRespuesta));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.id("titulo-propuestas")));
      assertThat(driver.findElement(By.tagName("main")).getText()).contains(problema, razon);
      revisar("/mi-participacion (respuesta)");
      driver.get(url("/mesas/" + mesa.getId()));
      navegador.espera().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      String publica = driver.findElement(By.tagName("main")).getText();
      assertThat(publica).contains(problema, razon, "Colectivo Agua Clara").doesNotContain(correo);
      revisar("/mesas/" + mesa.getId());

      assertThat(problemas).as("serious or critical axe-core violations").isEmpty();
    } finally {
      edicion.terminar();
      retirarConvocatoria(edicion);
    }
  }

  private void revisar(String pagina) {
    problemas.addAll(axe.violaciones(navegador.driver(), pagina));
  }

  /** Whether the facilitator's answer reached the table's process (the task is gone). */
  private boolean respuestaRegistrada(Mesa mesa) {
    return engine.getTaskService().createTaskQuery()
            .processInstanceBusinessKey(mesa.getFolio())
            .taskDefinitionKey("Task_ResponderPropuestaPortal")
            .count()
        == 0;
  }

  /**
   * Delivers the queued mail (the outbox's delivery jobs and any async step before them, run here
   * as the job executor would) and returns the path of the last link matching {@code enlace} in the
   * newest message the demo's mail server received for {@code correo}.
   */
  private String enlaceRecibido(String correo, Pattern enlace) throws Exception {
    entregarCorreo();
    MimeMessage[] recibidos = correoDemo.getReceivedMessagesForDomain(correo);
    List<MimeMessage> mensajes = new ArrayList<>(Arrays.asList(recibidos));
    for (int i = mensajes.size() - 1; i >= 0; i--) {
      Matcher m = enlace.matcher(Correos.texto(mensajes.get(i)));
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("No mail for " + correo + " with a link like " + enlace);
  }

  private void entregarCorreo() {
    var gestion = engine.getManagementService();
    for (int vuelta = 0; vuelta < 5; vuelta++) {
      // Other people's mail of the stage (e.g. a test agency without a liaison's address) may fail
      // at its first attempt: it goes to its delivery process; this test asserts the mail it reads
      despacho.despachar();
      List<Job> pendientes = gestion.createJobQuery().processDefinitionKey("mesa-cocreacion").messages().executable().list();
      if (pendientes.isEmpty()) {
        return;
      }
      for (Job job : pendientes) {
        try {
          motor.ejecutar(job.getId());
        } catch (RuntimeException e) {
          // a step that failed stays with its retries; this test asserts the mail it reads
        }
      }
    }
  }


  private void retirarConvocatoria(EdicionEnCurso edicion) {
    tx.executeWithoutResult(
        s -> {
          Convocatoria c = convocatorias.findByEjercicioId(edicion.ejercicio().getId()).orElseThrow();
          c.setEstado(Convocatoria.EstadoConvocatoria.APROBADA);
          c.setPublicada(null);
        });
  }
}
