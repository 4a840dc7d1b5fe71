package mx.infoqro.gobiernoabierto.participacion;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.portal.EncabezadosSeguridad;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of the personal-page tests: the newest edition with its call published (the portal's
 * current edition), a table in co-creation (process started, one session scheduled by its
 * facilitator) and one of its civil-society members with a personal link. MockMvc is built from
 * the shared context with Spring Security applied (CSRF on, as in production).
 */
abstract class PruebaParticipacion extends PruebaIntegracion {

  static final String FACILITADOR = "hugo.facilitador";
  private static final Pattern ENLACE = Pattern.compile("https?://\\S+?(/mi-participacion/[A-Za-z0-9_-]+)");

  @Autowired WebApplicationContext contexto;
  @Autowired EncabezadosSeguridad encabezados;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired ParticipanteRepository participantes;
  @Autowired NotificacionRepository notificaciones;
  @Autowired EnlacesParticipante enlaces;
  @Autowired TransactionTemplate tx;

  MockMvc mvc;
  Ejercicio ejercicio;
  Mesa mesa;
  ProcessInstance pi;
  Participante persona;
  String token;

  @BeforeEach
  void escenario() {
    mvc =
        MockMvcBuilders.webAppContextSetup(contexto)
            .addFilters(encabezados)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    ejercicio = escenarios.ejercicio();
    tx.executeWithoutResult(
        s -> {
          Convocatoria c = convocatorias.findByEjercicioId(ejercicio.getId()).orElseThrow();
          c.setEstado(Convocatoria.EstadoConvocatoria.PUBLICADA);
          c.setVersion(1);
          c.setPublicada(Instant.now());
        });
    mesa = escenarios.mesa(ejercicio, "servicios-publicos", escenarios.sujeto());
    persona = miembro(mesa);
    pi = runtimeService.startProcessInstanceByKey(
        MesaBpmn.KEY, mesa.getFolio(),
        Map.of(MesaBpmn.VAR_EJERCICIO_ID, ejercicio.getId(), MesaBpmn.VAR_MESA_ID, mesa.getId()));
    motor.completar(pi.getId(), MesaBpmn.TASK_PROGRAMAR_SESIONES, FACILITADOR,
        FormulariosMesaPrueba.programarSesiones(
            FormulariosMesaPrueba.sesion(
                OffsetDateTime.now().plusDays(10).truncatedTo(ChronoUnit.MINUTES), "Auditorio Municipal", null)));
    token = token(persona);
  }

  /** The civil-society organisation member of a table. */
  static Participante miembro(Mesa m) {
    return m.getIntegrantes().stream()
        .map(Registro::getParticipante)
        .filter(p -> p.getSector() == Sector.ORGANIZACION)
        .findFirst()
        .orElseThrow();
  }

  /** A fresh personal link's token for the participant. */
  String token(Participante p) {
    String url = tx.execute(s -> enlaces.emitir(participantes.findById(p.getId()).orElseThrow(), Proposito.ACCESO));
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** The path of the personal link in a text. */
  static String ruta(String texto) {
    Matcher m = ENLACE.matcher(texto);
    if (!m.find()) {
      throw new AssertionError("No personal link in: " + texto);
    }
    return m.group(1);
  }

  List<Notificacion> correos(String folio, String tipo, String correo) {
    return notificaciones.findByFolioAndTipo(folio, tipo).stream()
        .filter(n -> correo.equals(n.getDestinatarioCorreo()))
        .toList();
  }

  /** Sends a message of the outbox now, as the dispatcher does. */
  void entregar(Notificacion n) {
    org.assertj.core.api.Assertions.assertThat(despacho.entregar(n.getId())).as("notification %s sent", n.getId()).isTrue();
  }

  MockHttpServletResponse abrir(String ruta) throws Exception {
    return mvc.perform(get(ruta)).andReturn().getResponse();
  }

  MockHttpServletResponse enviar(MockHttpServletRequestBuilder peticion, String direccion) throws Exception {
    return mvc.perform(peticion.with(r -> {
          r.setRemoteAddr(direccion);
          return r;
        }))
        .andReturn()
        .getResponse();
  }

  static Calendar calendario(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }
}
