package mx.infoqro.gobiernoabierto.participacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.mesa.Sesion;
import mx.infoqro.gobiernoabierto.mesa.SesionRepository;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.RegistroRepository;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every outcome of /mi-participacion: the link request, the personal page, .ics and proposals. */
class MiParticipacionWebTest extends PruebaParticipacion {

  private static final AtomicInteger DIRECCION = new AtomicInteger();

  @Autowired SesionRepository sesiones;
  @Autowired mx.infoqro.gobiernoabierto.comun.ProteccionFormularios proteccion;
  @Autowired PropuestaRepository propuestas;
  @Autowired RegistroRepository registros;

  // --- Re-sending the personal link -------------------------------------------------------------

  @Test
  void aRegisteredAddressGetsANewLinkAndTheUsualAnswer() throws Exception {
    String r = respuestaTrasRedirigir(solicitar(persona.getCorreo().toUpperCase(), null));

    assertThat(r).contains("Si el correo está registrado en el ejercicio");
    var enviados = correos(ejercicio.getFolio(), MiParticipacionService.NOTIFICACION_ACCESO, persona.getCorreo());
    assertThat(enviados).hasSize(1);
    assertThat(abrir(ruta(enviados.get(0).getCuerpo())).getStatus()).isEqualTo(200);
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNothingIsSent() throws Exception {
    long antes = notificaciones.count();

    String r = respuestaTrasRedirigir(solicitar("nadie.registrado@ejemplo.mx", null));

    assertThat(r).contains("Si el correo está registrado en el ejercicio");
    assertThat(notificaciones.count()).isEqualTo(antes);
  }

  @Test
  void aRegisteredAndAnUnknownAddressGetTheSameRedirectFlashAndPage() throws Exception {
    MvcResult registrado = solicitar(persona.getCorreo(), null);
    MvcResult desconocido = solicitar("nadie.mas@ejemplo.mx", null);

    assertThat(desconocido.getResponse().getStatus()).isEqualTo(registrado.getResponse().getStatus()).isEqualTo(302);
    assertThat(desconocido.getResponse().getRedirectedUrl()).isEqualTo(registrado.getResponse().getRedirectedUrl());
    assertThat(new java.util.HashMap<>(desconocido.getFlashMap())).isEqualTo(new java.util.HashMap<>(registrado.getFlashMap()));
    assertThat(respuestaTrasRedirigir(desconocido)).isEqualTo(respuestaTrasRedirigir(registrado));
    // post/redirect/get: a reload of that page is a GET without the flash, the empty form again
    assertThat(abrir("/mi-participacion").getContentAsString())
        .contains("Escriba el correo con el que se registró")
        .doesNotContain("Si el correo está registrado en el ejercicio");
  }

  @Test
  void anUnconfirmedRegistrationGetsTheSameAnswerAndNothingIsSent() throws Exception {
    Registro pendiente = escenarios.registro(ejercicio, mx.infoqro.gobiernoabierto.registro.Sector.CIUDADANIA, null, "anticorrupcion");
    tx.executeWithoutResult(s -> {
      // Not confirmed: the e-mailed confirmation link was never followed (the registro column of
      // main cannot hold PENDIENTE_CONFIRMACION yet; the registration helper widens it)
      registros.findById(pendiente.getId()).orElseThrow().getParticipante().setConfirmado(null);
    });
    String correo = pendiente.getParticipante().getCorreo();

    String r = respuestaTrasRedirigir(solicitar(correo, null));

    assertThat(r).contains("Si el correo está registrado en el ejercicio");
    assertThat(correos(ejercicio.getFolio(), MiParticipacionService.NOTIFICACION_ACCESO, correo)).isEmpty();
  }

  @Test
  void aFilledHoneypotGetsTheSameAnswerAndNothingIsSent() throws Exception {
    String r = respuestaTrasRedirigir(solicitar(persona.getCorreo(), "https://spam.example"));

    assertThat(r).contains("Si el correo está registrado en el ejercicio");
    assertThat(correos(ejercicio.getFolio(), MiParticipacionService.NOTIFICACION_ACCESO, persona.getCorreo())).isEmpty();
  }

  @Test
  void anInvalidAddressShowsTheErrorWithTheValueEntered() throws Exception {
    long antes = notificaciones.count();
    MockHttpServletResponse r = solicitar("no-es-correo", null).getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString())
        .contains("Escriba un correo electrónico válido", "resumen-errores", "value=\"no-es-correo\"", "aria-invalid=\"true\"");
    assertThat(notificaciones.count()).isEqualTo(antes);
  }

