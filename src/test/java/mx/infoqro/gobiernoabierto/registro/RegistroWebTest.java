package mx.infoqro.gobiernoabierto.registro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.operacion.ClientePortal;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every outcome of the registration handlers through the whole Spring Security filter chain (CSRF,
 * the portal chain) on the shared integration context: MockMvc is built from it with
 * springSecurity() instead of @AutoConfigureMockMvc, which would start a second application context.
 * Each request comes from its own address (the per-address limit counts per form and address).
 */
class RegistroWebTest extends PruebaRegistro {

  private static final AtomicInteger DIRECCION = new AtomicInteger();

  @Autowired WebApplicationContext contexto;
  @Autowired mx.infoqro.gobiernoabierto.comun.AvisoPrivacidad aviso;
  @Autowired RegistroController controlador;
  @Autowired mx.infoqro.gobiernoabierto.comun.ProteccionFormularios proteccion;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc =
        MockMvcBuilders.webAppContextSetup(contexto)
            .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  // --- The form ------------------------------------------------------------------------------------

  @Test
  void theOpenFormShowsTheFieldsTheShortNoticeAndTheConsent() throws Exception {
    Ejercicio e = edicionAbierta();
    SujetoObligado sujeto = escenarios.sujeto();

    String html = pagina(get("/registro"), 200);

    assertThat(html)
        .contains("Registro al Ejercicio de Gobierno Abierto " + e.getFolio())
        .contains("name=\"_csrf\"")
        .contains("name=\"sitioWeb\"")
        .contains("Nombre completo", "Correo electrónico", "Teléfono (opcional)", "Municipio de residencia")
        .contains("San Juan del Río", "Otro estado", "Prefiero no decir")
        .contains(sujeto.getNombre())
        .contains("Aviso de privacidad simplificado", "href=\"/privacidad\"", "doy mi consentimiento")
        .contains("está abierto hasta el " + fecha(cierre(e)))
        .doesNotContain("??");
  }

