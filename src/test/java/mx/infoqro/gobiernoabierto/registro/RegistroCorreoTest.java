package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.ServidorCorreo;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The registration's mails delivered by a real SMTP server (GreenMail), and their links followed:
 * the confirmation, the already-registered notice, the personal-page link of the confirmation,
 * and the liaison's validated and rejected mails.
 */
class RegistroCorreoTest extends PruebaRegistro {

  @RegisterExtension static final ServidorCorreo SMTP = ServidorCorreo.nuevo();

  @Autowired WebApplicationContext contexto;
  @Autowired EnlacesParticipante enlaces;

  private MockMvc mvc;

  @BeforeEach
  void preparar() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  @Test
  void theConfirmationMailArrivesItsLinkConfirmsAndThePersonalLinkFollows() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "greenmail.osc@ejemplo.mx";
    tx.executeWithoutResult(s -> servicio.registrar(datos(correo)));

    MimeMessage confirmacion = entregar(e, correo, NOTIFICACION_CONFIRMACION);
    assertThat(confirmacion.getSubject()).isEqualTo("Confirme su registro al Ejercicio de Gobierno Abierto " + e.getFolio());
    String texto = Correos.texto(confirmacion);
    assertThat(texto).contains("Hola, Ana Martínez", "/registro/confirmar/", fecha(cierre(e)));
    assertThat(Correos.html(confirmacion)).contains(ruta(texto));

    MockHttpServletResponse abierta = mvc.perform(get(ruta(texto))).andReturn().getResponse();
    abierta.setCharacterEncoding("UTF-8");
    assertThat(abierta.getContentAsString()).contains("Confirmar mi registro");
    var enviado = mvc.perform(post(ruta(texto)).with(csrf())).andReturn();
    MockHttpServletResponse pagina =
        mvc.perform(get(enviado.getResponse().getRedirectedUrl()).flashAttrs(enviado.getFlashMap())).andReturn().getResponse();
    pagina.setCharacterEncoding("UTF-8");
    assertThat(pagina.getStatus()).isEqualTo(200);
    assertThat(pagina.getContentAsString()).contains("Su registro quedó confirmado");

