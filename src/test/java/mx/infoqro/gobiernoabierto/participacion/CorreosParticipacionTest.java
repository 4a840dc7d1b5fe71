package mx.infoqro.gobiernoabierto.participacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.ServidorCorreo;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.mesa.FormularioResponderPropuestaPortal;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion;
import mx.infoqro.gobiernoabierto.mesa.SesionRepository;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mails of the personal page against a real SMTP server (GreenMail): the re-sent link, the
 * reasoned response to a portal proposal, and the session invitation with its .ics attachment.
 */
class CorreosParticipacionTest extends PruebaParticipacion {

  @RegisterExtension static final ServidorCorreo SMTP = ServidorCorreo.nuevo();

  @Autowired SesionRepository sesiones;

  @Test
  void theResentLinkArrivesAndOpensThePersonalPage() throws Exception {
    enviar(post("/mi-participacion").with(csrf()).param("correo", persona.getCorreo()), "10.98.0.1");
    Notificacion n =
        correos(ejercicio.getFolio(), MiParticipacionService.NOTIFICACION_ACCESO, persona.getCorreo()).get(0);

    entregar(n);

    MimeMessage m = unico(persona.getCorreo());
    assertThat(m.getSubject()).contains("Mi participación", ejercicio.getFolio());
    String texto = Correos.texto(m);
    assertThat(texto).contains("Hola, " + persona.getNombre());
    var pagina = abrir(ruta(texto));
    assertThat(pagina.getStatus()).isEqualTo(200);
    assertThat(pagina.getContentAsString()).contains(persona.getNombre());
  }

  @Test
  void theResponseMailCarriesTheDecisionTheReasonAndBothLinks() throws Exception {
    enviar(post("/mi-participacion/" + token + "/propuestas").with(csrf())
            .param("mesaId", String.valueOf(mesa.getId()))
            .param("problema", "No hay horarios de recolección.")
            .param("propuesta", "Publicar los horarios de recolección."),
        "10.98.0.2");
    motor.completar(pi.getId(), MesaBpmn.TASK_RESPONDER_PROPUESTA_PORTAL, FACILITADOR,
        Formularios.variables(
            FormularioResponderPropuestaPortal.respuesta(
                Propuesta.DecisionRespuesta.INCORPORADA, null, "Origina el compromiso de recolección abierta.")));
    motor.ejecutar(pi.getId(), MesaBpmn.TASK_NOTIFICAR_RESPUESTA_PROPUESTA);
    Notificacion n = correos(mesa.getFolio(), MesaBpmn.NOTIFICACION_RESPUESTA_PROPUESTA, persona.getCorreo()).get(0);

    entregar(n);

    MimeMessage m = unico(persona.getCorreo());
    assertThat(m.getSubject()).startsWith("Respuesta a su propuesta #");
    String texto = Correos.texto(m);
    assertThat(texto)
        .contains("Se incorpora a un compromiso de la mesa.", "Origina el compromiso de recolección abierta.")
        .contains("/mesas/" + mesa.getId());
    assertThat(abrir("/mesas/" + mesa.getId()).getStatus()).isEqualTo(200);
    String pagina = abrir(ruta(texto)).getContentAsString();
    assertThat(pagina).contains("Publicar los horarios de recolección.", "Origina el compromiso de recolección abierta.");
  }

  @Test
  void theInvitationCarriesTheSessionsAsAnIcsAttachment() throws Exception {
    Sesion sesion = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0);
    Notificacion n = correos(mesa.getFolio(), MesaBpmn.NOTIFICACION_INVITACION_MESA, persona.getCorreo()).get(0);
    assertThat(n.getAdjuntoNombre()).endsWith(".ics");

    entregar(n);

    MimeMessage m = unico(persona.getCorreo());
    assertThat(Correos.texto(m)).contains("Auditorio Municipal");
    List<Part> adjuntos = Correos.adjuntos(m);
    assertThat(adjuntos).hasSize(1);
    Part ics = adjuntos.get(0);
    assertThat(ics.getContentType()).startsWith("text/calendar");
    assertThat(ics.getFileName()).isEqualTo("sesion-1-" + mesa.getFolio() + ".ics");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ics.getInputStream().transferTo(bytes);
    Calendar cal = calendario(bytes.toString(StandardCharsets.UTF_8));
    VEvent evento = (VEvent) cal.getComponent("VEVENT").orElseThrow();
    assertThat(evento.getProperty(Property.UID).orElseThrow().getValue()).startsWith("sesion-" + sesion.getId() + "@");
    assertThat(evento.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("America/Mexico_City");
    assertThat(evento.getProperty(Property.DTEND)).isPresent();
    assertThat(evento.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Auditorio Municipal");
    assertThat(evento.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("Sesión 1", "Servicios públicos");
    assertThat(cal.getComponent("VTIMEZONE")).isPresent();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static MimeMessage unico(String correo) throws Exception {
    List<MimeMessage> suyos = SMTP.para(correo);
    assertThat(suyos).hasSize(1);
    return suyos.get(0);
  }
}
