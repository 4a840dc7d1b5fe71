package mx.infoqro.gobiernoabierto.privacidad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ServidorCorreo;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * End to end through a real SMTP server (GreenMail): the portal form, the mailed confirmation link,
 * and the link followed leads to the data-protection staff's task.
 */
class ConfirmacionArcoCorreoTest extends PruebaIntegracion {

  @RegisterExtension static final ServidorCorreo SMTP = ServidorCorreo.nuevo();

  @Autowired WebApplicationContext contexto;
  @Autowired NotificacionRepository notificaciones;
  @Autowired Organismo organismo;
  @Autowired JdbcTemplate jdbc;

  private MockMvc mvc;

  @BeforeEach
  void preparar() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  @Test
  void theMailedLinkConfirmsTheIdentityAndOpensTheTaskOfTheDataProtectionStaff() throws Exception {
    var persona = new ArcoEscenario(escenarios, jdbc).persona();
    String folio = (String) mvc.perform(post("/derechos-arco").with(csrf()).with(r -> {
              r.setRemoteAddr("10.9.200.1");
              return r;
            })
            .param("nombre", persona.nombre())
            .param("correo", persona.correo())
            .param("derecho", "CANCELACION")
            .param("descripcion", "Cancelen mis datos, por favor.")
            .param("acepto", "true")
            .param("sitioWeb", ""))
        .andReturn().getFlashMap().get("folio");
    assertThat(folio).isNotNull();

    // the process's async step queues the mail; the outbox's dispatcher sends it
    motor.ejecutar(motor.instancia(DerechosArcoBpmn.KEY, folio), DerechosArcoBpmn.TASK_ENVIAR_CONFIRMACION);
    Notificacion n = notificaciones.findByFolioAndTipo(folio, DerechosArcoBpmn.NOTIFICACION_CONFIRMAR).get(0);
    assertThat(despacho.entregar(n.getId())).isTrue();

    MimeMessage[] recibidos = SMTP.getReceivedMessages();
    assertThat(recibidos).hasSize(1);
    assertThat(recibidos[0].getAllRecipients()[0].toString()).isEqualTo(persona.correo());
    assertThat(recibidos[0].getSubject()).isEqualTo("Confirme su solicitud de derechos ARCO " + folio);
    String texto = Correos.texto(recibidos[0]);
    Matcher enlace = Pattern.compile(Pattern.quote(organismo.getSitio()) + "(/derechos-arco/confirmar/[A-Za-z0-9]+)").matcher(texto);
    assertThat(enlace.find()).as("link in %s", texto).isTrue();

    MockHttpServletResponse abierta = mvc.perform(get(enlace.group(1))).andReturn().getResponse();
    assertThat(abierta.getContentAsString()).contains("Confirmar mi identidad", folio);
    var enviado = mvc.perform(post(enlace.group(1)).with(csrf())).andReturn();
    MockHttpServletResponse pagina =
        mvc.perform(get(enviado.getResponse().getRedirectedUrl()).flashAttrs(enviado.getFlashMap())).andReturn().getResponse();

    assertThat(pagina.getStatus()).isEqualTo(200);
    assertThat(pagina.getContentAsString()).contains("Identidad confirmada", folio);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(folio)
        .taskDefinitionKey(DerechosArcoBpmn.TASK_ATENDER).taskCandidateGroup(Grupos.DATOS_PERSONALES).count())
        .isEqualTo(1);
  }
}
