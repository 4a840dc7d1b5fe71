package mx.infoqro.gobiernoabierto.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria.EstadoConvocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.mesa.Sesion;
import mx.infoqro.gobiernoabierto.mesa.SesionRepository;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Registro;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every outcome of the portal's handlers, on the shared integration context (MockMvc built from it,
 * so no extra Spring context). Tests that need "no published call" hide the published ones inside
 * a transaction that is rolled back; the MockMvc request runs in the test's thread and joins it.
 * The privacy notice and the security headers need no service: {@link AvisoPrivacidadWebTest}, a
 * web slice.
 */
class PortalWebTest extends PruebaIntegracion {

  @Autowired WebApplicationContext contexto;
  @Autowired EncabezadosSeguridad encabezados;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired MesaRepository mesas;
  @Autowired SesionRepository sesiones;
  @Autowired PropuestaRepository propuestas;
  @Autowired ParticipanteRepository participantes;
  @Autowired Organismo organismo;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).addFilters(encabezados).build();
  }

  @Test
  void homeShowsTheMostRecentPublishedEditionItsPhaseTimelineAndAxes() throws Exception {
    Ejercicio e = publicada("Convocatoria al ejercicio con participación");

    String html = pagina("/", 200);

    assertThat(html)
        .contains("Ejercicio de Gobierno Abierto " + e.getAnio())
        .contains("se encuentra en la etapa: Convocatoria.")
        .contains("Abre el registro de participantes")
        .contains("Concluye el Plan de Acción Local")
        .contains("Igualdad de género")
        .contains("href=\"/convocatoria\"")
        .doesNotContain("??");
  }

  @Test
  void aDraftOfANewerEditionDoesNotReplaceThePublishedOne() throws Exception {
    Ejercicio publicada = publicada("Convocatoria vigente");
    Ejercicio borrador = escenarios.ejercicio();
    titulo(borrador, "Borrador secreto de la convocatoria");

    assertThat(pagina("/", 200)).contains(publicada.getFolio()).doesNotContain(borrador.getFolio());
    assertThat(pagina("/convocatoria", 200)).contains("Convocatoria vigente").doesNotContain("Borrador secreto");
  }

  @Test
  @Transactional
  void homeWithoutAPublishedCallSaysSoInSpanish() throws Exception {
    ocultarPublicadas();
    Ejercicio borrador = escenarios.ejercicio();
    titulo(borrador, "Borrador secreto de la convocatoria");

    String html = pagina("/", 200);

    assertThat(html)
        .contains("Aún no hay una convocatoria publicada")
        .doesNotContain("Borrador secreto")
        .doesNotContain(borrador.getFolio())
        .doesNotContain("Regístrese");
  }

  @Test
  void publishedCallShowsTextAxesDatesContactVersionAndPdfLink() throws Exception {
    Ejercicio e = publicada("Convocatoria con bases públicas");

    String html = pagina("/convocatoria", 200);

    assertThat(html)
        .contains("Convocatoria con bases públicas")
        .contains("¿Quién puede participar? Toda persona interesada, también niñas y jóvenes.")
        .contains("Versión 2, publicada el")
        .contains("1 de febrero de " + e.getAnio())
        .contains("Combate a la corrupción")
        .contains("gobiernoabierto@example.org")
        .contains("href=\"/convocatoria.pdf\"")
        .doesNotContain("??");
  }

  @Test
  @Transactional
  void aDraftCallIsNotFoundAndNothingOfItLeaks() throws Exception {
    ocultarPublicadas();
    Ejercicio borrador = escenarios.ejercicio();
    titulo(borrador, "Borrador secreto de la convocatoria");

    String html = pagina("/convocatoria", 404);

    assertThat(html).contains("Página no encontrada").doesNotContain("Borrador secreto").doesNotContain("Texto de la convocatoria");
    assertThat(pagina("/convocatoria.pdf", 404)).contains("Página no encontrada");
    assertThat(pagina("/mesas", 404)).contains("Página no encontrada");
  }

  @Test
  void theCallPdfHasItsTitleAndSpanishAccents() throws Exception {
    Ejercicio e = publicada("Convocatoria de participación ciudadana");

    MockHttpServletResponse respuesta = mvc.perform(get("/convocatoria.pdf")).andReturn().getResponse();

    assertThat(respuesta.getStatus()).isEqualTo(200);
    assertThat(respuesta.getContentType()).isEqualTo("application/pdf");
    assertThat(respuesta.getHeader("Content-Disposition")).contains("convocatoria-" + e.getFolio() + ".pdf");
    // Kept for a look by eye (target/ is the build folder)
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/convocatoria-prueba.pdf"), respuesta.getContentAsByteArray());
    try (PDDocument pdf = Loader.loadPDF(respuesta.getContentAsByteArray())) {
      String texto = new PDFTextStripper().getText(pdf);
      assertThat(texto)
          .contains("Convocatoria de participación ciudadana")
          .contains("¿Quién puede participar? Toda persona interesada, también niñas y jóvenes.")
          .contains("Ejes temáticos")
          .contains("Inician las mesas de co-creación")
          .contains("Igualdad de género")
          .contains(organismo.getNombre());
    }
  }

  @Test
  void tablePageShowsSessionsMinutesProposalsAndResponsesButNoPersonalData() throws Exception {
    Ejercicio e = publicada("Convocatoria con mesas");
    Mesa mesa = escenarios.mesa(e, "igualdad-genero", escenarios.sujeto());
    Participante autor = autorDe(mesa);
    tx.executeWithoutResult(
        s -> {
          Mesa m = mesas.findById(mesa.getId()).orElseThrow();
          m.setFacilitador("usuario-facilitador-7781");
          Sesion sesion = new Sesion();
          sesion.setMesa(m);
          sesion.setNumero(1);
          sesion.setFechaHora(OffsetDateTime.of(e.getAnio(), 3, 10, 16, 0, 0, 0, ZoneOffset.UTC));
          sesion.setLugar("Auditorio de la Comisión");
          sesion.setEstado(Sesion.EstadoSesion.CELEBRADA);
          sesion.setAsistentes(12);
          sesion.setActa("Se diagnosticó la brecha de género en el acceso a trámites.");
          sesion.setActaPublicada(Instant.now());
          sesiones.save(sesion);
          Propuesta respondida = propuesta(m, autor, "Crear un observatorio ciudadano de igualdad");
          respondida.setSesion(sesion);
          respondida.setRespuestaDecision(DecisionRespuesta.NO_INCORPORADA);
          respondida.setRespuestaRazon("Excede las atribuciones de las dependencias de la mesa.");
          respondida.setRespuestaFecha(Instant.now());
          respondida.setRespuestaUsuario("usuario-facilitador-7781");
          propuestas.save(respondida);
          propuestas.save(propuesta(m, autor, "Publicar datos de violencia por municipio"));
        });

    String html = pagina("/mesas/" + mesa.getId(), 200);

    assertThat(html)
        .contains("Mesa de co-creación: Igualdad de género")
        .contains(mesa.getFolio())
        .contains("Instalada")
        .contains("Persona facilitadora designada por la Comisión")
        .contains("Sesión 1")
        .contains("10 de marzo de " + e.getAnio() + ", 10:00 h")
        .contains("Auditorio de la Comisión")
        .contains("Se diagnosticó la brecha de género en el acceso a trámites.")
        .contains("Crear un observatorio ciudadano de igualdad")
        .contains("No incorporada")
        .contains("Excede las atribuciones de las dependencias de la mesa.")
        .contains("Publicar datos de violencia por municipio")
        .contains("Pendiente de respuesta")
        .contains(autor.getOrganizacion())
        .doesNotContain(autor.getCorreo())
        .doesNotContain(autor.getTelefono())
        .doesNotContain(autor.getNombre() + "<")
        .doesNotContain("usuario-facilitador-7781")
        .doesNotContain("@example.org")
        .doesNotContain("??");
  }

  @Test
  void aVoidTableShowsItsPublicReason() throws Exception {
    Ejercicio e = publicada("Convocatoria con mesa desierta");
    Mesa mesa = escenarios.mesa(e, "anticorrupcion", escenarios.sujeto());
    tx.executeWithoutResult(
        s -> {
          Mesa m = mesas.findById(mesa.getId()).orElseThrow();
          m.setEstado(Mesa.EstadoMesa.DESIERTA);
          m.setMotivoDesierta("No se registró ninguna dependencia en este eje.");
        });

    assertThat(pagina("/mesas/" + mesa.getId(), 200))
        .contains("Desierta")
        .contains("No se registró ninguna dependencia en este eje.");
    assertThat(pagina("/mesas", 200)).contains(mesa.getFolio()).contains("href=\"/mesas/" + mesa.getId() + "\"");
  }

  @Test
  void tablesOfAnEditionWithoutPublishedCallAreNotFound() throws Exception {
    Ejercicio borrador = escenarios.ejercicio();
    Mesa mesa = escenarios.mesa(borrador, "pobreza-desigualdad", escenarios.sujeto());

    assertThat(pagina("/mesas/" + mesa.getId(), 404)).contains("Página no encontrada").doesNotContain(mesa.getFolio());
  }

  @Test
  void anUnknownOrMalformedTableIdIsASpanishNotFound() throws Exception {
    assertThat(pagina("/mesas/987654321", 404)).contains("Página no encontrada").contains("lang=\"es-MX\"");
    assertThat(pagina("/mesas/abc", 404)).contains("Página no encontrada");
  }

  // --- Fixture ------------------------------------------------------------------------------------

  private String pagina(String ruta, int estado) throws Exception {
    MockHttpServletResponse respuesta = mvc.perform(get(ruta)).andReturn().getResponse();
    assertThat(respuesta.getStatus()).as("HTTP status of %s", ruta).isEqualTo(estado);
    respuesta.setCharacterEncoding("UTF-8");
    return respuesta.getContentAsString();
  }

  /** A new edition (the newest so far) with its call published as version 2. */
  private Ejercicio publicada(String titulo) {
    Ejercicio e = escenarios.ejercicio();
    tx.executeWithoutResult(
        s -> {
          Convocatoria c = convocatorias.findByEjercicioId(e.getId()).orElseThrow();
          c.setTitulo(titulo);
          c.setTexto("¿Quién puede participar? Toda persona interesada, también niñas y jóvenes.");
          c.setEstado(EstadoConvocatoria.PUBLICADA);
          c.setVersion(2);
          c.setPublicada(Instant.now());
        });
    return e;
  }

  private void titulo(Ejercicio e, String titulo) {
    tx.executeWithoutResult(s -> convocatorias.findByEjercicioId(e.getId()).orElseThrow().setTitulo(titulo));
  }

  /** Hides every published call for the rest of the (rolled back) test transaction. */
  private void ocultarPublicadas() {
    jdbc.update("update convocatoria set estado = 'APROBADA' where estado = 'PUBLICADA'");
  }

  /** A civil-society member of the table, with a phone, as the author of its proposals. */
  private Participante autorDe(Mesa mesa) {
    return tx.execute(
        s -> {
          Registro r =
              mesas.findById(mesa.getId()).orElseThrow().getIntegrantes().stream()
                  .filter(i -> i.getParticipante().getSector().esSociedadCivil())
                  .findFirst()
                  .orElseThrow();
          Participante p = participantes.findById(r.getParticipante().getId()).orElseThrow();
          p.setTelefono("4421234567");
          return p;
        });
  }

  private static Propuesta propuesta(Mesa mesa, Participante autor, String texto) {
    Propuesta p = new Propuesta();
    p.setMesa(mesa);
    p.setParticipante(autor);
    p.setAutorPublico(autor.getOrganizacion());
    p.setProblema("Falta de información pública con perspectiva de género");
    p.setCausa("No se desagregan los datos");
    p.setPropuesta(texto);
    return p;
  }
}