  @Test
  void theBlankFormIsRenderedOnceAndEveryVisitorGetsItsOwnValidToken() throws Exception {
    Ejercicio e = edicionAbierta();
    MockHttpServletResponse primera = respuesta(get("/registro"), 200);
    long renderizadas = controlador.formulariosRenderizados();

    MockHttpServletResponse segunda = respuesta(get("/registro"), 200);

    assertThat(controlador.formulariosRenderizados()).as("served from memory").isEqualTo(renderizadas);
    String token1 = ClientePortal.csrf(primera.getContentAsString());
    String token2 = ClientePortal.csrf(segunda.getContentAsString());
    assertThat(token2).isNotEqualTo(token1);
    assertThat(segunda.getContentAsString().replace(token2, "T")).isEqualTo(primera.getContentAsString().replace(token1, "T"));
    assertThat(segunda.getContentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(segunda.getContentLength()).isEqualTo(segunda.getContentAsByteArray().length);
    assertThat(segunda.getContentAsString()).contains("Correo electrónico", "Registro al Ejercicio de Gobierno Abierto " + e.getFolio());

    // the stored page's token, with the cookie the request got, is accepted; a token of another
    // visitor is not
    jakarta.servlet.http.Cookie galleta = segunda.getCookie("XSRF-TOKEN");
    assertThat(galleta).as("the visitor's CSRF cookie").isNotNull();
    String correo = "memoria." + e.getAnio() + "@ejemplo.mx";
    enviar(conDireccion(campos(post("/registro"), datos(correo)).cookie(galleta).param("_csrf", token2)))
        .andRedirect("/registro/revise-su-correo");
    assertThat(participantes.findByEjercicioIdAndCorreo(e.getId(), correo)).isPresent();
    assertThat(
            enviar(conDireccion(campos(post("/registro"), datos("otro." + correo)).cookie(primera.getCookie("XSRF-TOKEN")).param("_csrf", token2)))
                .r()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void theBlankFormShowsAChangeOfItsDataAtOnce() throws Exception {
    edicionAbierta();
    respuesta(get("/registro"), 200);
    long renderizadas = controlador.formulariosRenderizados();

    SujetoObligado nuevo = escenarios.sujeto();

    assertThat(pagina(get("/registro"), 200)).contains(nuevo.getNombre());
    assertThat(controlador.formulariosRenderizados()).isEqualTo(renderizadas + 1);
  }

  @Test
  void beforeTheWindowThePageGivesTheDatesAndNoForm() throws Exception {
    Ejercicio e = publicada();
    reloj(apertura(e).minusDays(1), LocalTime.of(23, 59));

    String html = pagina(get("/registro"), 200);

    assertThat(html)
        .contains("abrirá el " + fecha(apertura(e)))
        .contains("cerrará el " + fecha(cierre(e)))
        .doesNotContain("<form class=\"formulario\"");
  }

  @Test
  void afterTheWindowThePageSaysItClosedAndShowsNoForm() throws Exception {
    Ejercicio e = publicada();
    reloj(cierre(e).plusDays(1), LocalTime.of(0, 0, 1));

    String html = pagina(get("/registro"), 200);

    assertThat(html).contains("cerró el " + fecha(cierre(e))).doesNotContain("<form class=\"formulario\"");
  }

  @Test
  void aPageWithoutTheFormGivesNoCsrfCookieAndIsNotKept() throws Exception {
    Ejercicio e = publicada();
    reloj(cierre(e).plusDays(1), LocalTime.of(0, 0, 1));
    long renderizadas = controlador.formulariosRenderizados();

    MockHttpServletResponse primera = respuesta(get("/registro"), 200);
    MockHttpServletResponse segunda = respuesta(get("/registro"), 200);

    assertThat(primera.getCookie("XSRF-TOKEN")).isNull();
    assertThat(segunda.getCookie("XSRF-TOKEN")).isNull();
    assertThat(segunda.getContentAsString()).contains("cerró el " + fecha(cierre(e)));
    assertThat(controlador.formulariosRenderizados()).isEqualTo(renderizadas + 2);
  }

  @Test
  void theHomePageInvitesToRegisterWhileTheWindowIsOpen() throws Exception {
    edicionAbierta();

    assertThat(pagina(get("/"), 200)).contains("href=\"/registro\"", "Regístrese", "href=\"/mi-participacion\"");
  }

  // --- Submissions ---------------------------------------------------------------------------------

  @Test
  void aValidRegistrationIsStoredPendingAndTheConfirmationLinkIsMailed() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "valido." + e.getAnio() + "@ejemplo.mx";

    enviar(formulario(datos("  Valido." + e.getAnio() + "@Ejemplo.MX ", "anticorrupcion", "igualdad-genero")))
        .andRedirect("/registro/revise-su-correo");

    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    assertThat(p.getCorreo()).isEqualTo(correo);
    assertThat(p.getAvisoPrivacidadVersion()).isEqualTo(aviso.getVersion()).isNotBlank();
    assertThat(p.getConsentimiento()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    assertThat(p.getConfirmado()).isNull();
    assertThat(p.getOrganizacion()).isEqualTo("Red Ciudadana");
    assertThat(p.getGenero()).isEqualTo("MUJER");
    Registro r = tx.execute(s -> {
      Registro x = registros.findByParticipanteId(p.getId()).orElseThrow();
      x.getEjes().size();
      return x;
    });
    assertThat(r.getEstado()).isEqualTo(Registro.EstadoRegistro.PENDIENTE_CONFIRMACION);
    assertThat(r.cuenta()).isFalse();
    assertThat(r.getEjes()).extracting(eje -> eje.getClave()).containsExactlyInAnyOrder("anticorrupcion", "igualdad-genero");
    assertThat(correos(e, correo)).extracting(Notificacion::getTipo).containsExactly("REGISTRO_CONFIRMACION");
    assertThat(correos(e, correo).get(0).getCuerpo()).contains("/registro/confirmar/");
    assertThat(pagina(get("/registro/revise-su-correo"), 200)).contains("Revise su correo electrónico").doesNotContain(correo);
  }

  static Stream<Arguments> camposInvalidos() {
    return Stream.of(
        Arguments.of("nombre", "", "Escriba su nombre completo."),
        Arguments.of("correo", "", "Escriba su correo electrónico."),
        Arguments.of("correo", "sin-arroba.mx", "Escriba un correo electrónico válido"),
        Arguments.of("telefono", "12ab", "Escriba un teléfono de 10 a 15 dígitos"),
        Arguments.of("sector", "", "Elija su sector."),
        Arguments.of("sector", "MARCIANO", "Elija su sector."),
        Arguments.of("organizacion", "", "Escriba el nombre de su organización"),
        Arguments.of("municipio", "", "Elija su municipio de la lista."),
        Arguments.of("municipio", "Guadalajara", "Elija su municipio de la lista."),
        Arguments.of("ejes", "", "Elija al menos un eje temático"),
        Arguments.of("ejes", "no-existe", "Elija al menos un eje temático"),
        Arguments.of("genero", "X", "Elija una opción de la lista"),
        Arguments.of("consentimiento", "", "debe marcar la casilla de consentimiento"));
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @MethodSource("camposInvalidos")
  void anInvalidFieldReRendersTheFormWithItsMessageTheValuesAndStoresNothing(String campo, String valor, String mensaje)
      throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "invalido." + DIRECCION.incrementAndGet() + "@ejemplo.mx";
    MockHttpServletRequestBuilder peticion =
        formulario(datos(correo))
            .with(
                r -> {
                  if (valor.isEmpty() && (campo.equals("ejes") || campo.equals("consentimiento"))) {
                    r.removeParameter(campo); // unchecked boxes are not sent
                  } else {
                    r.setParameter(campo, valor);
                  }
                  return r;
                });

    String html = enviar(peticion).pagina(200);

    assertThat(html)
        .contains("Revise los siguientes datos")
        .contains("href=\"#" + campo + "\"")
        .contains(mensaje)
        .contains(campo.equals("organizacion") ? "value=\"Ana Mart" : "value=\"Red Ciudadana\"")
        .contains("name=\"_csrf\"")
        // the invalid field, and only it, is marked, and its input refers to its message
        .contains("id=\"" + campo + "-error\"")
        .containsPattern("aria-describedby=\"[^\"]*\\b" + campo + "-error\"");
    assertThat(html.split("class=\"campo con-error\"", -1)).hasSize(2);
    assertThat(html.split("aria-invalid=\"true\"", -1).length).isLessThanOrEqualTo(2);
    assertThat(participantesDe(e)).isZero();
    assertThat(notificaciones.findByFolioOrderById(e.getFolio())).isEmpty();
  }

  @Test
  void aLiaisonMustChooseAnAgencyFromTheList() throws Exception {
    Ejercicio e = edicionAbierta();

    String html = enviar(formulario(datosEnlace("enlace.sin@ejemplo.mx", 999_999L))).pagina(200);

    assertThat(html).contains("href=\"#sujetoObligadoId\"", "Elija de la lista la dependencia");
    assertThat(participantesDe(e)).isZero();
  }

  @Test
  void aSubmissionBeforeTheWindowOpensStoresNothing() throws Exception {
    Ejercicio e = publicada();
    reloj(apertura(e).minusDays(1), LocalTime.of(23, 59, 59));

    String html = enviar(formulario(datos("temprano@ejemplo.mx"))).pagina(200);

    assertThat(html).contains("abrirá el " + fecha(apertura(e))).doesNotContain("<form class=\"formulario\"");
    assertThat(participantesDe(e)).isZero();
  }

  @Test
  void aSubmissionAfterTheCutOffStoresNothing() throws Exception {
    Ejercicio e = publicada();
    reloj(cierre(e).plusDays(1), LocalTime.MIDNIGHT);

    String html = enviar(formulario(datos("tarde@ejemplo.mx"))).pagina(200);

    assertThat(html).contains("cerró el " + fecha(cierre(e)));
    assertThat(participantesDe(e)).isZero();
    assertThat(notificaciones.findByFolioOrderById(e.getFolio())).isEmpty();
  }

  @Test
  void aSubmissionAtTheLastSecondOfTheClosingDayIsAccepted() throws Exception {
    Ejercicio e = publicada();
    reloj(cierre(e), LocalTime.of(23, 59, 59));

    enviar(formulario(datos("ultimo@ejemplo.mx"))).andRedirect("/registro/revise-su-correo");

    assertThat(participantesDe(e)).isOne();
  }

  @Test
  void aRegisteredEmailGetsTheSameAnswerNothingNewIsStoredAndTheMailTellsTheTruth() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "repetido@ejemplo.mx";
    enviar(formulario(datos(correo))).andRedirect("/registro/revise-su-correo");
    long registrosAntes = registros.count();

    enviar(formulario(datos("REPETIDO@ejemplo.mx", "igualdad-genero"))).andRedirect("/registro/revise-su-correo");

    assertThat(participantesDe(e)).isOne();
    assertThat(registros.count()).isEqualTo(registrosAntes);
    List<Notificacion> enviados = correos(e, correo);
    assertThat(enviados).extracting(Notificacion::getTipo).containsExactly("REGISTRO_CONFIRMACION", "REGISTRO_EXISTENTE");
    assertThat(enviados.get(1).getCuerpo()).contains("ya está registrado", "aún no está confirmado", "/registro/confirmar/");
  }

  @Test
  void aFilledHoneypotGetsTheSameAnswerAndNothingIsStoredOrSent() throws Exception {
    Ejercicio e = edicionAbierta();

    enviar(formulario(datos("robot@ejemplo.mx")).param("sitioWeb", "https://spam.example"))
        .andRedirect("/registro/revise-su-correo");

    assertThat(participantesDe(e)).isZero();
    assertThat(notificaciones.findByFolioOrderById(e.getFolio())).isEmpty();
  }

  @Test
  void aSubmissionWithoutTheCsrfTokenIsRefused() throws Exception {
    Ejercicio e = edicionAbierta();

    MockHttpServletResponse r =
        mvc.perform(conDireccion(campos(post("/registro"), datos("sin.token@ejemplo.mx")))).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(participantesDe(e)).isZero();
  }

  @Test
  void fortyPeopleRegisterFromOneAddressWithinTenMinutesAndAllSucceed() throws Exception {
    Ejercicio e = edicionAbierta();
    // a workshop in a municipal office: every participant behind the office's one public address
    String direccion = "189.203." + DIRECCION.incrementAndGet() + ".7";
    for (int i = 0; i < 40; i++) {
      // each person opens the form and sends it with the token and cookie their browser got
      MockHttpServletResponse abierto = mvc.perform(desde(get("/registro"), direccion)).andReturn().getResponse();
      jakarta.servlet.http.Cookie galleta = abierto.getCookie("XSRF-TOKEN");
      assertThat(galleta).as("person %d's CSRF cookie", i + 1).isNotNull();
      MockHttpServletRequestBuilder envio =
          campos(post("/registro"), datos("taller" + i + "." + e.getAnio() + "@ejemplo.mx"))
              .cookie(galleta)
              .param("_csrf", ClientePortal.csrf(abierto.getContentAsString()));
      enviar(desde(envio, direccion)).andRedirect("/registro/revise-su-correo");
    }

    assertThat(participantesDe(e)).isEqualTo(40);
    assertThat(correos(e, "taller39." + e.getAnio() + "@ejemplo.mx")).extracting(Notificacion::getTipo)
        .containsExactly("REGISTRO_CONFIRMACION");
  }

  @Test
  void tooManySubmissionsFromOneAddressGet429WithTheSpanishPage() throws Exception {
    edicionAbierta();
    String direccion = "10.77." + DIRECCION.incrementAndGet() + ".1";
    for (int i = 0; i < proteccion.limites().porDireccion(); i++) {
      assertThat(mvc.perform(desde(formulario(datos("")), direccion)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    MockHttpServletResponse r = mvc.perform(desde(formulario(datos("")), direccion)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(429);
    assertThat(r.getHeader("Retry-After")).isEqualTo(Long.toString(proteccion.limites().ventana().toSeconds()));
    assertThat(r.getContentAsString()).contains("Demasiadas solicitudes", "Espere unos minutos");
  }

  @Test
  void acceptedRegistrationsCountTowardTheLimitAndTheRefusedOneStoresNothing() throws Exception {
    Ejercicio e = edicionAbierta();
    String direccion = "10.78." + DIRECCION.incrementAndGet() + ".1";
    int limite = proteccion.limites().porDireccion();
    for (int i = 0; i < limite; i++) {
      enviar(desde(formulario(datos("cuenta" + i + "." + e.getAnio() + "@ejemplo.mx")), direccion))
          .andRedirect("/registro/revise-su-correo");
    }
    String correo = "sobra." + e.getAnio() + "@ejemplo.mx";

    MockHttpServletResponse r = mvc.perform(desde(formulario(datos(correo)), direccion)).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(429);
    assertThat(participantesDe(e)).isEqualTo(limite);
    assertThat(participantes.findByEjercicioIdAndCorreo(e.getId(), correo)).isEmpty();
  }

  @Test
  void oneMailboxCannotBeFloodedFromManyAddresses() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "victima." + e.getAnio() + "@ejemplo.mx";
    String[] formas = {correo, correo.toUpperCase(), "victima." + e.getAnio() + "+taller@ejemplo.mx"};
    int limite = proteccion.limites().porCorreo();
    int alMismoCorreo = 0; // the +tag is another address for the registration, the same mailbox for the limit
    for (int i = 0; i < limite; i++) {
      // conDireccion: every submission from another address
      enviar(formulario(datos(formas[i % formas.length]))).andRedirect("/registro/revise-su-correo");
      alMismoCorreo += i % formas.length == 2 ? 0 : 1;
    }

    MockHttpServletResponse r = mvc.perform(formulario(datos(" Victima." + e.getAnio() + "@ejemplo.mx"))).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(429);
    assertThat(r.getContentAsString()).contains("Demasiadas solicitudes");
    // the mailbox got one message per accepted submission, none for the refused one
    assertThat(correos(e, correo)).hasSize(alMismoCorreo);
    // other people are not refused
    enviar(formulario(datos("vecina." + e.getAnio() + "@ejemplo.mx"))).andRedirect("/registro/revise-su-correo");
  }

  @Test
  void theLimitsDoNotTellWhetherAnEmailIsRegistered() throws Exception {
    Ejercicio e = edicionAbierta();
    String conocido = "conocido." + e.getAnio() + "@ejemplo.mx";
    String desconocido = "desconocido." + e.getAnio() + "@ejemplo.mx";
    enviar(formulario(datos(conocido))).andRedirect("/registro/revise-su-correo");
    jdbc.update("delete from envio_formulario"); // a new window: both mailboxes start at zero
    assertThat(participantes.findByEjercicioIdAndCorreo(e.getId(), desconocido)).isEmpty();

    for (int i = 0; i <= proteccion.limites().porCorreo(); i++) {
      MvcResult a = mvc.perform(formulario(datos(conocido))).andReturn();
      MvcResult b = mvc.perform(formulario(datos(desconocido))).andReturn();

      assertThat(b.getResponse().getStatus()).as("submission %d", i + 1).isEqualTo(a.getResponse().getStatus());
      assertThat(b.getResponse().getRedirectedUrl()).isEqualTo(a.getResponse().getRedirectedUrl());
      assertThat(new java.util.HashMap<>(b.getFlashMap())).isEqualTo(new java.util.HashMap<>(a.getFlashMap()));
      assertThat(b.getResponse().getContentAsString()).isEqualTo(a.getResponse().getContentAsString());
      assertThat(a.getResponse().getStatus()).isEqualTo(i < proteccion.limites().porCorreo() ? 302 : 429);
    }
  }

  // --- Confirmation link ---------------------------------------------------------------------------

  @Test
  void openingTheConfirmationLinkConfirmsNothingAndShowsAButtonThatPosts() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "abre@ejemplo.mx";
    enviar(formulario(datos(correo))).andRedirect("/registro/revise-su-correo");
    String ruta = ruta(correos(e, correo).get(0).getCuerpo());

    // what a mail scanner does: it opens the link, even twice
    pagina(get(ruta), 200);
    assertThat(pagina(get(ruta), 200))
        .contains("Confirmar mi registro", e.getFolio(), "method=\"post\"", "action=\"" + ruta + "\"", "name=\"_csrf\"")
        .doesNotContain("??");

    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    assertThat(p.getConfirmado()).isNull();
    assertThat(registros.findByParticipanteId(p.getId()).orElseThrow().getEstado())
        .isEqualTo(Registro.EstadoRegistro.PENDIENTE_CONFIRMACION);
    assertThat(correos(e, correo)).hasSize(1);
  }

  @Test
  void theConfirmationWithoutTheCsrfTokenIsRefusedAndConfirmsNothing() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "sin-csrf-confirma@ejemplo.mx";
    enviar(formulario(datos(correo))).andRedirect("/registro/revise-su-correo");
    String ruta = ruta(correos(e, correo).get(0).getCuerpo());

    assertThat(mvc.perform(conDireccion(post(ruta))).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow().getConfirmado()).isNull();
  }

  @Test
  void theConfirmationLinkConfirmsOnceAndTheSecondVisitSaysSo() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "confirma@ejemplo.mx";
    enviar(formulario(datos(correo))).andRedirect("/registro/revise-su-correo");
    String ruta = ruta(correos(e, correo).get(0).getCuerpo());

    assertThat(confirmar(ruta, 200)).contains("Su registro quedó confirmado");

    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    assertThat(p.getConfirmado()).isNotNull();
    assertThat(registros.findByParticipanteId(p.getId()).orElseThrow().getEstado()).isEqualTo(Registro.EstadoRegistro.CONFIRMADO);
    assertThat(correos(e, correo)).extracting(Notificacion::getTipo).containsExactly("REGISTRO_CONFIRMACION", "REGISTRO_CONFIRMADO");

    assertThat(pagina(get(ruta), 200)).contains("ya estaba confirmado");
    assertThat(confirmar(ruta, 200)).contains("ya estaba confirmado");
    assertThat(correos(e, correo)).hasSize(2);
  }

  @Test
  void aLiaisonsConfirmationSaysComisionWillValidate() throws Exception {
    Ejercicio e = edicionAbierta();
    SujetoObligado sujeto = escenarios.sujeto();
    String correo = "enlace.web@ejemplo.mx";
    enviar(formulario(datosEnlace(correo, sujeto.getId()))).andRedirect("/registro/revise-su-correo");

    assertThat(confirmar(ruta(correos(e, correo).get(0).getCuerpo()), 200)).contains("cuenta cuando la Comisión lo valide");

    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    assertThat(registros.findByParticipanteId(p.getId()).orElseThrow().getEstado())
        .isEqualTo(Registro.EstadoRegistro.PENDIENTE_VALIDACION);
  }

  @Test
  void anUnknownTokenIsRefusedWithTheSpanishPage() throws Exception {
    edicionAbierta();

    assertThat(pagina(get("/registro/confirmar/no-existe-este-token-en-absoluto-123"), 404)).contains("Enlace no válido");
    assertThat(pagina(get("/registro/confirmar/corto"), 404)).contains("Enlace no válido");
  }

  @Test
  void anExpiredTokenIsRefusedAndConfirmsNothing() throws Exception {
    Ejercicio e = edicionAbierta();
    String correo = "vencido@ejemplo.mx";
    enviar(formulario(datos(correo))).andRedirect("/registro/revise-su-correo");
    String ruta = ruta(correos(e, correo).get(0).getCuerpo());
    motor.avanzar(Duration.ofDays(4));

    assertThat(pagina(get(ruta), 404)).contains("Enlace no válido").doesNotContain(correo);
    assertThat(confirmar(ruta, 404)).contains("Enlace no válido").doesNotContain(correo);

    assertThat(participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow().getConfirmado()).isNull();
  }

  @Test
  void aConfirmationAfterTheWindowClosedIsRefusedWithAClearMessage() throws Exception {
    Ejercicio e = edicionAbierta();
    reloj(cierre(e), LocalTime.of(22, 0));
    String correo = "cierre@ejemplo.mx";
    enviar(formulario(datos(correo))).andRedirect("/registro/revise-su-correo");
    String ruta = ruta(correos(e, correo).get(0).getCuerpo());
    reloj(cierre(e).plusDays(1), LocalTime.of(0, 0, 1));

    assertThat(pagina(get(ruta), 410)).contains("El registro ya cerró", "no cuenta");
    assertThat(confirmar(ruta, 410)).contains("El registro ya cerró", "no cuenta");

    Participante p = participantes.findByEjercicioIdAndCorreo(e.getId(), ReglasRegistro.normalizarCorreo(correo)).orElseThrow();
    assertThat(p.getConfirmado()).isNull();
    assertThat(registros.findByParticipanteId(p.getId()).orElseThrow().cuenta()).isFalse();
  }

  @Test
  void theSameRegistrationSubmittedTwiceAtOnceGetsTheSameAnswerBothTimes() throws Exception {
    // A double click: the second submission checks for the address before the first has committed,
    // so both insert it and the database's unique key refuses the second one
    Ejercicio e = edicionAbierta();
    String correo = "doble.clic@ejemplo.mx";
    CountDownLatch escrita = new CountDownLatch(1);
    CountDownLatch confirmar = new CountDownLatch(1);
    ExecutorService hilos = Executors.newFixedThreadPool(2);
    try {
      // the first: its rows written, its commit held back
      Future<?> primera =
          hilos.submit(
              () ->
                  tx.executeWithoutResult(
                      s -> {
                        servicio.registrar(datos(correo));
                        escrita.countDown();
                        try {
                          assertThat(confirmar.await(30, TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException interrumpida) {
                          throw new IllegalStateException(interrumpida);
                        }
                      }));
      assertThat(escrita.await(30, TimeUnit.SECONDS)).isTrue();
      // the second, through the portal, gets as far as writing the same address: H2 retries its
      // insert until the first's row is committed or the URL's lock timeout (10 s) passes
      AtomicReference<Thread> hiloSegunda = new AtomicReference<>();
      Future<MockHttpServletResponse> segunda =
          hilos.submit(
              () -> {
                hiloSegunda.set(Thread.currentThread());
                return mvc.perform(formulario(datos(correo))).andReturn().getResponse();
              });
      esperarInsercionDetenida(hiloSegunda, segunda);
      // the first commits late, as under load: later than H2's default lock timeout (1 s; the second
      // failed with an error page after about 2 s of retries without the URL's LOCK_TIMEOUT)
      Thread.sleep(3000);
      confirmar.countDown();
      primera.get(30, TimeUnit.SECONDS);

      MockHttpServletResponse r = segunda.get(30, TimeUnit.SECONDS);
      assertThat(r.getStatus()).isEqualTo(302);
      assertThat(r.getRedirectedUrl()).isEqualTo("/registro/revise-su-correo");
    } finally {
      hilos.shutdownNow();
    }
    assertThat(participantesDe(e)).isEqualTo(1);
    // one message: the first's confirmation; the second went through no path that writes one
    assertThat(correos(e, correo)).extracting(Notificacion::getTipo).containsExactly(RegistroParticipanteBpmn.NOTIFICACION_CONFIRMACION);
  }

  /**
   * Waits until the thread is inside the registration's insert, which cannot succeed while the
   * first one's row is uncommitted; fails if the submission ends first.
   */
  private static void esperarInsercionDetenida(AtomicReference<Thread> hilo, Future<?> tarea) {
    long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < limite) {
      assertThat(tarea.isDone()).as("the second submission ended before trying to write its row").isFalse();
      Thread t = hilo.get();
      if (t != null) {
        List<String> pila = Stream.of(t.getStackTrace()).map(f -> f.getClassName() + "." + f.getMethodName()).toList();
        if (pila.contains(RegistroService.class.getName() + ".registrar") && pila.stream().anyMatch(f -> f.startsWith("org.h2.command.dml.Insert."))) {
          return;
        }
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the second submission never reached its insert");
  }

  // --- Helpers -------------------------------------------------------------------------------------

  private MockHttpServletRequestBuilder formulario(DatosRegistro d) {
    return conDireccion(campos(post("/registro"), d).with(csrf()));
  }

  private static MockHttpServletRequestBuilder campos(MockHttpServletRequestBuilder b, DatosRegistro d) {
    b.param("nombre", valor(d.nombre()))
        .param("correo", valor(d.correo()))
        .param("telefono", valor(d.telefono()))
        .param("sector", d.sector() == null ? "" : d.sector().name())
        .param("organizacion", valor(d.organizacion()))
        .param("sujetoObligadoId", d.sujetoObligadoId() == null ? "" : d.sujetoObligadoId().toString())
        .param("municipio", valor(d.municipio()))
        .param("genero", valor(d.genero()))
        .param("sitioWeb", "");
    d.ejes().forEach(eje -> b.param("ejes", eje));
    if (d.consentimiento()) {
      b.param("consentimiento", "true");
    }
    return b;
  }

  private static String valor(String texto) {
    return texto == null ? "" : texto;
  }

  private static MockHttpServletRequestBuilder conDireccion(MockHttpServletRequestBuilder b) {
    int n = DIRECCION.incrementAndGet();
    return desde(b, "10.66." + (n / 250) + "." + (n % 250 + 1));
  }

  private static MockHttpServletRequestBuilder desde(MockHttpServletRequestBuilder b, String direccion) {
    return b.with(
        r -> {
          r.setRemoteAddr(direccion);
          return r;
        });
  }

  private MockHttpServletResponse respuesta(MockHttpServletRequestBuilder peticion, int estado) throws Exception {
    MockHttpServletResponse r = mvc.perform(conDireccion(peticion)).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(estado);
    return r;
  }

  private String pagina(MockHttpServletRequestBuilder peticion, int estado) throws Exception {
    return respuesta(peticion, estado).getContentAsString();
  }

  /** Presses the button of the confirmation page, then follows the redirect back to the link's page. */
  private String confirmar(String ruta, int estado) throws Exception {
    MvcResult enviado = mvc.perform(conDireccion(post(ruta).with(csrf()))).andReturn();
    assertThat(enviado.getResponse().getRedirectedUrl()).isEqualTo(ruta);
    return pagina(get(ruta).flashAttrs(enviado.getFlashMap()), estado);
  }

  private Respuesta enviar(MockHttpServletRequestBuilder peticion) throws Exception {
    MockHttpServletResponse r = mvc.perform(peticion).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return new Respuesta(r);
  }

  private record Respuesta(MockHttpServletResponse r) {
    void andRedirect(String ruta) throws Exception {
      assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
      assertThat(r.getRedirectedUrl()).isEqualTo(ruta);
    }

    String pagina(int estado) throws Exception {
      assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(estado);
      return r.getContentAsString();
    }
  }
}
