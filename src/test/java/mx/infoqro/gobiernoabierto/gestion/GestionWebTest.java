package mx.infoqro.gobiernoabierto.gestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion;
import mx.infoqro.gobiernoabierto.actualizacion.EstadoVersiones;
import mx.infoqro.gobiernoabierto.actualizacion.MigracionesBajoDemanda;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.notificacion.EnvioNotificacionBpmn;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.FlashMap;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The staff pages through the whole security filter chain, with real logins against Camunda users
 * made here (one per group): who enters which page and who gets 403, both ways; CSRF on login and
 * logout; the decision log's filters, pages and CSV; the outbox and the logging of its readings;
 * the versions of the processes and the administrators' new run of the pending migrations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GestionWebTest extends PruebaIntegracion {

  private static final String CLAVE = "Gestion-Prueba-7";

  /** One user per group; SO is an agency's liaison group made by the test. */
  enum Rol {
    COMISION(Grupos.COMISION),
    PLENO(Grupos.PLENO),
    STL(Grupos.STL),
    FACILITADORES(Grupos.FACILITADORES),
    DATOS_PERSONALES(Grupos.DATOS_PERSONALES),
    SO(null),
    ADMIN(Grupos.ADMIN);

    final String grupo;

    Rol(String grupo) {
      this.grupo = grupo;
    }

    String usuario() {
      return "gt-" + name().toLowerCase().replace('_', '-');
    }
  }

  @Autowired WebApplicationContext contexto;
  @Autowired Auditoria auditoria;
  @Autowired Notificador notificador;
  @Autowired NotificacionRepository notificaciones;
  @Autowired TransactionTemplate tx;
  @Autowired RepositoryService repositoryService;
  @Autowired EstadoVersiones estadoVersiones;
  @Autowired MigracionesBajoDemanda migracionesBajoDemanda;

  MockMvc mvc;
  final Map<Rol, MockHttpSession> sesiones = new LinkedHashMap<>();

  @BeforeAll
  void usuarios() {
    String grupoSo = escenarios.sujeto().grupo();
    for (Rol rol : Rol.values()) {
      if (identityService.createUserQuery().userId(rol.usuario()).count() == 0) {
        var u = identityService.newUser(rol.usuario());
        u.setPassword(CLAVE);
        identityService.saveUser(u);
        identityService.createMembership(rol.usuario(), rol.grupo == null ? grupoSo : rol.grupo);
      }
    }
  }

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  private MockHttpSession sesion(Rol rol) throws Exception {
    MockHttpSession s = sesiones.get(rol);
    if (s == null || s.isInvalid()) {
      MvcResult r = mvc.perform(formLogin("/gestion/entrar").user(rol.usuario()).password(CLAVE)).andReturn();
      assertThat(r.getResponse().getRedirectedUrl()).as("login of " + rol).isEqualTo("/gestion");
      s = (MockHttpSession) r.getRequest().getSession(false);
      sesiones.put(rol, s);
    }
    return s;
  }

  private MockHttpServletResponse como(Rol rol, String ruta) throws Exception {
    return mvc.perform(get(ruta).session(sesion(rol))).andReturn().getResponse();
  }

  private static String html(MockHttpServletResponse r) throws Exception {
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  // --- Login and logout ----------------------------------------------------------------------

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    for (String ruta : List.of("/gestion", "/gestion/auditoria", "/gestion/auditoria.csv", "/gestion/correos", "/gestion/correos/1",
        "/gestion/versiones")) {
      MockHttpServletResponse r = mvc.perform(get(ruta)).andReturn().getResponse();
      assertThat(r.getStatus()).as(ruta).isEqualTo(302);
      assertThat(r.getRedirectedUrl()).as(ruta).endsWith("/gestion/entrar");
    }
  }

  @Test
  void theLoginPageIsSpanishWithLabelsAndACsrfToken() throws Exception {
    String pagina = html(mvc.perform(get("/gestion/entrar")).andReturn().getResponse());

    assertThat(pagina)
        .contains("<html lang=\"es-MX\"")
        .contains("<h1>Entrar a la gestión del ejercicio</h1>")
        .contains("<label for=\"username\">Usuario</label>")
        .contains("<label for=\"password\">Contraseña</label>")
        .contains("name=\"_csrf\"")
        .contains("autocomplete=\"current-password\"")
        .doesNotContain("Usuario o contraseña incorrectos")
        .doesNotContain("Cerrar sesión");
    assertThat(html(mvc.perform(get("/gestion/entrar?error")).andReturn().getResponse()))
        .contains("Usuario o contraseña incorrectos");
    assertThat(html(mvc.perform(get("/gestion/entrar?salida")).andReturn().getResponse())).contains("Cerró su sesión");
  }

  @Test
  void aWrongPasswordOrAnUnknownUserGoesBackToTheLoginWithTheError() throws Exception {
    assertThat(mvc.perform(formLogin("/gestion/entrar").user(Rol.COMISION.usuario()).password("otra")).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/gestion/entrar?error");
    assertThat(mvc.perform(formLogin("/gestion/entrar").user("nadie-" + UUID.randomUUID()).password(CLAVE)).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/gestion/entrar?error");
  }

  @Test
  void loginWithoutTheCsrfTokenIsRefused() throws Exception {
    MockHttpServletResponse r =
        mvc.perform(post("/gestion/entrar").param("username", Rol.COMISION.usuario()).param("password", CLAVE))
            .andReturn()
            .getResponse();

    assertThat(r.getStatus()).isEqualTo(403);
  }

  @Test
  void logoutNeedsTheCsrfTokenThenEndsTheSession() throws Exception {
    MockHttpSession s = (MockHttpSession) mvc.perform(formLogin("/gestion/entrar").user(Rol.PLENO.usuario()).password(CLAVE))
        .andReturn().getRequest().getSession(false);

    assertThat(mvc.perform(post("/gestion/salir").session(s)).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/gestion").session(s)).andReturn().getResponse().getStatus()).as("still in").isEqualTo(200);

    MockHttpServletResponse salida = mvc.perform(post("/gestion/salir").session(s).with(csrf())).andReturn().getResponse();
    assertThat(salida.getRedirectedUrl()).isEqualTo("/gestion/entrar?salida");
    MockHttpServletResponse despues = mvc.perform(get("/gestion").session(s)).andReturn().getResponse();
    assertThat(despues.getStatus()).isEqualTo(302);
    assertThat(despues.getRedirectedUrl()).endsWith("/gestion/entrar");
  }

  // --- Who opens which page -----------------------------------------------------------------

  static Stream<Arguments> matriz() {
    List<Arguments> celdas = new ArrayList<>();
    for (Rol rol : Rol.values()) {
      boolean auditoria = rol == Rol.COMISION || rol == Rol.PLENO || rol == Rol.ADMIN;
      boolean correos = rol == Rol.COMISION || rol == Rol.ADMIN;
      boolean versiones = rol == Rol.COMISION || rol == Rol.ADMIN;
      celdas.add(Arguments.of(rol, "/gestion", true));
      celdas.add(Arguments.of(rol, "/gestion/auditoria", auditoria));
      celdas.add(Arguments.of(rol, "/gestion/auditoria.csv", auditoria));
      celdas.add(Arguments.of(rol, "/gestion/correos", correos));
      celdas.add(Arguments.of(rol, "/gestion/versiones", versiones));
    }
    return celdas.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("matriz")
  void eachPageOpensForItsGroupsAndIsForbiddenForTheOthers(Rol rol, String ruta, boolean permitida) throws Exception {
    MockHttpServletResponse r = como(rol, ruta);

    assertThat(r.getStatus()).isEqualTo(permitida ? 200 : 403);
    if (!permitida) {
      assertThat(r.getForwardedUrl() == null ? "" : r.getForwardedUrl()).doesNotContain(ruta + "?");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void theStaffHomeListsOnlyThePagesOfTheUsersGroups(Rol rol) throws Exception {
    String pagina = html(como(rol, "/gestion"));

    assertThat(pagina).contains("Sesión iniciada como " + rol.usuario()).contains("/camunda/app/tasklist/").contains("Cerrar sesión");
    assertThat(pagina.contains("href=\"/gestion/auditoria\"")).isEqualTo(rol == Rol.COMISION || rol == Rol.PLENO || rol == Rol.ADMIN);
    assertThat(pagina.contains("href=\"/gestion/correos\"")).isEqualTo(rol == Rol.COMISION || rol == Rol.ADMIN);
    assertThat(pagina.contains("href=\"/gestion/versiones\"")).isEqualTo(rol == Rol.COMISION || rol == Rol.ADMIN);
    assertThat(pagina.contains("/camunda/app/cockpit/")).isEqualTo(rol == Rol.COMISION || rol == Rol.PLENO || rol == Rol.ADMIN);
  }

  static Stream<Rol> roles() {
    return Stream.of(Rol.values());
  }

  @Test
  void aForbiddenPageAnswersTheSpanish403Page() throws Exception {
    // MockMvc does not dispatch to the error page: the error page itself is rendered as Boot does
    MockHttpServletResponse r = como(Rol.STL, "/gestion/correos");
    assertThat(r.getStatus()).isEqualTo(403);
    String pagina = html(mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
        .requestAttr("jakarta.servlet.error.status_code", 403)
        .requestAttr("jakarta.servlet.error.request_uri", "/gestion/correos")).andReturn().getResponse());
    assertThat(pagina).contains("No tiene permiso para ver esta página").contains("<html lang=\"es-MX\"");
    // a public form without its token keeps the generic page
    String publica = html(mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
        .requestAttr("jakarta.servlet.error.status_code", 403)
        .requestAttr("jakarta.servlet.error.request_uri", "/privacidad")).andReturn().getResponse());
    assertThat(publica).contains("No pudimos atender su solicitud").doesNotContain("No tiene permiso");
  }

  // --- Decision log ---------------------------------------------------------------------------

  /** Decisions of a folio of their own, at given instants (engine clock). */
  private String decisiones(String... filas) {
    String folio = "GT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    tx.executeWithoutResult(
        s -> {
          for (String fila : filas) {
            String[] c = fila.split("\\|", -1);
            motor.avanzarA(Instant.parse(c[0]));
            auditoria.registrar(folio + c[1], c[2], 7L, c[3], c[4], c[5]);
          }
        });
    motor.relojReal();
    return folio;
  }

  @Test
  void theLogIsFilteredByFolioEntityDecisionUserAndMexicoCityDays() throws Exception {
    String folio =
        decisiones(
            // 23:30 on Feb 28 in Mexico City (UTC-6)
            "2026-03-01T05:30:00Z|-C-001|Compromiso|APROBADO|gt-pleno|Cumple",
            "2026-03-01T06:30:00Z|-C-002|Compromiso|DEVUELTO|gt-stl|Falta meta",
            "2026-03-02T18:00:00Z|-M-001|Mesa|CERRADA|gt-facilitador|Concluida");
    String base = "/gestion/auditoria?folio=" + folio.toLowerCase();

    assertThat(filas(html(como(Rol.PLENO, base)))).isEqualTo(3);
    assertThat(html(como(Rol.PLENO, base + "-C"))).contains(folio + "-C-001").contains(folio + "-C-002").doesNotContain(folio + "-M-001");
    assertThat(filas(html(como(Rol.PLENO, base + "&entidad=Mesa")))).isEqualTo(1);
    assertThat(html(como(Rol.PLENO, base + "&decision=DEVUELTO"))).contains("Falta meta").doesNotContain("Cumple");
    assertThat(html(como(Rol.PLENO, base + "&usuario=GT-PLENO"))).contains("Cumple").doesNotContain("Falta meta");
    // Days are Mexico City days: 05:30 UTC on March 1 is still February 28
    assertThat(html(como(Rol.PLENO, base + "&hasta=2026-02-28"))).contains("Cumple").doesNotContain("Falta meta")
        .contains("2026-02-28 23:30:00");
    assertThat(html(como(Rol.PLENO, base + "&desde=2026-03-01&hasta=2026-03-01"))).contains("Falta meta").doesNotContain("Cumple").doesNotContain("Concluida");
    // newest first
    String todo = html(como(Rol.PLENO, base));
    assertThat(todo.indexOf("Concluida")).isLessThan(todo.indexOf("Falta meta"));
    assertThat(todo.indexOf("Falta meta")).isLessThan(todo.indexOf("Cumple"));
    // a date that is not a date is ignored, and said so
    assertThat(html(como(Rol.PLENO, base + "&desde=ayer"))).contains("Escriba una fecha válida");
    assertThat(filas(html(como(Rol.PLENO, base + "&desde=ayer")))).isEqualTo(3);
    // wildcards are literal
    assertThat(filas(html(como(Rol.PLENO, "/gestion/auditoria?folio=GT-%25" + folio.substring(4))))).isZero();
  }

  @Test
  void theLogShowsFiftyRowsPerPageKeepingTheFilters() throws Exception {
    String[] filas = new String[53];
    for (int i = 0; i < filas.length; i++) {
      filas[i] = String.format("2026-04-01T12:%02d:00Z|-P|Propuesta|RESPONDIDA|gt-comision|Fila %02d", i, i);
    }
    String folio = decisiones(filas);

    String primera = html(como(Rol.COMISION, "/gestion/auditoria?folio=" + folio));
    assertThat(filas(primera)).isEqualTo(50);
    assertThat(primera).contains("Fila 52").contains("Fila 03").doesNotContain("Fila 02").contains("Página 1 de 2").contains("53 registros");
    assertThat(primera).contains("href=\"/gestion/auditoria?folio=" + folio + "&amp;pagina=2\"");
    String segunda = html(como(Rol.COMISION, "/gestion/auditoria?folio=" + folio + "&pagina=2"));
    assertThat(filas(segunda)).isEqualTo(3);
    assertThat(segunda).contains("Fila 00").contains("Fila 02").doesNotContain("Fila 03").contains("Página 2 de 2");
    assertThat(primera).contains("href=\"/gestion/auditoria.csv?folio=" + folio + "\"");
  }

  @Test
  void theCsvHasTheFilteredRowsWithBomQuotingAndNoFormulas() throws Exception {
    String folio =
        decisiones(
            "2026-05-01T17:00:00Z|-A|Compromiso|APROBADO|gt-pleno|=HYPERLINK(\"http://malo\")",
            "2026-05-02T17:00:00Z|-A|Compromiso|DEVUELTO|@usuario|Línea uno, con coma\nlínea \"dos\"",
            "2026-05-03T17:00:00Z|-B|Mesa|CERRADA|gt-pleno|-1+2",
            "2026-05-04T17:00:00Z|-A|Compromiso|+SUMA|gt-pleno|Otra");

    MockHttpServletResponse r = como(Rol.COMISION, "/gestion/auditoria.csv?folio=" + folio + "-A&usuario=");
    byte[] bytes = r.getContentAsByteArray();
    String csv = new String(bytes, StandardCharsets.UTF_8);

    assertThat(r.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    assertThat(r.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(csv.substring(1))
        .isEqualTo(
            "Fecha (hora de la Ciudad de México),Folio,Entidad,Id de la entidad,Decisión,Usuario,Motivo\r\n"
                + "2026-05-04 11:00:00," + folio + "-A,Compromiso,7,'+SUMA,gt-pleno,Otra\r\n"
                + "2026-05-02 11:00:00," + folio + "-A,Compromiso,7,DEVUELTO,'@usuario,\"Línea uno, con coma\nlínea \"\"dos\"\"\"\r\n"
                + "2026-05-01 11:00:00," + folio + "-A,Compromiso,7,APROBADO,gt-pleno,\"'=HYPERLINK(\"\"http://malo\"\")\"\r\n");
    String mesa = new String(como(Rol.PLENO, "/gestion/auditoria.csv?folio=" + folio + "-B").getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(mesa).contains(",'-1+2\r\n").doesNotContain("Otra");
  }

  @Test
  void cellsThatASpreadsheetWouldTakeForAFormulaGetAnApostrophe() {
    assertThat(ConsultaAuditoria.celda("=1+1")).isEqualTo("'=1+1");
    assertThat(ConsultaAuditoria.celda("+52")).isEqualTo("'+52");
    assertThat(ConsultaAuditoria.celda("-2")).isEqualTo("'-2");
    assertThat(ConsultaAuditoria.celda("@SUM")).isEqualTo("'@SUM");
    assertThat(ConsultaAuditoria.celda("\t=1")).isEqualTo("'\t=1");
    assertThat(ConsultaAuditoria.celda("Texto = otro")).isEqualTo("Texto = otro");
    assertThat(ConsultaAuditoria.celda(null)).isEmpty();
  }

  private static int filas(String html) {
    int tbody = html.indexOf("<tbody>");
    if (tbody < 0) {
      return 0;
    }
    String cuerpo = html.substring(tbody, html.indexOf("</tbody>"));
    return cuerpo.split("<tr>", -1).length - 1;
  }

  // --- Mail outbox ------------------------------------------------------------------------------

  @Test
  void theOutboxListsMessagesWithTheirStateWithoutPersonalAddresses() throws Exception {
    String folio = "GT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String correo = "persona-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    Notificacion[] n = new Notificacion[3];
    tx.executeWithoutResult(
        s -> {
          n[0] = notificador.aCorreo(folio, MesaBpmn.NOTIFICACION_INVITACION_MESA, correo, "Mesa", "1");
          n[1] = notificador.aGrupo(folio + "-R", MesaBpmn.NOTIFICACION_RESPUESTAS_VENCIDAS, Grupos.FACILITADORES, "Mesa");
          n[2] = notificador.aGrupo(folio, MesaBpmn.NOTIFICACION_RESPUESTAS_VENCIDAS, "grupo-sin-nadie", "Mesa");
        });
    tx.executeWithoutResult(
        s -> {
          Notificacion enviada = notificaciones.findById(n[1].getId()).orElseThrow();
          enviada.setEnviada(Instant.now());
          notificaciones.save(enviada);
        });
    // the third fails for good: its first attempt hands it to its delivery process, whose job runs
    // out of retries and becomes an incident
    assertThat(despacho.entregar(n[2].getId())).isFalse();
    Job job = managementService.createJobQuery()
        .processInstanceId(runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(EnvioNotificacionBpmn.claveNegocio(n[2].getId())).singleResult().getId())
        .singleResult();
    for (int intento = 0; intento < 10 && managementService.createJobQuery().jobId(job.getId()).withRetriesLeft().count() > 0; intento++) {
      try {
        motor.ejecutar(job.getProcessInstanceId(), EnvioNotificacionBpmn.TASK_ENVIAR_CORREO);
      } catch (RuntimeException esperado) {
        // no recipients: the job fails; without retries left it becomes an incident
      }
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isOne();

    String pagina = html(como(Rol.COMISION, "/gestion/correos?folio=" + folio));

    assertThat(filas(pagina)).isEqualTo(3);
    assertThat(pagina)
        .doesNotContain(correo)
        .contains("Una persona (correo personal)")
        .contains("Grupo facilitadores")
        .contains(">Enviado<")
        .contains(">Pendiente<")
        .contains(">Fallido (incidente)<")
        .contains("href=\"/gestion/correos/" + n[0].getId() + "\"");
    assertThat(filas(html(como(Rol.COMISION, "/gestion/correos?folio=" + folio + "&tipo=" + MesaBpmn.NOTIFICACION_INVITACION_MESA))))
        .isEqualTo(1);
    assertThat(filas(html(como(Rol.COMISION, "/gestion/correos?folio=" + folio + "-R")))).isEqualTo(1);
  }

  @Test
  void readingAMessageToAPersonShowsItEscapedAndIsRecordedAsAnAccessToPersonalData() throws Exception {
    String folio = "GT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String correo = "persona-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    Notificacion[] n = new Notificacion[2];
    tx.executeWithoutResult(
        s -> {
          n[0] = notificador.aCorreo(folio, DerechosArcoBpmn.NOTIFICACION_RESPUESTA, correo, folio, "<script>alert(1)</script> & más");
          n[1] = notificador.aGrupo(folio, MesaBpmn.NOTIFICACION_RESPUESTAS_VENCIDAS, Grupos.FACILITADORES, "Mesa");
        });

    MockHttpServletResponse r = como(Rol.COMISION, "/gestion/correos/" + n[0].getId());

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(html(r))
        .contains(correo)
        .contains("Respuesta a su solicitud de derechos ARCO " + folio)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; más")
        .doesNotContain("<script>")
        .contains("su consulta quedó en el registro de decisiones");
    List<RegistroDecision> registro = auditoria.historial(folio);
    assertThat(registro).hasSize(1);
    assertThat(registro.get(0).getDecision()).isEqualTo(Auditoria.ACCESO_DATOS_PERSONALES);
    assertThat(registro.get(0).getUsuario()).isEqualTo(Rol.COMISION.usuario());
    assertThat(registro.get(0).getEntidad()).isEqualTo("Notificacion");
    assertThat(registro.get(0).getEntidadId()).isEqualTo(n[0].getId());
    assertThat(registro.get(0).getMotivo()).doesNotContain(correo);

    // a message to a group holds no personal address: not recorded
    assertThat(como(Rol.ADMIN, "/gestion/correos/" + n[1].getId()).getStatus()).isEqualTo(200);
    assertThat(auditoria.historial(folio)).hasSize(1);
    // nor is a refused reading
    assertThat(como(Rol.PLENO, "/gestion/correos/" + n[0].getId()).getStatus()).isEqualTo(403);
    assertThat(auditoria.historial(folio)).hasSize(1);
    assertThat(como(Rol.COMISION, "/gestion/correos/999999999").getStatus()).isEqualTo(404);
  }

  // --- Versions of the processes and migrations -------------------------------------------------------

  private static final String VERSIONES = "/gestion/versiones";
  private static final String MIGRAR = "/gestion/versiones/migrar";

  @Test
  void comisionSeesTheVersionsOfEveryProcessInSpanishWithItsCurrentDefinitionButNoButtonToMigrate() throws Exception {
    String pagina = html(como(Rol.COMISION, VERSIONES));

    assertThat(pagina)
        .contains("<html lang=\"es-MX\"")
        .contains("<h1>Versiones de los procesos</h1>")
        .contains("Última migración")
        .contains("Procesos y sus versiones")
        .contains("<caption>Definiciones desplegadas de cada proceso</caption>")
        .doesNotContain("action=\"" + MIGRAR + "\"")
        .doesNotContain("Migrar de nuevo las instancias pendientes");
    List<String> claves = clavesDeLosModelos();
    assertThat(claves).isNotEmpty();
    for (String clave : claves) {
      ProcessDefinition vigente =
          repositoryService.createProcessDefinitionQuery().processDefinitionKey(clave).latestVersion().singleResult();
      assertThat(pagina)
          .as(clave + " with its current definition")
          .containsPattern(Pattern.compile(
              "<span class=\"nota\">" + Pattern.quote(clave) + "</span>\\s*</th>\\s*<td>" + vigente.getVersion() + " \\(vigente\\)</td>"));
    }
  }

  @Test
  void theMenuLinksTheVersionsPageForComisionAndAdministratorsOnly() throws Exception {
    assertThat(menu(html(como(Rol.COMISION, "/gestion/auditoria")))).contains("href=\"/gestion/versiones\">Versiones de los procesos</a>");
    assertThat(menu(html(como(Rol.ADMIN, "/gestion/correos")))).contains("href=\"/gestion/versiones\"");
    assertThat(menu(html(como(Rol.COMISION, VERSIONES)))).contains("href=\"/gestion/versiones\" aria-current=\"page\"");
    assertThat(menu(html(como(Rol.PLENO, "/gestion/auditoria")))).contains("href=\"/gestion/auditoria\"").doesNotContain("/gestion/versiones");
  }

  @Test
  void anAdministratorSeesTheButtonToMigrateThePendingInstancesAgain() throws Exception {
    esperarMigracion();
    String pagina = html(como(Rol.ADMIN, VERSIONES));

    assertThat(pagina)
        .contains("action=\"" + MIGRAR + "\"")
        .contains("name=\"_csrf\"")
        .contains("Migrar de nuevo las instancias pendientes")
        .contains("El personal puede seguir trabajando mientras tanto.");
  }

  @Test
  void migratingAgainIsRefusedWithoutTheCsrfTokenAndToComisionAndRunsForAnAdministrator() throws Exception {
    esperarMigracion();
    Long antes = ultimaEjecucion();

    assertThat(mvc.perform(post(MIGRAR).session(sesion(Rol.ADMIN))).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(post(MIGRAR).session(sesion(Rol.COMISION)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(post(MIGRAR).session(sesion(Rol.STL)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(migracionesBajoDemanda.enCurso()).isFalse();
    assertThat(ultimaEjecucion()).as("no run began").isEqualTo(antes);

    MvcResult r = mvc.perform(post(MIGRAR).session(sesion(Rol.ADMIN)).with(csrf())).andReturn();

    assertThat(r.getResponse().getStatus()).isEqualTo(302);
    assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(VERSIONES);
    FlashMap flash = r.getFlashMap();
    assertThat((Map<String, Object>) flash).containsEntry(VersionesController.SOLICITUD, MigracionesBajoDemanda.Solicitud.INICIADA.name());
    esperarMigracion();
    EjecucionMigracion ejecucion = estadoVersiones.ultimaEjecucion().orElseThrow().ejecucion();
    assertThat(ejecucion.getId()).isNotEqualTo(antes);
    assertThat(ejecucion)
        .extracting(EjecucionMigracion::getOrigen, EjecucionMigracion::getUsuario, EjecucionMigracion::getEstado)
        .containsExactly(EjecucionMigracion.Origen.ADMINISTRACION, Rol.ADMIN.usuario(), EjecucionMigracion.Estado.TERMINADA);
    String pagina = html(mvc.perform(get(VERSIONES).session(sesion(Rol.ADMIN)).flashAttrs(flash)).andReturn().getResponse());
    assertThat(pagina)
        .contains("La migración comenzó. Esta página muestra su avance.")
        .contains("a petición de " + Rol.ADMIN.usuario());
  }

  @Test
  void afterARunTheInstancesLeftOnTheirVersionAreListedWithTheirFolioAndReason() throws Exception {
    String clave = "gestion-versiones-" + UUID.randomUUID().toString().substring(0, 8);
    String folio = "GV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    List<String> despliegues = new ArrayList<>();
    try {
      despliegues.add(desplegar(clave, "Revisar"));
      runtimeService.startProcessInstanceByKey(clave, folio);
      // the model changes without raising its version tag: its instance cannot move
      despliegues.add(desplegar(clave, "Revisar de nuevo"));
      esperarMigracion();
      assertThat(mvc.perform(post(MIGRAR).session(sesion(Rol.ADMIN)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
          .isEqualTo(VERSIONES);
      esperarMigracion();

      String pagina = html(como(Rol.COMISION, VERSIONES));

      assertThat(pagina)
          .contains("Terminó la migración iniciada el ")
          .contains("Instancias que siguen en su versión")
          .contains(folio + " (" + clave + ", versión 1 del modelo): "
              + "El modelo cambió sin subir su versión (1): falta su nueva etiqueta camunda:versionTag y su migración.")
          .containsPattern(Pattern.compile(
              "<td class=\"sin-corte\">" + Pattern.quote(clave) + "</td>\\s*<td class=\"sin-corte\">De la versión 1 a la 1 \\(definición 1\\)</td>"
                  + "\\s*<td>0</td>\\s*<td>1</td>"))
          .containsPattern(Pattern.compile(
              "<span class=\"nota\">" + Pattern.quote(clave) + "</span>\\s*</th>\\s*<td>2 \\(vigente\\)</td>\\s*<td>1</td>\\s*"
                  + "<td class=\"sin-corte\">[^<]+</td>\\s*<td>0</td>\\s*</tr>\\s*<tr>\\s*<td>1</td>\\s*<td>1</td>"
                  + "\\s*<td class=\"sin-corte\">[^<]+</td>\\s*<td>1</td>"));
    } finally {
      despliegues.forEach(id -> repositoryService.deleteDeployment(id, true));
    }
  }

  /** Deploys a one-task process of version 1 whose task has that name; returns the deployment's id. */
  private String desplegar(String clave, String tarea) {
    return repositoryService.createDeployment()
        .addModelInstance(clave + ".bpmn",
            Bpmn.createExecutableProcess(clave).name("Proceso de prueba").camundaHistoryTimeToLive(1).camundaVersionTag("1")
                .startEvent("Event_Inicio").userTask("Task_Revisar").name(tarea).endEvent("Event_Fin").done())
        .deploy()
        .getId();
  }

  /** Waits for a run asked for on this node (in the background) to end. */
  private void esperarMigracion() throws InterruptedException {
    long limite = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (migracionesBajoDemanda.enCurso()) {
      assertThat(System.nanoTime()).as("the migration run ends within a minute").isLessThan(limite);
      Thread.sleep(20);
    }
  }

  private Long ultimaEjecucion() {
    return estadoVersiones.ultimaEjecucion().map(e -> e.ejecucion().getId()).orElse(null);
  }

  /** The staff menu of a page. */
  private static String menu(String html) {
    int inicio = html.indexOf("<nav class=\"navegacion\"");
    assertThat(inicio).as("the page has the staff menu").isNotNegative();
    return html.substring(inicio, html.indexOf("</nav>", inicio));
  }

  /** The process keys of processes/ (each file is named after its key, see ModelosTest). */
  private static List<String> clavesDeLosModelos() throws IOException {
    try (Stream<Path> archivos = Files.list(Path.of("processes"))) {
      return archivos.map(a -> a.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).map(n -> n.replaceFirst("\\.bpmn$", ""))
          .sorted().toList();
    }
  }
}
