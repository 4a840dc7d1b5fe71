package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.compromiso.CambiosCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.EvaluacionRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.mesa.SesionesStl;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.registro.EstadisticasRegistro;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Public pages show organisations, never a person's e-mail or phone (DOMAIN.md): e-mails and phone
 * numbers are planted in participants, in a proposal (its author and its text), in the commitment's
 * contact and other actors, in the agency's liaison address, in a report and an evidence file's name,
 * in the evaluation and in the final report, in the changes to the commitment (justification, evidence,
 * values before and after, a new milestone, a rejection's reason, a request still under review);
 * none of them appears in any public page, the plan's PDF, any dataset in any format or the catalogue.
 */
class DatosPersonalesPublicosTest extends PruebaIntegracion {

  private static final List<String> PLANTADOS =
      List.of(
          "contacto.privado@dependencia.gob.mx", "442 555 0101", "red.vecinal.privada@example.org", "442-555-0199",
          "5244255501 02", "+52 442 555 0102", "enlace.privado@dependencia.gob.mx", "participante.privado@example.org",
          "4425550103", "propuesta.privada@example.org", "442 555 0104", "narrativa.privada@example.org", "442 555 0105",
          "evaluacion.privada@example.org", "informe.privado@example.org", "(442) 555-0106", "archivo.privado@example.org",
          "cambio.privado@example.org", "442 555 0107", "evidencia.cambio@example.org", "actores.cambio@example.org",
          "hito.nuevo@example.org", "rechazo.privado@example.org", "442 555 0108", "pendiente.privado@example.org",
          "sesion.privada@example.org", "442 555 0109");

  @Autowired WebApplicationContext contexto;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired CompromisoRepository compromisos;
  @Autowired EvaluacionRepository evaluaciones;
  @Autowired SujetoObligadoRepository sujetos;
  @Autowired ParticipanteRepository participantes;
  @Autowired PropuestaRepository propuestas;
  @Autowired MesaRepository mesas;
  @Autowired EjercicioRepository ejercicios;
  @Autowired EstadisticasRegistro estadisticas;
  @Autowired TransactionTemplate tx;
  @Autowired jakarta.persistence.EntityManager em;
  @Autowired CambiosCompromiso cambios;
  @Autowired StlService stl;
  @Autowired SesionesStl sesionesStl;

  @Test
  void noPlantedEmailOrPhoneReachesAnyPublicPagePdfDatasetOrCatalogue() throws Exception {
    Plan plan = planes.borradores(1, "Compromiso con datos plantados");
    var c = plan.compromisos().get(0);
    tx.executeWithoutResult(
        s -> {
          var m = compromisos.findById(c.getId()).orElseThrow();
          m.setContacto("contacto.privado@dependencia.gob.mx, 442 555 0101");
          m.setOtrosActores("Red Vecinal (escriba a red.vecinal.privada@example.org o al 442-555-0199)");
          m.setProblema("Nadie contesta el +52 442 555 0102.");
          sujetos.findById(plan.sujeto().getId()).orElseThrow().setCorreoEnlace("enlace.privado@dependencia.gob.mx");
          var mesa = mesas.findById(plan.mesa().getId()).orElseThrow();
          List<Registro> integrantes = new ArrayList<>(mesa.getIntegrantes());
          var autor = participantes.findById(integrantes.get(1).getParticipante().getId()).orElseThrow();
          autor.setCorreo("participante.privado@example.org");
          autor.setTelefono("4425550103");
          Propuesta p = new Propuesta();
          p.setMesa(mesa);
          p.setParticipante(autor);
          p.setAutorPublico("propuesta.privada@example.org");
          p.setProblema("Llámenme al 442 555 0104 o escriban a propuesta.privada@example.org");
          p.setPropuesta("Publicar los datos (442) 555-0106.");
          p.setRespuestaDecision(Propuesta.DecisionRespuesta.INCORPORADA);
          p.setRespuestaRazon("Se respondió a propuesta.privada@example.org.");
          p.setRespuestaFecha(Instant.now());
          p.setCompromisoId(c.getId());
          propuestas.save(p);
          estadisticas.tomar(plan.ejercicio().getId(), integrantes);
        });
    planes.publicar(plan);
    // a session of the forum held and its minutes published, with addresses typed into every text
    Long ejercicioId = plan.ejercicio().getId();
    tx.executeWithoutResult(s -> {
      stl.instalar(ejercicioId, new FormularioInstalarStl(java.time.LocalDate.now(), List.of(
          new Integrante("Persona Asistente Privada", SectorStl.COMISION, "Comisión", null),
          new Integrante("Enlace", SectorStl.GOBIERNO, "Secretaría", null),
          new Integrante("Red", SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana", null)), "Consenso.", "Declaración."), "comision");
      var sesion = sesionesStl.programar(FormularioProgramarSesionStl.programar(ejercicioId,
          java.time.OffsetDateTime.now().plusDays(1), "Sala; informes en sesion.privada@example.org", null,
          "Avance; dudas al 442 555 0109"), "comision");
      sesionesStl.registrar(sesion.getId(), FormularioRegistrarSesionStl.registro(1, 1, 1,
          "Persona Asistente Privada (sesion.privada@example.org)", "Responder a sesion.privada@example.org",
          "Acta: llamar al 442 555 0109"), "comision");
      sesionesStl.publicarActa(sesion.getId());
    });
    var reporte = planes.reporte(c, 1, EstadoReporte.PUBLICADO, new int[] {100, 100}, "Dudas a narrativa.privada@example.org", "https://datos.example.mx/x");
    // an evidence file whose name carries an address (its content is not read by the pages and datasets)
    tx.executeWithoutResult(
        s -> {
          ArchivoEvidencia archivo = new ArchivoEvidencia();
          archivo.setId(java.util.UUID.randomUUID().toString());
          archivo.setReporteId(reporte.getId());
          archivo.setNombre("Oficio enviado a archivo.privado@example.org.pdf");
          archivo.setTipoContenido("application/pdf");
          archivo.setTamanio(1234);
          archivo.setSha256("0".repeat(64));
          archivo.setEstado(ArchivoEvidencia.EstadoArchivo.DISPONIBLE);
          archivo.setSubidoPor("enlace");
          archivo.setSubido(Instant.now());
          em.persist(archivo);
        });
    // changes: one approved (by the STL and the Pleno), one rejected, one still under review
    var aprobado = cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        new SolicitudCambio("Lo pidió cambio.privado@example.org por el 442 555 0107", "https://ejemplo.gob.mx/oficio evidencia.cambio@example.org",
            null, "Con el Colectivo (actores.cambio@example.org)", null, null,
            List.of(CambioHito.nuevo("Taller con hito.nuevo@example.org", "Minuta", null, java.time.LocalDate.now().plusMonths(6)))));
    assertThat(cambios.aprobarStl(aprobado.getId(), "stl")).as("expected results: the Pleno too").isTrue();
    cambios.aprobarPleno(aprobado.getId(), "pleno");
    var rechazado = cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        SolicitudCambio.deHitos("Retirar el primer hito", CambioHito.retirar(1, "Lo pidió rechazo.privado@example.org")));
    cambios.rechazar(rechazado.getId(), "stl", "Se avisó a rechazo.privado@example.org y al 442 555 0108.");
    cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        SolicitudCambio.deHitos("Pendiente: pendiente.privado@example.org", CambioHito.nuevaFechaFin(1, java.time.LocalDate.now().plusYears(1))));
    tx.executeWithoutResult(
        s -> {
          var m = compromisos.findById(c.getId()).orElseThrow();
          m.setEstado(EstadoCompromiso.EVALUADO);
          Evaluacion ev = evaluaciones.findByCompromisoId(c.getId()).orElseGet(() -> evaluaciones.save(new Evaluacion(m)));
          ev.setPotencial(Evaluacion.Potencial.MODESTO);
          ev.setCumplimiento(Evaluacion.Cumplimiento.COMPLETO);
          ev.setAbrioGobierno(Evaluacion.AperturaGobierno.MARGINAL);
          ev.setComentario("Evaluación enviada a evaluacion.privada@example.org, tel. 442 555 0105");
          ev.setEvaluado(Instant.now());
          var e = ejercicios.findById(plan.ejercicio().getId()).orElseThrow();
          e.setInformeFinal("Aclaraciones: informe.privado@example.org");
          e.setInformeFinalPublicado(Instant.now());
        });

    MockMvc mvc = MockMvcBuilders.webAppContextSetup(contexto).build();
    String folio = plan.ejercicio().getFolio();
    List<String> publicos = new ArrayList<>();
    for (String ruta :
        List.of(
            "/plan-de-accion/" + folio, "/compromisos?edicion=" + folio, "/compromisos/" + c.getFolio(), "/mesas/" + plan.mesa().getId(),
            "/compromisos/" + c.getFolio() + "/versiones",
            "/informe-final/" + folio, "/participacion?edicion=" + folio, "/estandares/" + folio, "/datos", "/datos/catalogo.json")) {
      publicos.add(texto(mvc, ruta));
    }
    assertThat(publicos.get(2)).contains("Compromiso con datos plantados 1").contains("Red Vecinal").contains("[dato de contacto omitido]");
    assertThat(publicos.get(3)).contains("Publicar los datos");
    try (PDDocument pdf = Loader.loadPDF(respuesta(mvc, "/plan-de-accion/" + folio + ".pdf").getContentAsByteArray())) {
      String texto = new PDFTextStripper().getText(pdf);
      assertThat(texto).contains("Compromiso con datos plantados 1");
      publicos.add(texto);
    }
    assertThat(publicos.get(4)).as("the versions page").contains("Versión 2: cambio aprobado").contains("Taller con [dato de contacto omitido]")
        .contains("Solicitud de cambio rechazada").contains("Se avisó a [dato de contacto omitido]");
    for (String id : List.of("compromisos", "hitos", "avances", "evidencias", "cambios", "propuestas", "participacion", "sesiones", "estandares")) {
      publicos.add(texto(mvc, "/datos/" + id + ".csv"));
      publicos.add(texto(mvc, "/datos/" + id + ".json"));
      if (!id.equals("participacion") && !id.equals("estandares")) {
        publicos.add(xlsx(respuesta(mvc, "/datos/" + id + ".xlsx").getContentAsByteArray()));
      }
    }
    assertThat(texto(mvc, "/datos/propuestas.csv")).as("proposals dataset").contains("Publicar los datos");
    assertThat(texto(mvc, "/datos/cambios.csv")).as("changes dataset").contains("Con el Colectivo ([dato de contacto omitido])")
        .contains("Lo pidió [dato de contacto omitido]");
    assertThat(texto(mvc, "/datos/sesiones.csv")).as("sessions dataset").contains(folio + "-STL-1", "[dato de contacto omitido]")
        .as("attendance is a count per party, never the list of names").doesNotContain("Persona Asistente Privada");
    assertThat(texto(mvc, "/datos/evidencias.csv")).as("evidence files dataset").contains("Oficio enviado a [dato de contacto omitido].pdf");
    assertThat(publicos.get(2)).as("the commitment's page").contains("Oficio enviado a [dato de contacto omitido].pdf");

    for (String publico : publicos) {
      for (String plantado : PLANTADOS) {
        assertThat(publico).doesNotContain(plantado);
      }
      assertThat(publico.replaceAll("[^0-9]", "")).doesNotContain("4425550101", "4425550102", "4425550103", "4425550104", "4425550105", "4425550107",
          "4425550108",
          "4425550109");
    }
  }

  private static String xlsx(byte[] bytes) throws Exception {
    StringBuilder texto = new StringBuilder();
    DataFormatter formato = new DataFormatter();
    try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet hoja : libro) {
        for (Row r : hoja) {
          r.forEach(celda -> texto.append(formato.formatCellValue(celda)).append('\n'));
        }
      }
    }
    return texto.toString();
  }

  private static String texto(MockMvc mvc, String ruta) throws Exception {
    return respuesta(mvc, ruta).getContentAsString(StandardCharsets.UTF_8);
  }

  private static MockHttpServletResponse respuesta(MockMvc mvc, String ruta) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(URI.create(ruta))).andReturn().getResponse();
    assertThat(r.getStatus()).as(ruta).isEqualTo(200);
    return r;
  }
}
