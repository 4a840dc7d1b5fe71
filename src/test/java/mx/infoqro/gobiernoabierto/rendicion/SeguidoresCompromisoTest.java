package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.Correos;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ServidorCorreo;
import mx.infoqro.gobiernoabierto.comun.ValoresFormulario;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.portal.EncabezadosSeguridad;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Following a commitment, end to end on a real SMTP server (GreenMail): the double opt-in from the
 * commitment's page, the mail when comision verifies a report through its task and the follow-up
 * publishes it, the one-click unfollow, the one-click follow of a participant, the authors of
 * incorporated proposals, and ARCO opposition (no mail) and cancellation (follows erased).
 */
class SeguidoresCompromisoTest extends PruebaIntegracion {

  @RegisterExtension static final ServidorCorreo SMTP = ServidorCorreo.nuevo();

  @Autowired WebApplicationContext contexto;
  @Autowired EncabezadosSeguridad encabezados;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired NotificacionRepository notificaciones;
  @Autowired ParticipanteRepository participantes;
  @Autowired PropuestaRepository propuestas;
  @Autowired EnlacesParticipante enlaces;
  @Autowired SeguidoresCompromiso seguidores;
  @Autowired Auditoria auditoria;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  MockMvc mvc;

  @BeforeEach
  void preparar() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).addFilters(encabezados).apply(SecurityMockMvcConfigurers.springSecurity()).build();
  }

  @Test
  void aFollowerConfirmedByMailHearsOfTheReportComisionVerifiesAndUnfollowsWithOneClick() throws Exception {
    Plan plan = planes.publicar(planes.borradores(1, "Agua potable vigilada"), false);
    String folio = plan.compromisos().get(0).getFolio();
    String correo = "vecina.seguidora@example.org";

    // The page's form: consent is required (the page again, with the address typed), then the confirmation mail
    MockHttpServletResponse sinConsentimiento = enviar(post("/compromisos/" + folio + "/seguir").with(csrf()).param("correo", correo), "10.77.0.1");
    assertThat(sinConsentimiento.getStatus()).isEqualTo(200);
    assertThat(sinConsentimiento.getContentAsString(StandardCharsets.UTF_8))
        .contains("acepte el aviso de privacidad", "id=\"consentimiento-error\"", "value=\"" + correo + "\"");
    assertThat(notificaciones.findByFolioAndTipo(folio, "SEGUIMIENTO_CONFIRMAR")).isEmpty();
    MvcResult solicitado = mvc.perform(desde(
            post("/compromisos/" + folio + "/seguir").with(csrf()).param("correo", correo).param("consentimiento", "true"), "10.77.0.1"))
        .andReturn();
    assertThat(solicitado.getResponse().getRedirectedUrl()).isEqualTo("/compromisos/" + folio + "#seguir");
    // post/redirect/get: the page it redirects to says so once, from the flash attribute
    assertThat(trasRedirigir(solicitado)).contains("Revise su correo: le enviamos un enlace para confirmar");
    assertThat(abrir("/compromisos/" + folio).getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Revise su correo: le enviamos");
    String confirmacion = entregarYLeer(folio, "SEGUIMIENTO_CONFIRMAR", correo);
    assertThat(confirmacion).contains("Agua potable vigilada 1");
    // Opening the link (as a mail scanner would) changes nothing; its page's button confirms
    String enlace = Correos.ruta(confirmacion, "/compromisos/seguir/");
    assertThat(abrir(enlace).getContentAsString(StandardCharsets.UTF_8)).contains("Confirme que desea seguir el compromiso");
    assertThat(estado(folio, correo)).isEqualTo("PENDIENTE");
    MvcResult confirmado = mvc.perform(post(enlace).with(csrf())).andReturn();
    assertThat(confirmado.getResponse().getRedirectedUrl()).isEqualTo(enlace);
    assertThat(mvc.perform(get(enlace).flashAttrs(confirmado.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Ya sigue el compromiso");
    assertThat(estado(folio, correo)).isEqualTo("ACTIVO");
    assertThat(mvc.perform(post("/compromisos/seguir/no-existe-este-enlace-de-confirmacion").with(csrf())).andReturn().getResponse().getStatus())
        .isEqualTo(404);

    // The follow-up: the agency reports, comision verifies in its task, the report is published
    String pi = iniciarSeguimiento(plan);
    reportarYVerificar(pi, plan);
    String aviso = entregarYLeer(folio, "SEGUIMIENTO_REPORTE", correo);
    assertThat(aviso).contains("periodo 1").contains("70 %").contains("/compromisos/" + folio);
    assertThat(entregarYLeer(folio, "SEGUIMIENTO_HITOS", correo)).contains("Primer hito");

    // One click in the mail ends the follow
    assertThat(abrir(Correos.ruta(aviso, "/compromisos/dejar-de-seguir/")).getContentAsString(StandardCharsets.UTF_8))
        .contains("Dejó de seguir el compromiso");
    assertThat(estado(folio, correo)).isEqualTo("BAJA");
    assertThat(abrir("/compromisos/dejar-de-seguir/no-existe-este-enlace-de-baja").getStatus()).isEqualTo(404);
  }

  @Test
  void authorsOfIncorporatedProposalsFollowAndAnOpposedPersonGetsNothing() throws Exception {
    Plan plan = planes.borradores(1, "Transporte accesible");
    var c = plan.compromisos().get(0);
    Participante autora = miembro(plan, Sector.ORGANIZACION);
    Participante opuesta = miembro(plan, Sector.CIUDADANIA);
    tx.executeWithoutResult(
        s -> {
          for (Participante p : List.of(autora, opuesta)) {
            Propuesta pr = new Propuesta();
            pr.setMesa(plan.mesa());
            pr.setParticipante(participantes.findById(p.getId()).orElseThrow());
            pr.setAutorPublico("Participante");
            pr.setRecibida(Instant.now());
            pr.setProblema("Problema");
            pr.setPropuesta("Propuesta");
            pr.setRespuestaDecision(Propuesta.DecisionRespuesta.INCORPORADA);
            pr.setCompromisoId(c.getId());
            propuestas.save(pr);
          }
        });
    planes.publicar(plan, false);
    assertThat(estado(c.getFolio(), autora.getCorreo())).isEqualTo("ACTIVO");
    assertThat(seguidores.seguidosPor(autora.getId())).contains(c.getId());
    tx.executeWithoutResult(s -> participantes.findById(opuesta.getId()).orElseThrow().setNoContactar(Instant.now()));
    // the opposed person follows from their personal page anyway: their follow exists, mails do not
    String token = token(opuesta);
    MvcResult personal = mvc.perform(desde(
            post("/mi-participacion/" + token + "/compromisos/" + c.getFolio()).with(csrf()).param("seguir", "true"), "10.77.0.3"))
        .andReturn();
    assertThat(personal.getResponse().getRedirectedUrl()).isEqualTo("/mi-participacion/" + token + "#compromisos");
    assertThat(estado(c.getFolio(), opuesta.getCorreo())).isEqualTo("ACTIVO");
    assertThat(trasRedirigir(personal)).contains("Ahora sigue el compromiso");
    assertThat(abrir("/mi-participacion/" + token).getContentAsString(StandardCharsets.UTF_8))
        .contains("Compromisos que puede seguir").contains("Dejar de seguir " + c.getFolio())
        .doesNotContain("Ahora sigue el compromiso");

    String pi = iniciarSeguimiento(plan);
    reportarYVerificar(pi, plan);

    assertThat(correos(c.getFolio(), "SEGUIMIENTO_REPORTE", autora.getCorreo())).hasSize(1);
    assertThat(correos(c.getFolio(), "SEGUIMIENTO_REPORTE", opuesta.getCorreo())).isEmpty();
    assertThat(auditoria.historial(c.getFolio()))
        .anySatisfy(d -> assertThat(d.getDecision()).isEqualTo(Notificador.NO_ENVIADA_OPOSICION));

    // ARCO cancellation erases the person's follows
    tx.executeWithoutResult(s -> seguidores.olvidar(autora.getCorreo(), autora.getId()));
    assertThat(estado(c.getFolio(), autora.getCorreo())).isNull();
  }

  @Test
  void theFollowFormReRendersBadInputAtItsFieldAndABotGetsTheSuccessAnswer() throws Exception {
    Plan plan = planes.publicar(planes.borradores(1, "Alumbrado vigilado"), false);
    String folio = plan.compromisos().get(0).getFolio();
    long pedidos = notificaciones.findByFolioAndTipo(folio, "SEGUIMIENTO_CONFIRMAR").size();

    // @Valid on the form object: a too-long address is a field error, with what was typed
    String largo = "a".repeat(195) + "@example.org";
    MockHttpServletResponse demasiado = seguir(folio, largo, true, null, "10.77.1.1");
    assertThat(demasiado.getStatus()).isEqualTo(200);
    assertThat(demasiado.getContentAsString(StandardCharsets.UTF_8))
        .contains("El correo electrónico admite hasta 200 caracteres.", "href=\"#correo\"", "id=\"correo-error\"",
            "aria-invalid=\"true\"", "value=\"" + largo + "\"");
    MockHttpServletResponse vacio = seguir(folio, " ", true, null, "10.77.1.2");
    assertThat(vacio.getStatus()).isEqualTo(200);
    assertThat(vacio.getContentAsString(StandardCharsets.UTF_8)).contains("Escriba su correo electrónico.", "id=\"correo-error\"");
    // the service's rule (the address's format), shown at the same field
    MockHttpServletResponse malo = seguir(folio, "vecina-sin-arroba", true, null, "10.77.1.3");
    assertThat(malo.getStatus()).isEqualTo(200);
    assertThat(malo.getContentAsString(StandardCharsets.UTF_8))
        .contains("Escriba un correo electrónico válido", "id=\"correo-error\"", "value=\"vecina-sin-arroba\"");
    assertThat(notificaciones.findByFolioAndTipo(folio, "SEGUIMIENTO_CONFIRMAR")).hasSize((int) pedidos);
    assertThat(estado(folio, largo)).isNull();
    assertThat(estado(folio, "vecina-sin-arroba")).isNull();

    // the honeypot filled: the very answer of a success, nothing stored, nothing sent
    MvcResult robot = mvc.perform(desde(
            post("/compromisos/" + folio + "/seguir").with(csrf()).param("correo", "robot@example.org").param("consentimiento", "true")
                .param("sitioWeb", "https://spam.example"), "10.77.1.4"))
        .andReturn();
    assertThat(robot.getResponse().getRedirectedUrl()).isEqualTo("/compromisos/" + folio + "#seguir");
    assertThat(new java.util.HashMap<>(robot.getFlashMap())).containsEntry(SeguirCompromisoController.SOLICITADO, true);
    assertThat(trasRedirigir(robot)).contains("Revise su correo: le enviamos un enlace para confirmar");
    assertThat(estado(folio, "robot@example.org")).isNull();
    assertThat(notificaciones.findByFolioAndTipo(folio, "SEGUIMIENTO_CONFIRMAR")).hasSize((int) pedidos);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private MockHttpServletResponse seguir(String folio, String correo, boolean consentimiento, String trampa, String direccion) throws Exception {
    var peticion = post("/compromisos/" + folio + "/seguir").with(csrf()).param("correo", correo);
    if (consentimiento) {
      peticion.param("consentimiento", "true");
    }
    if (trampa != null) {
      peticion.param("sitioWeb", trampa);
    }
    return enviar(peticion, direccion);
  }

  /** The page a POST redirected to, as the browser gets it right after: with the POST's flash attributes. */
  private String trasRedirigir(MvcResult envio) throws Exception {
    assertThat(envio.getResponse().getStatus()).isEqualTo(302);
    assertThat(new java.util.HashMap<>(envio.getFlashMap())).isNotEmpty();
    MockHttpServletResponse r = mvc.perform(get(envio.getResponse().getRedirectedUrl()).flashAttrs(envio.getFlashMap())).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder desde(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder peticion, String direccion) {
    return peticion.with(r -> {
      r.setRemoteAddr(direccion);
      return r;
    });
  }

  private String iniciarSeguimiento(Plan plan) {
    var c = plan.compromisos().get(0);
    return runtimeService
        .startProcessInstanceByKey(
            SeguimientoBpmn.KEY, c.getFolio(),
            Map.of(SeguimientoBpmn.VAR_EJERCICIO_ID, plan.ejercicio().getId(), SeguimientoBpmn.VAR_COMPROMISO_ID, c.getId()))
        .getId();
  }

  /** The agency reports (first milestone done, second at 40 %) and comision verifies it; the publication job runs. */
  private void reportarYVerificar(String pi, Plan plan) {
    motor.dispararTimer(pi, SeguimientoBpmn.TIMER_CICLO_REPORTE);
    motor.completar(
        pi, SeguimientoBpmn.TASK_REPORTAR_AVANCE, plan.sujeto().grupo(),
        Map.of(
            "avances", ValoresFormulario.json(List.of(Map.of("estado", "COMPLETADO", "porcentaje", 100), Map.of("estado", "EN_PROCESO", "porcentaje", 40))),
            "narrativa", "Se instalaron los medidores.",
            "evidencias", ValoresFormulario.json(List.of(Map.of("descripcion", "Reporte", "url", "https://datos.example.mx/agua")))));
    motor.completar(pi, SeguimientoBpmn.TASK_VERIFICAR_REPORTE, "comision",
        Map.of(SeguimientoBpmn.VAR_DECISION_VERIFICACION, SeguimientoBpmn.VERIFICAR));
    motor.ejecutar(pi, SeguimientoBpmn.TASK_PUBLICAR_REPORTE);
  }

  private Participante miembro(Plan plan, Sector sector) {
    return tx.execute(
        s -> plan.mesa().getIntegrantes().stream().map(Registro::getParticipante).filter(p -> p.getSector() == sector).findFirst().orElseThrow());
  }

  private String token(Participante p) {
    String url = tx.execute(s -> enlaces.emitir(participantes.findById(p.getId()).orElseThrow(), EnlacesParticipante.Proposito.ACCESO));
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private String estado(String folio, String correo) {
    List<String> estados =
        jdbc.queryForList(
            "select s.estado from seguidor_compromiso s join compromiso c on c.id = s.compromiso_id where c.folio = ? and lower(s.correo) = lower(?)",
            String.class, folio, correo);
    return estados.isEmpty() ? null : estados.get(0);
  }

  private List<Notificacion> correos(String folio, String tipo, String correo) {
    return notificaciones.findByFolioAndTipo(folio, tipo).stream().filter(n -> correo.equals(n.getDestinatarioCorreo())).toList();
  }

  /** Delivers the single message of the kind to the address through the outbox's dispatcher and reads it from GreenMail. */
  private String entregarYLeer(String folio, String tipo, String correo) throws Exception {
    List<Notificacion> lista = correos(folio, tipo, correo);
    assertThat(lista).as(tipo).hasSize(1);
    Notificacion n = lista.get(0);
    assertThat(despacho.entregar(n.getId())).isTrue();
    List<MimeMessage> recibidos = SMTP.para(correo).stream().filter(m -> asunto(m).equals(n.getAsunto())).toList();
    assertThat(recibidos).as("mail " + tipo + " received").isNotEmpty();
    return Correos.texto(recibidos.get(recibidos.size() - 1));
  }


  private static String asunto(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private MockHttpServletResponse abrir(String ruta) throws Exception {
    return mvc.perform(get(ruta)).andReturn().getResponse();
  }

  private MockHttpServletResponse enviar(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder peticion, String direccion)
      throws Exception {
    return mvc.perform(peticion.with(r -> {
          r.setRemoteAddr(direccion);
          return r;
        }))
        .andReturn()
        .getResponse();
  }
}