    MimeMessage confirmado = entregar(e, correo, NOTIFICACION_CONFIRMADO);
    String cuerpo = Correos.texto(confirmado);
    assertThat(confirmado.getSubject()).isEqualTo("Registro confirmado: Ejercicio de Gobierno Abierto " + e.getFolio());
    assertThat(cuerpo).contains("/mi-participacion/", "ya cuenta para la conformación de las mesas");
    assertThat(enlaces.validar(token(cuerpo), EnlacesParticipante.Proposito.ACCESO))
        .get()
        .extracting(Participante::getCorreo)
        .isEqualTo(correo);
  }

  @Test
  void aSecondRegistrationGetsTheTruthByMailWithANewLinkOfTheRightKind() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "greenmail.repetido@ejemplo.mx";
    tx.executeWithoutResult(s -> servicio.registrar(datos(correo)));
    entregar(e, correo, NOTIFICACION_CONFIRMACION);

    // not confirmed yet: the notice carries a new confirmation link, which works
    tx.executeWithoutResult(s -> servicio.registrar(datos("Greenmail.Repetido@ejemplo.mx")));
    MimeMessage pendiente = entregar(e, correo, NOTIFICACION_EXISTENTE);
    String texto = Correos.texto(pendiente);
    assertThat(pendiente.getSubject()).isEqualTo("Usted ya está registrado en el Ejercicio de Gobierno Abierto " + e.getFolio());
    assertThat(texto).contains("ya está registrado", "no se guardó nada nuevo", "aún no está confirmado", "/registro/confirmar/");
    assertThat(confirmacion.confirmar(token(texto))).isEqualTo(ConfirmacionRegistro.Confirmacion.CONFIRMADO);
    entregar(e, correo, NOTIFICACION_CONFIRMADO);

    // confirmed: the notice carries a link to the personal page
    tx.executeWithoutResult(s -> servicio.registrar(datos(correo)));
    MimeMessage confirmado = entregarUltimo(e, correo, NOTIFICACION_EXISTENTE);
    String cuerpo = Correos.texto(confirmado);
    assertThat(cuerpo).contains("ya está confirmado", "/mi-participacion/");
    assertThat(enlaces.validar(token(cuerpo), EnlacesParticipante.Proposito.ACCESO)).isPresent();
  }

  @Test
  void theLiaisonReceivesTheValidation() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "greenmail.validado@ejemplo.mx";
    SujetoObligado sujeto = escenarios.sujeto();
    ProcessInstance pi = enlaceConfirmado(e, correo, sujeto);
    MimeMessage confirmado = entregar(e, correo, NOTIFICACION_CONFIRMADO);
    assertThat(Correos.texto(confirmado)).contains("cuenta cuando la Comisión lo valide");

    decidir(pi, Map.of(VAR_DECISION, VALIDADO));

    MimeMessage validado = entregar(e, correo, NOTIFICACION_VALIDADO);
    assertThat(validado.getSubject()).isEqualTo("Su registro como enlace fue validado (" + e.getFolio() + ")");
    String texto = Correos.texto(validado);
    assertThat(texto).contains("validó su registro como enlace de " + sujeto.getNombre(), "/mi-participacion/");
    assertThat(enlaces.validar(token(texto), EnlacesParticipante.Proposito.ACCESO)).isPresent();
  }

  @Test
  void theLiaisonReceivesTheRejectionWithItsReason() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "greenmail.rechazado@ejemplo.mx";
    SujetoObligado sujeto = escenarios.sujeto();
    ProcessInstance pi = enlaceConfirmado(e, correo, sujeto);

    decidir(pi, rechazo("No es la persona designada por la dependencia."));

    MimeMessage rechazado = entregar(e, correo, NOTIFICACION_RECHAZADO);
    assertThat(rechazado.getSubject()).isEqualTo("Su registro como enlace no fue validado (" + e.getFolio() + ")");
    assertThat(Correos.texto(rechazado)).contains("no validó su registro como enlace de " + sujeto.getNombre(), "No es la persona designada por la dependencia.");
  }

  // --- Helpers -------------------------------------------------------------------------------------

  private ProcessInstance enlaceConfirmado(Ejercicio e, String correo, SujetoObligado sujeto) {
    tx.executeWithoutResult(s -> servicio.registrar(datosEnlace(correo, sujeto.getId())));
    assertThat(confirmacion.confirmar(token(correos(e, correo).get(0).getCuerpo())))
        .isEqualTo(ConfirmacionRegistro.Confirmacion.PENDIENTE_VALIDACION);
    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    Long registroId = registros.findByParticipanteId(p.getId()).orElseThrow().getId();
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(claveNegocio(e.getFolio(), registroId))
        .singleResult();
  }

  /** comision decides in Tasklist, then the async notification step runs. */
  private void decidir(ProcessInstance pi, Map<String, Object> valores) {
    Task tarea = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    motor.completarAutenticado(tarea, "bea.comision", List.of(Grupos.COMISION), valores);
    motor.ejecutar(pi.getId(), TASK_NOTIFICAR_VALIDACION);
  }

  /** Delivers the only queued message of the type to the address and returns what GreenMail received. */
  private MimeMessage entregar(Ejercicio e, String correo, String tipo) throws Exception {
    List<Notificacion> delTipo = correos(e, correo).stream().filter(n -> tipo.equals(n.getTipo())).toList();
    assertThat(delTipo).as(tipo).hasSize(1);
    return enviar(delTipo.get(0), correo);
  }

  private MimeMessage entregarUltimo(Ejercicio e, String correo, String tipo) throws Exception {
    List<Notificacion> delTipo = correos(e, correo).stream().filter(n -> tipo.equals(n.getTipo())).toList();
    return enviar(delTipo.get(delTipo.size() - 1), correo);
  }

  private MimeMessage enviar(Notificacion n, String correo) throws Exception {
    int antes = SMTP.getReceivedMessages().length;
    assertThat(despacho.entregar(n.getId())).isTrue();
    MimeMessage[] recibidos = SMTP.getReceivedMessages();
    assertThat(recibidos).hasSize(antes + 1);
    MimeMessage m = recibidos[recibidos.length - 1];
    assertThat(Correos.destinatarios(m, Message.RecipientType.TO)).containsExactly(correo);
    return m;
  }

}
