package mx.infoqro.gobiernoabierto.operacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.notificacion.EnvioNotificacionBpmn;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * A mail outage: the SMTP server (GreenMail) stops while messages are queued. The dispatcher's
 * first attempt hands each message to its delivery process, which retries it and ends as a Cockpit
 * incident; the messages stay in the outbox, and the outbox page
 * ({@code /gestion/correos}) says at every step what happened to each one (pending with its
 * attempts, failed with an incident, sent). When the server is back and the incidents' jobs are
 * retried, as an operator does in Cockpit, every message is delivered exactly once.
 */
class CorteCorreoTest extends PruebaIntegracion {

  private static final Pattern ESTADO = Pattern.compile("estado-envio-([a-z]+)");
  private static final Pattern INTENTOS = Pattern.compile("Intentos: (\\d+)");

  @Autowired Notificador notificador;
  @Autowired JavaMailSender mailSender;
  @Autowired TransactionTemplate tx;
  @Autowired WebApplicationContext contexto;

  private GreenMail smtp;
  private ServerSetup servidor;
  private String hostOriginal;
  private int puertoOriginal;
  private MockMvc mvc;
  private final String folio = "CORTE-" + System.nanoTime();

  @BeforeEach
  void servidorDeCorreo() throws Exception {
    int puerto;
    try (ServerSocket libre = new ServerSocket(0)) {
      puerto = libre.getLocalPort();
    }
    servidor = new ServerSetup(puerto, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    smtp = new GreenMail(servidor);
    smtp.start();
    JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
    hostOriginal = sender.getHost();
    puertoOriginal = sender.getPort();
    sender.setHost("127.0.0.1");
    sender.setPort(puerto);
    mvc = MockMvcBuilders.webAppContextSetup(contexto).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  @AfterEach
  void restaurar() {
    smtp.stop();
    JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
    sender.setHost(hostOriginal);
    sender.setPort(puertoOriginal);
  }

  @Test
  void noMessageIsLostWhileTheMailServerIsDownAndTheOutboxPageTellsTheTruth() throws Exception {
    smtp.stop();
    List<Notificacion> mensajes = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String correo = "persona" + i + "@corte.example";
      mensajes.add(tx.execute(s -> notificador.aCorreo(folio, "ASIGNACION_MESA", correo, "Persona", "Salud", folio)));
    }
    assertThat(bandeja()).containsOnly("pendiente");

    // The dispatcher's first attempt of each: refused; each message gets its delivery process
    for (Notificacion n : mensajes) {
      assertThat(despacho.entregar(n.getId())).isFalse();
    }
    mensajes.forEach(n -> instancias.add(instancia(n)));
    assertThat(bandeja()).containsOnly("pendiente");
    assertThat(intentos()).containsOnly(1);
    assertThat(incidentes()).isZero();

    // The process's first attempt, at once: refused, retried later; the page shows the attempts
    for (Notificacion n : mensajes) {
      String job = trabajo(n).getId();
      assertThatThrownBy(() -> motor.ejecutar(job)).isInstanceOf(RuntimeException.class);
    }
    assertThat(bandeja()).containsOnly("pendiente");
    assertThat(intentos()).containsOnly(2);
    assertThat(incidentes()).isZero();

    // Every retry fails while the server is down: each message becomes a Cockpit incident
    for (Notificacion n : mensajes) {
      while (trabajo(n).getRetries() > 0) {
        String job = trabajo(n).getId();
        assertThatThrownBy(() -> motor.ejecutar(job)).isInstanceOf(RuntimeException.class);
      }
    }
    assertThat(incidentes()).isEqualTo(3);
    assertThat(bandeja()).containsOnly("fallido");
    assertThat(intentos()).containsOnly(6);

    // The server is back; the operator retries each incident's job in Cockpit
    smtp = new GreenMail(servidor);
    smtp.start();
    for (Notificacion n : mensajes) {
      Job job = trabajo(n);
      managementService.setJobRetries(job.getId(), 1);
      motor.ejecutar(job.getId());
    }

    assertThat(incidentes()).isZero();
    assertThat(bandeja()).containsOnly("enviado").hasSize(3);
    List<String> destinatarios = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      Arrays.stream(m.getAllRecipients()).map(Object::toString).forEach(destinatarios::add);
    }
    assertThat(destinatarios)
        .as("every message delivered once")
        .containsExactlyInAnyOrder("persona1@corte.example", "persona2@corte.example", "persona3@corte.example");
  }

  private Job trabajo(Notificacion n) {
    return managementService.createJobQuery().processInstanceId(instancia(n)).singleResult();
  }

  private String instancia(Notificacion n) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(EnvioNotificacionBpmn.KEY)
        .processInstanceBusinessKey(EnvioNotificacionBpmn.claveNegocio(n.getId()))
        .singleResult()
        .getId();
  }

  private final List<String> instancias = new ArrayList<>();

  /** Cockpit's incidents of this test's deliveries. */
  private long incidentes() {
    return instancias.stream()
        .mapToLong(
            pi ->
                runtimeService.createIncidentQuery()
                    .processInstanceId(pi)
                    .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                    .activityId(EnvioNotificacionBpmn.TASK_ENVIAR_CORREO)
                    .count())
        .sum();
  }

  /** The state column of the outbox page for this test's messages, as comision sees it. */
  private List<String> bandeja() throws Exception {
    return buscar(ESTADO, pagina());
  }

  private List<Integer> intentos() throws Exception {
    return buscar(INTENTOS, pagina()).stream().map(Integer::valueOf).toList();
  }

  private String pagina() throws Exception {
    return mvc.perform(
            get("/gestion/correos")
                .param("folio", folio)
                .with(user("comision-corte").authorities(new SimpleGrantedAuthority("GRUPO_comision"))))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static List<String> buscar(Pattern patron, String texto) {
    List<String> todos = new ArrayList<>();
    Matcher m = patron.matcher(texto);
    while (m.find()) {
      todos.add(m.group(1));
    }
    return todos;
  }
}
