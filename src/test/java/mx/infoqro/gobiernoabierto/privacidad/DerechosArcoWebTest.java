package mx.infoqro.gobiernoabierto.privacidad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every outcome of the portal's ARCO form ({@code /derechos-arco}) and of the identity-confirmation
 * link, through the whole security chain (CSRF on). Each test posts from its own addresses (the
 * per-address limit) and with its own e-mails.
 */
class DerechosArcoWebTest extends PruebaIntegracion {

  private static final AtomicInteger DIRECCIONES = new AtomicInteger();

  @Autowired WebApplicationContext contexto;
  @Autowired SolicitudArcoRepository solicitudes;
  @Autowired JdbcTemplate jdbc;
  @Autowired Plazos plazos;
  @Autowired mx.infoqro.gobiernoabierto.comun.ProteccionFormularios proteccion;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  // --- The form -------------------------------------------------------------------------------------

  @Test
  void theFormExplainsEachRightAndCarriesTheShortNoticeTheHoneypotAndTheCsrfToken() throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/derechos-arco")).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString())
        .contains("Derechos ARCO sobre sus datos personales", "Nombre completo", "Correo electrónico",
            "Acceso", "Rectificación", "Cancelación", "Oposición",
            "Corregir datos suyos que estén equivocados", "Correos de la Comisión sobre el ejercicio",
            "Estadísticas de participación", "Aviso de privacidad simplificado", "atender su solicitud",
            "href=\"/privacidad\"", "name=\"sitioWeb\"", "name=\"_csrf\"", "name=\"acepto\"",
            "id=\"derecho\"", "id=\"tratamiento\"", "href=\"/derechos-arco\"")
        .doesNotContain("??");
  }

  @Test
  void aValidRequestIsStoredStartsItsProcessAndAsksToCheckTheMailWithTheFolio() throws Exception {
    String correo = correo("valida");
    MvcResult envio = mvc.perform(enviar(valida(correo))).andReturn();

    assertThat(envio.getResponse().getStatus()).isEqualTo(302);
    assertThat(envio.getResponse().getRedirectedUrl()).isEqualTo("/derechos-arco/recibida");
    String folio = (String) envio.getFlashMap().get("folio");
    assertThat(folio).matches("ARCO-\\d{4}-\\d{4}");
    SolicitudArco s = solicitudes.findByFolio(folio).orElseThrow();
    assertThat(s.getCorreo()).isEqualTo(correo);
    assertThat(s.getNombre()).isEqualTo("Rosa Méndez");
    assertThat(s.getDerecho()).isEqualTo(DerechoArco.ACCESO);
    assertThat(s.getEstado()).isEqualTo(EstadoSolicitudArco.PENDIENTE_IDENTIDAD);
    assertThat(instancia(folio)).isNotNull();

    String pagina = recibida(envio);
    assertThat(pagina).contains("Revise su correo para confirmar su identidad", "Folio de su solicitud: " + folio)
        .doesNotContain(correo);
  }

  @Test
  void aRegisteredAndAnUnknownEmailGetTheSameAnswer() throws Exception {
    var persona = new ArcoEscenario(escenarios, jdbc).persona();
    MvcResult registrado = mvc.perform(enviar(valida(persona.correo()))).andReturn();
    MvcResult desconocido = mvc.perform(enviar(valida(correo("desconocido")))).andReturn();

    assertThat(desconocido.getResponse().getStatus()).isEqualTo(registrado.getResponse().getStatus()).isEqualTo(302);
    assertThat(desconocido.getResponse().getRedirectedUrl()).isEqualTo(registrado.getResponse().getRedirectedUrl());
    assertThat(desconocido.getFlashMap().keySet()).isEqualTo(registrado.getFlashMap().keySet());
    String folioRegistrado = (String) registrado.getFlashMap().get("folio");
    String folioDesconocido = (String) desconocido.getFlashMap().get("folio");
    assertThat(recibida(desconocido).replace(folioDesconocido, "FOLIO"))
        .isEqualTo(recibida(registrado).replace(folioRegistrado, "FOLIO"));
    // both are stored and both get the confirmation mail; only the staff see whether one is registered
    assertThat(solicitudes.findByFolio(folioRegistrado).orElseThrow().getParticipante()).isNotNull();
    assertThat(solicitudes.findByFolio(folioDesconocido).orElseThrow().getParticipante()).isNull();
  }

  static Stream<Arguments> camposInvalidos() {
    return Stream.of(
        Arguments.of("nombre", "", "Escriba su nombre completo."),
        Arguments.of("nombre", "x".repeat(201), "El nombre admite hasta 200 caracteres."),
        Arguments.of("correo", "", "Escriba su correo electrónico."),
        Arguments.of("correo", "rosa.mendez-sin-arroba", "Escriba un correo electrónico válido"),
        Arguments.of("derecho", "", "Elija el derecho que desea ejercer."),
        Arguments.of("derecho", "BORRAR_TODO", "Elija el derecho que desea ejercer."),
        Arguments.of("descripcion", "   ", "Describa su solicitud."),
        Arguments.of("descripcion", "x".repeat(4001), "La descripción admite hasta 4000 caracteres."),
        Arguments.of("tratamientoDescripcion", "x".repeat(2001), "La descripción del uso admite hasta 2000 caracteres."),
        Arguments.of("acepto", "false", "confirme que leyó el aviso de privacidad simplificado"));
  }

  @ParameterizedTest(name = "{0} = ''{1}'' is refused")
  @MethodSource("camposInvalidos")
  void anInvalidFieldReRendersTheFormWithItsErrorAndTheValuesAndStoresNothing(
      String campo, String valor, String mensaje) throws Exception {
    String correo = correo("invalido");
    Map<String, String> datos = valida(correo);
    datos.put(campo, valor);
    if (campo.equals("derecho") && valor.isEmpty()) {
      datos.remove("derecho");
    }
    if (campo.equals("acepto")) {
      datos.remove("acepto");
    }

    MockHttpServletResponse r = mvc.perform(enviar(datos)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    String html = r.getContentAsString();
    assertThat(html).contains("Revise los siguientes datos", mensaje, "class=\"resumen-errores\"")
        .contains("href=\"#" + campo + "\"")
        .doesNotContain("??");
    if (!campo.equals("correo")) {
      assertThat(html).contains("value=\"" + correo + "\"");
    }
    if (!campo.equals("descripcion")) {
      assertThat(html).contains("Quiero conocer mis datos.");
    }
    assertThat(guardadas(correo)).isZero();
  }

  @Test
  void rectificationWithoutTheDataToCorrectIsRefused() throws Exception {
    String correo = correo("rectificar");
    Map<String, String> datos = valida(correo);
    datos.put("derecho", "RECTIFICACION");
    long antes = instancias();

    MockHttpServletResponse r = mvc.perform(enviar(datos)).andReturn().getResponse();

    // the rule is ReglasArco's alone: the service refuses, the form shows it at the field
    assertThat(r.getStatus()).isEqualTo(200);
    String html = r.getContentAsString();
    assertThat(html).contains("Indique qué datos desea rectificar y cómo deben quedar.", "href=\"#datosRectificar\"")
        .contains("id=\"datosRectificar-error\"", "value=\"" + correo + "\"", "Quiero conocer mis datos.")
        .containsPattern("value=\"RECTIFICACION\"[^>]*checked=\"checked\"");
    assertThat(html.split("class=\"campo con-error\"", -1)).hasSize(2);
    assertThat(guardadas(correo)).isZero();
    assertThat(instancias()).isEqualTo(antes);

    datos.put("datosRectificar", "Mi municipio es Jalpan de Serra");
    assertThat(mvc.perform(enviar(datos)).andReturn().getResponse().getStatus()).isEqualTo(302);
    assertThat(solicitudes.findAll().stream().filter(s -> s.getCorreo().equals(correo)).findFirst().orElseThrow()
        .getDatosRectificar()).isEqualTo("Mi municipio es Jalpan de Serra");
  }

  @Test
  void oppositionWithoutTheProcessingIsRefused() throws Exception {
    String correo = correo("oposicion");
    Map<String, String> datos = valida(correo);
    datos.put("derecho", "OPOSICION");

    String html = mvc.perform(enviar(datos)).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Elija el uso de sus datos al que se opone.", "href=\"#tratamiento\"", "id=\"tratamiento-error\"");
    assertThat(guardadas(correo)).isZero();

    datos.put("tratamiento", "COMUNICACIONES");
    datos.put("tratamientoDescripcion", "Invitaciones");
    assertThat(mvc.perform(enviar(datos)).andReturn().getResponse().getStatus()).isEqualTo(302);
    SolicitudArco s = solicitudes.findAll().stream().filter(x -> x.getCorreo().equals(correo)).findFirst().orElseThrow();
    assertThat(s.getTratamiento()).isEqualTo(TratamientoArco.COMUNICACIONES);
    assertThat(s.getTratamientoDescripcion()).isEqualTo("Invitaciones");
  }

  @Test
  void aFilledHoneypotIsAnsweredAsASuccessAndNothingIsStoredOrSent() throws Exception {
    String correo = correo("robot");
    Map<String, String> datos = valida(correo);
    datos.put("sitioWeb", "https://spam.example");
    long instancias = runtimeService.createProcessInstanceQuery().processDefinitionKey(DerechosArcoBpmn.KEY).count();

    MvcResult r = mvc.perform(enviar(datos)).andReturn();

    assertThat(r.getResponse().getStatus()).isEqualTo(302);
    assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/derechos-arco/recibida");
    assertThat(recibida(r)).contains("Revise su correo para confirmar su identidad");
    assertThat(guardadas(correo)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DerechosArcoBpmn.KEY).count())
        .isEqualTo(instancias);
  }

  @Test
  void aSubmissionBeyondTheAllowanceOfOneAddressInTheWindowGets429() throws Exception {
    String direccion = direccion();
    for (int i = 0; i < proteccion.limites().porDireccion(); i++) {
      Map<String, String> datos = valida(correo("limite"));
      datos.put("nombre", ""); // invalid ones count too
      assertThat(mvc.perform(enviar(datos, direccion)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    MockHttpServletResponse r = mvc.perform(enviar(valida(correo("limite")), direccion)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(429);
    assertThat(r.getHeader("Retry-After")).isEqualTo("600"); // the window of application.yaml, ten minutes
    assertThat(r.getContentAsString()).contains("Demasiadas solicitudes");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    String correo = correo("sin-csrf");
    MockHttpServletRequestBuilder sinToken = post("/derechos-arco").with(desde(direccion()));
    valida(correo).forEach(sinToken::param);

    assertThat(mvc.perform(sinToken).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(guardadas(correo)).isZero();
  }

  // --- The confirmation link -----------------------------------------------------------------------

  @Test
  void openingTheLinkChangesNothingAndShowsAButtonThatConfirmsWithAPost() throws Exception {
    String folio = recibirYEnviarEnlace(correo("abre"));
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();

    // what a mail scanner does: it opens the link (twice, even)
    mvc.perform(get("/derechos-arco/confirmar/" + token));
    MockHttpServletResponse r = mvc.perform(get("/derechos-arco/confirmar/" + token)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString())
        .contains("Confirme su identidad", folio, "Confirmar mi identidad", "method=\"post\"",
            "action=\"/derechos-arco/confirmar/" + token + "\"", "name=\"_csrf\"")
        .doesNotContain("??");
    assertThat(solicitudes.findByFolio(folio).orElseThrow().getEstado()).isEqualTo(EstadoSolicitudArco.PENDIENTE_IDENTIDAD);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(folio).count()).isZero();
  }

  @Test
  void theButtonConfirmsTheIdentityAndShowsTheFolioAndTheLegalDeadline() throws Exception {
    String folio = recibirYEnviarEnlace(correo("confirma"));
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();

    MockHttpServletResponse r = confirmar(token);

    assertThat(r.getStatus()).isEqualTo(200);
    SolicitudArco s = solicitudes.findByFolio(folio).orElseThrow();
    assertThat(s.getEstado()).isEqualTo(EstadoSolicitudArco.EN_ATENCION);
    var vencimiento = ReglasArco.vencimiento(plazos.calendario(), plazos.hoy());
    assertThat(s.getVencimiento()).isEqualTo(plazos.finDelDia(vencimiento).toInstant());
    assertThat(r.getContentAsString())
        .contains("Identidad confirmada", folio,
            "a más tardar el " + vencimiento.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"))),
            "20 días hábiles")
        .doesNotContain("??");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(folio)
        .taskDefinitionKey(DerechosArcoBpmn.TASK_ATENDER).count()).isEqualTo(1);
  }

  @Test
  void theConfirmationWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    String folio = recibirYEnviarEnlace(correo("confirma-sin-csrf"));
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();

    MockHttpServletResponse r = mvc.perform(post("/derechos-arco/confirmar/" + token)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(solicitudes.findByFolio(folio).orElseThrow().getEstado()).isEqualTo(EstadoSolicitudArco.PENDIENTE_IDENTIDAD);
  }

  @Test
  void theLinkOpenedAndConfirmedAgainSaysTheIdentityWasAlreadyConfirmed() throws Exception {
    String folio = recibirYEnviarEnlace(correo("dos-veces"));
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();
    confirmar(token);

    MockHttpServletResponse abierto = mvc.perform(get("/derechos-arco/confirmar/" + token)).andReturn().getResponse();
    MockHttpServletResponse otraVez = confirmar(token);

    for (MockHttpServletResponse r : new MockHttpServletResponse[] {abierto, otraVez}) {
      assertThat(r.getStatus()).isEqualTo(200);
      assertThat(r.getContentAsString()).contains("Su identidad ya estaba confirmada", folio).doesNotContain("??");
    }
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(folio).count()).isEqualTo(1);
  }

  @Test
  void anUnknownLinkGetsTheSpanish404Page() throws Exception {
    MockHttpServletResponse r =
        mvc.perform(get("/derechos-arco/confirmar/0123456789abcdef0123456789abcdef")).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getContentAsString()).contains("Enlace no válido", "href=\"/derechos-arco\"").doesNotContain("??");
  }

  @Test
  void aLinkWhoseConfirmationTimeEndedGetsTheSpanish410Page() throws Exception {
    String folio = recibirYEnviarEnlace(correo("vencido"));
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();
    ProcessInstance pi = instancia(folio);
    motor.dispararTimer(pi.getId(), DerechosArcoBpmn.TIMER_IDENTIDAD_NO_CONFIRMADA);

    MockHttpServletResponse r = mvc.perform(get("/derechos-arco/confirmar/" + token)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(410);
    assertThat(confirmar(token).getStatus()).isEqualTo(410);
    assertThat(r.getContentAsString()).contains("Enlace vencido", "presente una nueva solicitud").doesNotContain("??");
    assertThat(solicitudes.findByFolio(folio).orElseThrow().getEstado()).isEqualTo(EstadoSolicitudArco.NO_CONFIRMADA);
  }

  @Test
  void aLinkOpenedBeforeTheRequestWaitsForItAsksToTryAgainLater() throws Exception {
    // the async step that mails the link has not run yet: the process does not wait for the message
    String folio = (String) mvc.perform(enviar(valida(correo("pronto")))).andReturn().getFlashMap().get("folio");
    String token = solicitudes.findByFolio(folio).orElseThrow().getToken();

    MockHttpServletResponse r =
        mvc.perform(post("/derechos-arco/confirmar/" + token).with(csrf())).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(409);
    assertThat(r.getContentAsString()).contains("Inténtelo en unos minutos");
    assertThat(solicitudes.findByFolio(folio).orElseThrow().getEstado()).isEqualTo(EstadoSolicitudArco.PENDIENTE_IDENTIDAD);
  }

  // --- Helpers ------------------------------------------------------------------------------------

  /** Presses the button of the link's page, then follows the redirect back to it. */
  private MockHttpServletResponse confirmar(String token) throws Exception {
    MvcResult enviado = mvc.perform(post("/derechos-arco/confirmar/" + token).with(csrf())).andReturn();
    assertThat(enviado.getResponse().getRedirectedUrl()).isEqualTo("/derechos-arco/confirmar/" + token);
    MockHttpServletRequestBuilder vuelta = get("/derechos-arco/confirmar/" + token);
    if (!enviado.getFlashMap().isEmpty()) {
      vuelta.flashAttrs(enviado.getFlashMap());
    }
    return mvc.perform(vuelta).andReturn().getResponse();
  }

  private String recibirYEnviarEnlace(String correo) throws Exception {
    String folio = (String) mvc.perform(enviar(valida(correo))).andReturn().getFlashMap().get("folio");
    ProcessInstance pi = instancia(folio);
    motor.ejecutar(pi.getId(), DerechosArcoBpmn.TASK_ENVIAR_CONFIRMACION);
    return folio;
  }

  private static Map<String, String> valida(String correo) {
    Map<String, String> datos = new LinkedHashMap<>();
    datos.put("nombre", "Rosa Méndez");
    datos.put("correo", correo);
    datos.put("derecho", "ACCESO");
    datos.put("descripcion", "Quiero conocer mis datos.");
    datos.put("acepto", "true");
    datos.put("sitioWeb", "");
    return datos;
  }

  private MockHttpServletRequestBuilder enviar(Map<String, String> datos) {
    return enviar(datos, direccion());
  }

  private MockHttpServletRequestBuilder enviar(Map<String, String> datos, String direccion) {
    MockHttpServletRequestBuilder b = post("/derechos-arco").with(csrf()).with(desde(direccion));
    datos.forEach(b::param);
    return b;
  }

  private String recibida(MvcResult envio) throws Exception {
    MockHttpServletRequestBuilder b = get(envio.getResponse().getRedirectedUrl());
    if (!envio.getFlashMap().isEmpty()) {
      b.flashAttrs(envio.getFlashMap());
    }
    return mvc.perform(b).andReturn().getResponse().getContentAsString();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor desde(String direccion) {
    return r -> {
      r.setRemoteAddr(direccion);
      return r;
    };
  }

  /** A fresh address for each request (10.9.x.y is this class's range). */
  private static String direccion() {
    int n = DIRECCIONES.incrementAndGet();
    return "10.9." + (n / 250) + "." + (n % 250 + 1);
  }

  private static String correo(String prefijo) {
    return prefijo + "." + System.nanoTime() + "@example.org";
  }

  private int guardadas(String correo) {
    return jdbc.queryForObject("select count(*) from solicitud_arco where correo = ?", Integer.class, correo);
  }

  private long instancias() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DerechosArcoBpmn.KEY).count();
  }

  private ProcessInstance instancia(String folio) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DerechosArcoBpmn.KEY)
        .processInstanceBusinessKey(folio).singleResult();
  }
}
