package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.security.MessageDigest;
import java.util.HexFormat;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioRepository;
import mx.infoqro.gobiernoabierto.portal.EncabezadosSeguridad;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every public page of implementation through MockMvc on the shared context: status, content type,
 * Spanish texts, filters, pagination, 404 for unknown or unpublished folios, and the plan's PDF as
 * a document of record.
 */
class RendicionWebTest extends PruebaIntegracion {

  @Autowired WebApplicationContext contexto;
  @Autowired EncabezadosSeguridad encabezados;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired CompromisoRepository compromisos;
  @Autowired EjercicioRepository ejercicios;
  @Autowired TransactionTemplate tx;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).addFilters(encabezados).build();
  }

  @Test
  void thePlanPageShowsItsCommitmentsByAxisWithAgencyDatesMilestonesAndTheDocumentsHash() throws Exception {
    Plan plan = planes.publicado(2, "Participación ciudadana en obras públicas");
    String folio = plan.ejercicio().getFolio();

    String html = pagina("/plan-de-accion/" + folio, 200);

    assertThat(html)
        .contains("Plan de Acción Local de Gobierno Abierto " + plan.ejercicio().getAnio())
        .contains("Firmado por el Pleno de la Comisión el")
        .contains("Combate a la corrupción")
        .contains(plan.compromisos().get(0).getFolio() + ". Participación ciudadana en obras públicas 1")
        .contains(plan.sujeto().getNombre())
        .contains("Primer hito")
        .contains("href=\"/compromisos/" + plan.compromisos().get(1).getFolio() + "\"")
        .contains("href=\"/plan-de-accion/" + folio + ".pdf\"")
        .contains("Huella SHA-256")
        .doesNotContain("??");
    MockHttpServletResponse pdf = respuesta("/plan-de-accion/" + folio + ".pdf", 200);
    assertThat(html).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getContentAsByteArray())));
  }

  @Test
  void thePdfIsTheDocumentOfRecordItsTextHasTheAccentedTitlesAndALaterChangeDoesNotAlterIt() throws Exception {
    Plan plan = planes.publicado(2, "Información pública sobre señalética y movilidad");
    String folio = plan.ejercicio().getFolio();

    MockHttpServletResponse publicado = respuesta("/plan-de-accion/" + folio + ".pdf", 200);
    assertThat(publicado.getContentType()).isEqualTo("application/pdf");
    byte[] original = publicado.getContentAsByteArray();
    try (PDDocument documento = Loader.loadPDF(original)) {
      String texto = new PDFTextStripper().getText(documento);
      assertThat(texto)
          .contains("Plan de Acción Local de Gobierno Abierto " + plan.ejercicio().getAnio())
          .contains("Información pública sobre señalética y movilidad 1")
          .contains("Información pública sobre señalética y movilidad 2")
          .contains("Participación ciudadana");
    }

    // A later change of a commitment changes its page, never the published document
    tx.executeWithoutResult(s -> compromisos.findById(plan.compromisos().get(0).getId()).orElseThrow().setTitulo("Título cambiado después"));
    assertThat(pagina("/plan-de-accion/" + folio, 200)).contains("Título cambiado después");
    byte[] despues = respuesta("/plan-de-accion/" + folio + ".pdf", 200).getContentAsByteArray();
    assertThat(despues).isEqualTo(original);
    assertThat(respuesta("/plan-de-accion/" + folio + ".pdf", 200).getHeader("X-Content-SHA256"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)));
  }

  @Test
  void theLatestPublishedPlanIsTheDefaultOneAndAnUnknownOrUnsignedPlanIsASpanish404() throws Exception {
    Plan publicado = planes.publicado(1, "Plan vigente");
    Plan borrador = planes.borradores(1, "Borrador secreto");

    assertThat(pagina("/plan-de-accion", 200)).contains(publicado.ejercicio().getFolio());
    assertThat(respuesta("/plan-de-accion.pdf", 200).getContentType()).isEqualTo("application/pdf");
    assertThat(pagina("/plan-de-accion/" + borrador.ejercicio().getFolio(), 404))
        .contains("No hay un plan de acción publicado del ejercicio")
        .doesNotContain("Borrador secreto");
    assertThat(pagina("/plan-de-accion/" + borrador.ejercicio().getFolio() + ".pdf", 404)).contains("Aún no está publicado");
    assertThat(pagina("/plan-de-accion/EGA-1999", 404)).contains("EGA-1999");
    assertThat(pagina("/compromisos/" + borrador.compromisos().get(0).getFolio(), 404))
        .contains("No existe un compromiso publicado")
        .doesNotContain("Borrador secreto");
    assertThat(pagina("/compromisos", 200)).doesNotContain("Borrador secreto");
  }

  @Test
  void theDashboardFiltersByEditionStatusAndTextAndPaginates() throws Exception {
    Plan plan = planes.publicado(23, "Educación abierta");
    String folio = plan.ejercicio().getFolio();
    planes.reporte(plan.compromisos().get(0), 1, EstadoReporte.PUBLICADO, new int[] {100, 100}, "Todo listo");
    planes.reporte(plan.compromisos().get(1), 1, EstadoReporte.PUBLICADO, new int[] {100, 20}, "Va bien");
    planes.reporte(plan.compromisos().get(2), 1, EstadoReporte.ENVIADO, new int[] {100, 100}, "Sin verificar");

    String primera = pagina("/compromisos?edicion=" + folio, 200);
    assertThat(primera)
        .contains("23 compromisos")
        .contains("Página 1 de 2")
        .contains(plan.compromisos().get(0).getFolio() + ". Educación abierta 1")
        .contains("<progress")
        .contains("Avance por eje temático")
        .contains("Avance por institución responsable")
        .contains("<svg")
        .contains("<table");
    assertThat(pagina("/compromisos?edicion=" + folio + "&pagina=2", 200))
        .contains("Página 2 de 2")
        .contains("Educación abierta 23")
        .doesNotContain("Educación abierta 1<");

    String completos = pagina("/compromisos?edicion=" + folio + "&estado=COMPLETO", 200);
    assertThat(completos).contains("1 compromiso;").contains("Educación abierta 1").contains("Completo")
        .contains("Último reporte verificado: periodo 1");
    // the unverified report counts for nothing: commitment 3 is not started and late
    String retrasados = pagina("/compromisos?edicion=" + folio + "&estado=CON_RETRASO&q=educacion%20abierta%203", 200);
    assertThat(retrasados).contains("Educación abierta 3").contains("Con retraso").contains("No iniciado");
    assertThat(pagina("/compromisos?edicion=" + folio + "&estado=SUSTANCIAL", 200)).contains("1 compromiso;").contains("60 %");
    assertThat(pagina("/compromisos?edicion=" + folio + "&q=no-existe", 200)).contains("Ningún compromiso coincide");
    assertThat(pagina("/compromisos?estado=INVENTADO&pagina=abc", 200)).contains("Tablero de compromisos");
  }

  @Test
  void aCommitmentsPageShowsTemplateMilestonesVerifiedReportsEvidenceAndOriginButNothingInternal() throws Exception {
    Plan plan = planes.publicado(1, "Compras abiertas");
    var c = plan.compromisos().get(0);
    planes.reporte(c, 1, EstadoReporte.PUBLICADO, new int[] {100, 40}, "Se publicó el padrón de proveedores.", "https://datos.example.mx/proveedores");
    planes.reporte(c, 2, EstadoReporte.DEVUELTO, new int[] {100, 90}, "Narrativa devuelta, interna.");

    String html = pagina("/compromisos/" + c.getFolio(), 200);

    assertThat(html)
        .contains("Compras abiertas 1")
        .contains("Problema público")
        .contains("Transparencia, Participación ciudadana")
        .contains("Observatorio Ciudadano de Querétaro")
        .contains("Reporte del periodo 1")
        .contains("Se publicó el padrón de proveedores.")
        .contains("href=\"https://datos.example.mx/proveedores\"")
        .contains("70 %")
        .contains("Sustancial")
        .contains("El compromiso se evaluará al concluir")
        .contains("href=\"/mesas/" + plan.mesa().getId() + "\"")
        .contains("Siga este compromiso")
        .doesNotContain("Narrativa devuelta")
        .doesNotContain("Observación interna")
        .doesNotContain("??");
  }

  @Test
  void theFinalReportIsPublicOnlyOncePublished() throws Exception {
    Plan plan = planes.publicado(1, "Informe");
    String folio = plan.ejercicio().getFolio();
    tx.executeWithoutResult(s -> ejercicios.findById(plan.ejercicio().getId()).orElseThrow().setInformeFinal("Borrador del informe que nadie debe ver"));
    assertThat(pagina("/informe-final/" + folio, 404)).contains("aún no se publica").doesNotContain("Borrador del informe");
    assertThat(pagina("/informe-final/EGA-1999", 404)).contains("No existe un ejercicio publicado");

    tx.executeWithoutResult(
        s -> {
          var e = ejercicios.findById(plan.ejercicio().getId()).orElseThrow();
          e.setInformeFinal("Informe final aprobado: aprendizajes de la mesa.");
          e.setInformeFinalPublicado(java.time.Instant.now());
        });
    assertThat(pagina("/informe-final/" + folio, 200))
        .contains("Informe final del ejercicio " + folio)
        .contains("Informe final aprobado: aprendizajes de la mesa.")
        .contains("Compromisos del plan");
    assertThat(pagina("/informe-final", 200)).contains("Informe final del ejercicio");
  }

  @Test
  void participationStatisticsPageShowsCoCreationFiguresOfAPublicEdition() throws Exception {
    Plan plan = planes.publicado(1, "Estadísticas");
    String html = pagina("/participacion?edicion=" + plan.ejercicio().getFolio(), 200);
    assertThat(html).contains("Estadísticas de participación").contains("Mesas de co-creación instaladas").contains("Propuestas recibidas");
    assertThat(pagina("/participacion?edicion=EGA-1999", 404)).contains("No existe un ejercicio publicado");
  }

  private String pagina(String ruta, int estado) throws Exception {
    MockHttpServletResponse r = respuesta(ruta, estado);
    if (estado == 200 && !ruta.endsWith(".pdf")) {
      assertThat(r.getContentType()).startsWith("text/html");
    }
    return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse respuesta(String ruta, int estado) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(java.net.URI.create(ruta))).andReturn().getResponse();
    assertThat(r.getStatus()).as(ruta).isEqualTo(estado);
    return r;
  }
}