  @Test
  void aTooLongOrMissingAddressShowsItsErrorAtTheField() throws Exception {
    String largo = "a".repeat(195) + "@ejemplo.mx";
    MockHttpServletResponse r = solicitar(largo, null).getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString())
        .contains("El correo admite como máximo 200 caracteres.", "href=\"#correo\"", "id=\"correo-error\"", "value=\"" + largo + "\"");

    MockHttpServletResponse vacio = solicitar("", null).getResponse();
    assertThat(vacio.getStatus()).isEqualTo(200);
    assertThat(vacio.getContentAsString()).contains("Escriba su correo electrónico.", "id=\"correo-error\"");
  }

  @Test
  void tooManyRequestsFromOneAddressGet429() throws Exception {
    String direccion = direccion();
    for (int i = 0; i < proteccion.limites().porDireccion(); i++) {
      assertThat(enviar(solicitud("nadie" + i + "@ejemplo.mx", null), direccion).getStatus()).isEqualTo(302);
    }

    MockHttpServletResponse r = enviar(solicitud("nadie.mas@ejemplo.mx", null), direccion);

    assertThat(r.getStatus()).isEqualTo(429);
    assertThat(r.getContentAsString()).contains("Demasiadas solicitudes");
  }

  /** Links asked for one mailbox from many addresses: refused alike whether it is registered or not. */
  @Test
  void oneMailboxIsRefusedAtTheSameRequestWhetherRegisteredOrNot() throws Exception {
    int limite = proteccion.limites().porCorreo();
    for (int i = 0; i <= limite; i++) {
      MvcResult registrado = solicitar(persona.getCorreo(), null);
      MvcResult desconocido = solicitar("nadie.jamas@ejemplo.mx", null);

      int esperado = i < limite ? 302 : 429;
      assertThat(registrado.getResponse().getStatus()).as("request %d", i + 1).isEqualTo(esperado);
      assertThat(desconocido.getResponse().getStatus()).isEqualTo(esperado);
      assertThat(desconocido.getResponse().getContentAsString()).isEqualTo(registrado.getResponse().getContentAsString());
      assertThat(new java.util.HashMap<>(desconocido.getFlashMap())).isEqualTo(new java.util.HashMap<>(registrado.getFlashMap()));
    }
    // the registered person got one link per accepted request, none for the refused one
    assertThat(correos(ejercicio.getFolio(), MiParticipacionService.NOTIFICACION_ACCESO, persona.getCorreo())).hasSize(limite);
  }

  @Test
  void aRequestWithoutTheCsrfTokenIsRefused() throws Exception {
    MockHttpServletResponse r =
        enviar(post("/mi-participacion").param("correo", persona.getCorreo()), direccion());

    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(correos(ejercicio.getFolio(), MiParticipacionService.NOTIFICACION_ACCESO, persona.getCorreo())).isEmpty();
  }

  @Test
  void theRequestFormIsInTheNavigationAndCarriesCsrfAndHoneypot() throws Exception {
    MockHttpServletResponse r = abrir("/mi-participacion");

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString())
        .contains("name=\"_csrf\"", "name=\"sitioWeb\"", "href=\"/mi-participacion\"", "aria-current=\"page\"", "Mi participación");
  }

  // --- The personal page ------------------------------------------------------------------------

  @Test
  void theLinkOpensThePersonalPageWithoutCachingOrReferrer() throws Exception {
    Sesion sesion = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0);

    MockHttpServletResponse r = abrir("/mi-participacion/" + token);

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(r.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(r.getContentAsString())
        .contains(persona.getNombre(), persona.getCorreo(), persona.getOrganizacion())
        .contains("Organización de la sociedad civil", "Confirmado", "Gobierno Abierto", "Servicios públicos")
        .contains("href=\"/mesas/" + mesa.getId() + "\"", mesa.getFolio())
        .contains("Auditorio Municipal")
        .contains("/mi-participacion/" + token + "/sesiones/" + sesion.getId() + ".ics")
        .contains("La mesa está en co-creación")
        .contains("action=\"/mi-participacion/" + token + "/propuestas\"", "name=\"_csrf\"", "name=\"sitioWeb\"")
        .doesNotContain("??");
  }

  @Test
  void aBadTokenGetsTheSpanishPageWithALinkToRequestANewOne() throws Exception {
    MockHttpServletResponse r = abrir("/mi-participacion/" + "x".repeat(43));

    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(r.getContentAsString())
        .contains("El enlace no es válido o ya venció", "href=\"/mi-participacion\"")
        .doesNotContain(persona.getCorreo());
  }

  @Test
  void anExpiredTokenGetsTheSamePage() throws Exception {
    motor.avanzarA(Instant.now().plus(Duration.ofDays(31)));

    MockHttpServletResponse r = abrir("/mi-participacion/" + token);

    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getContentAsString()).contains("El enlace no es válido o ya venció");
  }

  @Test
  void theCalendarOfOwnSessionIsAnIcsInMexicoCityTime() throws Exception {
    Sesion sesion = sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0);

    MockHttpServletResponse r = abrir("/mi-participacion/" + token + "/sesiones/" + sesion.getId() + ".ics");

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentType()).startsWith("text/calendar");
    assertThat(r.getHeader("Content-Disposition")).contains("attachment", ".ics");
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    Calendar cal = calendario(r.getContentAsString());
    VEvent evento = (VEvent) cal.getComponent("VEVENT").orElseThrow();
    assertThat(evento.getProperty(Property.UID).orElseThrow().getValue()).startsWith("sesion-" + sesion.getId() + "@");
    assertThat(evento.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("America/Mexico_City");
    assertThat(evento.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Auditorio Municipal");
    assertThat(evento.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Sesión 1 de la mesa de co-creación");
    assertThat(evento.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/mesas/" + mesa.getId());
    // The same file twice: a stable UID, so calendars update instead of duplicating
    assertThat(calendario(abrir("/mi-participacion/" + token + "/sesiones/" + sesion.getId() + ".ics").getContentAsString())
            .getComponent("VEVENT").orElseThrow().getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo(evento.getProperty(Property.UID).orElseThrow().getValue());
  }

  @Test
  void theCalendarOfAnotherPersonsSessionIsNotFound() throws Exception {
    Mesa otra = escenarios.mesa(ejercicio, "igualdad-genero", escenarios.sujeto());
    Sesion ajena = tx.execute(s -> {
      Sesion x = new Sesion();
      x.setMesa(otra);
      x.setNumero(1);
      x.setFechaHora(java.time.OffsetDateTime.now().plusDays(3));
      x.setLugar("Sala privada");
      return sesiones.save(x);
    });

    assertThat(abrir("/mi-participacion/" + token + "/sesiones/" + ajena.getId() + ".ics").getStatus()).isEqualTo(404);
    assertThat(abrir("/mi-participacion/" + "y".repeat(43) + "/sesiones/" + ajena.getId() + ".ics").getStatus()).isEqualTo(404);
    assertThat(abrir("/mi-participacion/" + token + "/sesiones/abc.ics").getStatus()).isEqualTo(404);
  }

  // --- Proposals --------------------------------------------------------------------------------

  @Test
  void aValidProposalReachesTheFacilitatorAndTheSenderSeesItOnTheirPage() throws Exception {
    MvcResult envio = mvc.perform(propuesta(mesa.getId(), "Las rutas no se publican.", "", "Publicar las rutas.", null)).andReturn();
    MockHttpServletResponse r = envio.getResponse();

    assertThat(r.getStatus()).isEqualTo(302);
    assertThat(r.getRedirectedUrl()).isEqualTo("/mi-participacion/" + token);
    assertThat(new java.util.HashMap<>(envio.getFlashMap())).containsEntry(MiParticipacionController.PROPUESTA_ENVIADA, true);
    Task tarea =
        taskService.createTaskQuery().processInstanceId(pi.getId())
            .taskDefinitionKey(MesaBpmn.TASK_RESPONDER_PROPUESTA_PORTAL).singleResult();
    assertThat(tarea).isNotNull();
    assertThat(tarea.getAssignee()).isEqualTo(FACILITADOR);
    // The table's own facilitator alone, outside the pool (mesa/Facilitacion)
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).taskCandidateGroup(Grupos.FACILITADORES)
            .includeAssignedTasks().count()).isZero();
    var guardada = propuestas.findByMesaIdOrderById(mesa.getId()).get(0);
    assertThat(guardada.getParticipante().getId()).isEqualTo(persona.getId());
    assertThat(guardada.getCausa()).isNull();

    String pagina = mvc.perform(get(r.getRedirectedUrl()).flashAttrs(envio.getFlashMap())).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("Recibimos su propuesta", "Publicar las rutas.", "Pendiente de respuesta");
    // a reload of the page it redirected to is a GET without the flash: no message, nothing sent again
    String recargada = abrir("/mi-participacion/" + token).getContentAsString();
    assertThat(recargada).doesNotContain("Recibimos su propuesta").contains("Publicar las rutas.");
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId())).hasSize(1);
  }

  @Test
  void eachInvalidFieldIsShownAndNothingIsStored() throws Exception {
    String largo = "a".repeat(4001);
    assertInvalido(proponer(null, "Problema", null, "Propuesta", null), "Elija la mesa a la que presenta la propuesta.", "Problema");
    assertInvalido(proponer(mesa.getId(), " ", null, "Mi propuesta escrita", null), "Describa el problema público.", "Mi propuesta escrita");
    assertInvalido(proponer(mesa.getId(), largo, null, "Propuesta", null), "El problema admite como máximo 4000 caracteres.", "Propuesta");
    assertInvalido(proponer(mesa.getId(), "Problema escrito", largo, "Propuesta", null), "La causa admite como máximo 4000 caracteres.", "Problema escrito");
    assertInvalido(proponer(mesa.getId(), "Problema escrito", null, "", null), "Escriba su propuesta de solución.", "Problema escrito");
    assertInvalido(proponer(mesa.getId(), "Problema escrito", null, largo, null), "La propuesta admite como máximo 4000 caracteres.", "Problema escrito");
  }

  @Test
  void aTableNotInCoCreationRefusesTheProposalAndSaysWhy() throws Exception {
    Mesa sinIniciar = escenarios.mesa(ejercicio, "anticorrupcion", escenarios.sujeto());
    Participante integrante = miembro(sinIniciar);
    String suToken = token(integrante);

    String pagina = abrir("/mi-participacion/" + suToken).getContentAsString();
    assertThat(pagina).contains("La mesa aún no inicia sus trabajos", "ninguna de sus mesas recibe propuestas");

    MockHttpServletResponse r = enviar(
        post("/mi-participacion/" + suToken + "/propuestas").with(csrf())
            .param("mesaId", String.valueOf(sinIniciar.getId())).param("problema", "P").param("propuesta", "S"),
        direccion());
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("no está recibiendo propuestas");
    assertThat(propuestas.findByMesaIdOrderById(sinIniciar.getId())).isEmpty();
  }

  @Test
  void aTableThePersonIsNotMemberOfRefusesTheProposal() throws Exception {
    Mesa otra = escenarios.mesa(ejercicio, "pobreza-desigualdad", escenarios.sujeto());

    MockHttpServletResponse r = proponer(otra.getId(), "Problema", null, "Propuesta", null);

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("Solo puede presentar propuestas a las mesas que integra.");
    assertThat(propuestas.findByMesaIdOrderById(otra.getId())).isEmpty();
  }

  @Test
  void aProposalWithABadTokenOrFromABotStoresNothing() throws Exception {
    MockHttpServletResponse malo = enviar(
        post("/mi-participacion/" + "z".repeat(43) + "/propuestas").with(csrf())
            .param("mesaId", String.valueOf(mesa.getId())).param("problema", "P").param("propuesta", "S"),
        direccion());
    assertThat(malo.getStatus()).isEqualTo(404);

    MvcResult robot = mvc.perform(propuesta(mesa.getId(), "P", null, "S", "https://spam.example")).andReturn();
    assertThat(robot.getResponse().getStatus()).isEqualTo(302);
    assertThat(robot.getResponse().getRedirectedUrl()).isEqualTo("/mi-participacion/" + token);
    assertThat(new java.util.HashMap<>(robot.getFlashMap())).containsEntry(MiParticipacionController.PROPUESTA_ENVIADA, true);

    MockHttpServletResponse sinCsrf = enviar(
        post("/mi-participacion/" + token + "/propuestas")
            .param("mesaId", String.valueOf(mesa.getId())).param("problema", "P").param("propuesta", "S"),
        direccion());
    assertThat(sinCsrf.getStatus()).isEqualTo(403);
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId())).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
  void neitherTheTokenNorTheEmailReachTheLogs(org.springframework.boot.test.system.CapturedOutput salida) throws Exception {
    abrir("/mi-participacion/" + token);
    abrir("/mi-participacion/" + token + "/sesiones/" + sesiones.findByMesaIdOrderByNumero(mesa.getId()).get(0).getId() + ".ics");
    proponer(mesa.getId(), "Problema de prueba", null, "Propuesta de prueba", null);
    solicitar(persona.getCorreo(), null);
    abrir("/mi-participacion/" + token.substring(1) + "x");

    assertThat(salida.getAll()).doesNotContain(token).doesNotContain(persona.getCorreo());
  }

  // --- helpers ----------------------------------------------------------------------------------

  private void assertInvalido(MockHttpServletResponse r, String mensaje, String valorConservado) throws Exception {
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains(mensaje, "resumen-errores", valorConservado);
    assertThat(propuestas.findByMesaIdOrderById(mesa.getId())).isEmpty();
  }

  private MockHttpServletResponse proponer(Long mesaId, String problema, String causa, String texto, String trampa)
      throws Exception {
    return mvc.perform(propuesta(mesaId, problema, causa, texto, trampa)).andReturn().getResponse();
  }

  /** The proposal's POST, from an address of its own. */
  private MockHttpServletRequestBuilder propuesta(Long mesaId, String problema, String causa, String texto, String trampa) {
    MockHttpServletRequestBuilder b = post("/mi-participacion/" + token + "/propuestas").with(csrf());
    if (mesaId != null) {
      b.param("mesaId", String.valueOf(mesaId));
    }
    b.param("problema", problema).param("propuesta", texto);
    if (causa != null) {
      b.param("causa", causa);
    }
    if (trampa != null) {
      b.param("sitioWeb", trampa);
    }
    return desde(b, direccion());
  }

  private MockHttpServletRequestBuilder solicitud(String correo, String trampa) {
    MockHttpServletRequestBuilder b = post("/mi-participacion").with(csrf()).param("correo", correo);
    return trampa != null ? b.param("sitioWeb", trampa) : b;
  }

  /** Asks for the link, from an address of its own. */
  private MvcResult solicitar(String correo, String trampa) throws Exception {
    return mvc.perform(desde(solicitud(correo, trampa), direccion())).andReturn();
  }

  /**
   * The answer to a request for the link: a redirect to {@code /mi-participacion} with the flash
   * attribute, and that page as the browser gets it right after.
   */
  private String respuestaTrasRedirigir(MvcResult envio) throws Exception {
    assertThat(envio.getResponse().getStatus()).isEqualTo(302);
    assertThat(envio.getResponse().getRedirectedUrl()).isEqualTo("/mi-participacion");
    assertThat(new java.util.HashMap<>(envio.getFlashMap())).containsEntry(MiParticipacionController.ENLACE_SOLICITADO, true);
    MockHttpServletResponse pagina = mvc.perform(get("/mi-participacion").flashAttrs(envio.getFlashMap())).andReturn().getResponse();
    assertThat(pagina.getStatus()).isEqualTo(200);
    assertThat(pagina.getHeader("Cache-Control")).isEqualTo("no-store");
    return pagina.getContentAsString();
  }

  private static MockHttpServletRequestBuilder desde(MockHttpServletRequestBuilder b, String direccion) {
    return b.with(r -> {
      r.setRemoteAddr(direccion);
      return r;
    });
  }

  /** A client address no other request of these tests uses. */
  private static String direccion() {
    int n = DIRECCION.incrementAndGet();
    return "10.97." + (n / 250) + "." + (n % 250 + 1);
  }
}
