package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.CambiosCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import mx.infoqro.gobiernoabierto.compromiso.VersionesPlanPrueba;
import mx.infoqro.gobiernoabierto.portal.EncabezadosSeguridad;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public read side of a living plan (issue #28): a commitment's version on its page, its
 * versions page (each approved version field by field, who approved it, the rejected requests with
 * their reason, only the date of one under review), the plan's PDF versions each at its own URL
 * with the original's URL and bytes kept, and {@code /datos/cambios} in every format. Data planted
 * through {@link CambiosCompromiso}: a change approved by the STL, one by the STL and the Pleno
 * (texts at their columns' limits, with accents), one rejected, one still open.
 */
class CambiosCompromisoWebTest extends PruebaIntegracion {

  /** campo_cambio.valor_nuevo and compromiso.descripcion hold 8000, cambio_compromiso.justificacion 4000. */
  static final String DESCRIPCION_LARGA = largo("Alcance acotado a los municipios con mayor rezago: señalética, información y participación. ", 8000);
  static final String JUSTIFICACION_LARGA = largo("La Comisión acordó ampliar la cobertura según el diagnóstico de participación ciudadana. ", 4000);

  @Autowired WebApplicationContext contexto;
  @Autowired EncabezadosSeguridad encabezados;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired VersionesPlanPrueba versionesPlan;
  @Autowired CambiosCompromiso cambios;
  @Autowired Plazos plazos;
  @Autowired ObjectMapper json;
  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).addFilters(encabezados).build();
  }

  /** What {@link #conCambios} planted, for the assertions. */
  record Caso(Plan plan, Compromiso compromiso, LocalDate nuevaFecha) {}

  @Test
  void theCommitmentsPageShowsItsVersionOnceChangedAndLinksToItsVersions() throws Exception {
    Plan plan = planes.publicado(1, "Plan vivo");
    Compromiso c = plan.compromisos().get(0);
    String antes = pagina("/compromisos/" + c.getFolio());
    assertThat(antes)
        .contains("href=\"/compromisos/" + c.getFolio() + "/versiones\"")
        .doesNotContain(">Versión 1<")
        .doesNotContain("modificada el");
    assertThat(pagina("/compromisos/" + c.getFolio() + "/versiones"))
        .contains("Versión vigente: 1, la aprobada en el plan de acción.")
        .contains("No se ha rechazado ninguna solicitud de cambio")
        .doesNotContain("en revisión");

    Caso caso = conCambios(plan);
    assertThat(pagina("/compromisos/" + c.getFolio()))
        .contains("Versión 3 · modificada el " + hoy())
        .contains("href=\"/compromisos/" + c.getFolio() + "/versiones\"")
        .as("the changed content is the current one").contains(DESCRIPCION_LARGA)
        .doesNotContain("??");
    assertThat(caso.compromiso().getFolio()).isEqualTo(c.getFolio());
  }

  @Test
  void theVersionsPageShowsEachVersionFieldByFieldTheRejectedWithTheirReasonAndOnlyTheDateOfOneUnderReview() throws Exception {
    Caso caso = conCambios(planes.publicado(1, "Señalética accesible"));
    String html = pagina("/compromisos/" + caso.compromiso().getFolio() + "/versiones");

    assertThat(html)
        .contains("Versiones del compromiso " + caso.compromiso().getFolio() + ". Señalética accesible 1")
        .contains("Versión vigente: 3, modificada el " + hoy())
        // version 3, through the Pleno: the scope at its column's limit, accents intact
        .contains("Versión 3: cambio aprobado el " + hoy())
        .contains("aprobado por el Secretariado Técnico Local y por el Pleno.")
        .contains(JUSTIFICACION_LARGA)
        .contains("<caption>Cambios de la versión 3, campo por campo</caption>")
        .contains("<th scope=\"col\">Antes (versión 2)</th>")
        .contains("<th scope=\"col\">Después (versión 3)</th>")
        .contains("<th scope=\"row\">Descripción del compromiso</th>")
        .contains("<td class=\"texto-largo\"><del><span class=\"visualmente-oculto\">se quitó: </span><span>Descripción del compromiso</span></del></td>")
        .contains("<td class=\"texto-largo\"><ins><span class=\"visualmente-oculto\">se añadió: </span><span>" + DESCRIPCION_LARGA + "</span></ins></td>")
        .contains("Hito nuevo")
        .contains("Mesa de seguimiento con colectivos")
        // version 2, by the STL: a date moved and a milestone removed, contact data masked
        .contains("Versión 2: cambio aprobado el " + hoy())
        .contains("Solicitado el " + hoy() + "; aprobado por el Secretariado Técnico Local.")
        .contains("El presupuesto llegó tarde")
        .contains("https://transparencia.example.mx/oficio")
        .contains("<th scope=\"row\">Fecha de término del hito: Primer hito</th>")
        .contains("<td class=\"texto-largo\"><del><span class=\"visualmente-oculto\">antes: </span><span>")
        .contains(fecha(caso.nuevaFecha()))
        .contains("<th scope=\"row\">Hito retirado (motivo): Segundo hito</th>")
        .contains("Ya no aplica tras la reforma")
        .contains("Versión 1: aprobada en el plan de acción")
        .contains("Ver el plan de acción " + caso.plan().ejercicio().getAnio() + " y sus versiones en PDF")
        // the rejected request with its public reason
        .contains("Solicitud de cambio rechazada el " + hoy())
        .contains("No se acreditó la participación de la red.")
        .contains("<caption>Cambios que pedía la solicitud rechazada 1, campo por campo</caption>")
        .contains("Red de colectivos de Querétaro")
        // the one under review: its date only
        .contains("Hay una solicitud de cambio en revisión desde el " + hoy())
        .doesNotContain("Solicitud pendiente con texto reservado")
        .doesNotContain("enlace.privado@dependencia.gob.mx")
        .doesNotContain("442 555 0101")
        .doesNotContain("??");
    assertThat(html.indexOf("Versión 3: cambio aprobado")).as("latest first").isLessThan(html.indexOf("Versión 2: cambio aprobado"));
    assertThat(html.indexOf("Versión 2: cambio aprobado")).isLessThan(html.indexOf("Versión 1: aprobada"));
    assertThat(html).as("no script needed").doesNotContain("<script");

    assertThat(mvc.perform(get("/compromisos/EGA-1999-C-001/versiones")).andReturn().getResponse().getStatus()).isEqualTo(404);
    Plan borrador = planes.borradores(1, "Borrador con versiones");
    MockHttpServletResponse oculto = mvc.perform(get("/compromisos/" + borrador.compromisos().get(0).getFolio() + "/versiones"))
        .andReturn().getResponse();
    assertThat(oculto.getStatus()).isEqualTo(404);
    assertThat(oculto.getContentAsString(StandardCharsets.UTF_8)).contains("No existe un compromiso publicado");
  }

  @Test
  void theChangesDatasetHasOneRowPerChangedFieldInEveryFormatAndTheOtherDatasetsTheVersion() throws Exception {
    Caso caso = conCambios(planes.publicado(1, "Datos de cambios"));
    String folio = caso.compromiso().getFolio();

    List<CSVRecord> filas = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv("/datos/cambios.csv")))) {
      parser.getRecords().stream().filter(r -> r.get("folio_compromiso").equals(folio)).forEach(filas::add);
    }
    assertThat(filas).extracting(r -> r.get("campo") + "|" + r.get("version") + "|" + r.get("decision"))
        .containsExactly(
            "Fecha de término del hito|2|Aprobado por el Secretariado Técnico Local",
            "Hito retirado (motivo)|2|Aprobado por el Secretariado Técnico Local",
            "Otros actores involucrados||Rechazado",
            "Descripción del compromiso|3|Aprobado por el Secretariado Técnico Local y el Pleno",
            "Hito nuevo|3|Aprobado por el Secretariado Técnico Local y el Pleno");
    CSVRecord fechaFin = filas.get(0);
    assertThat(fechaFin.get("edicion")).isEqualTo(caso.plan().ejercicio().getFolio());
    assertThat(fechaFin.get("hito")).isEqualTo("Primer hito");
    assertThat(fechaFin.get("valor_nuevo")).isEqualTo(caso.nuevaFecha().toString());
    assertThat(fechaFin.get("valor_anterior")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(fechaFin.get("justificacion")).contains("El presupuesto llegó tarde").contains("[dato de contacto omitido]")
        .doesNotContain("enlace.privado@dependencia.gob.mx");
    assertThat(fechaFin.get("fecha_solicitud")).isEqualTo(plazos.hoy().toString());
    assertThat(fechaFin.get("fecha_decision")).isEqualTo(plazos.hoy().toString());
    assertThat(fechaFin.get("motivo_rechazo")).isEmpty();
    assertThat(fechaFin.get("url")).endsWith("/compromisos/" + folio + "/versiones");
    assertThat(filas.get(2).get("motivo_rechazo")).isEqualTo("No se acreditó la participación de la red.");
    assertThat(filas.get(3).get("valor_nuevo")).as("8000 characters, accents intact").isEqualTo(DESCRIPCION_LARGA);
    assertThat(filas.get(3).get("justificacion")).isEqualTo(JUSTIFICACION_LARGA);

    List<JsonNode> registros = new ArrayList<>();
    json.readTree(descarga("/datos/cambios.json").getContentAsByteArray()).forEach(r -> {
      if (r.get("folio_compromiso").asText().equals(folio)) {
        registros.add(r);
      }
    });
    assertThat(registros).hasSize(5);
    assertThat(registros.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(registros.get(2).get("version").isNull()).isTrue();
    assertThat(registros.get(3).get("valor_nuevo").asText()).isEqualTo(DESCRIPCION_LARGA);

    try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(descarga("/datos/cambios.xlsx").getContentAsByteArray()))) {
      Sheet hoja = libro.getSheet("datos");
      List<String> encabezado = new ArrayList<>();
      hoja.getRow(0).forEach(c -> encabezado.add(c.getStringCellValue()));
      int columnaFolio = encabezado.indexOf("folio_compromiso");
      int columnaValor = encabezado.indexOf("valor_nuevo");
      List<String> valores = new ArrayList<>();
      for (Row r : hoja) {
        if (r.getRowNum() > 0 && r.getCell(columnaFolio).getStringCellValue().equals(folio)) {
          valores.add(r.getCell(columnaValor).getStringCellValue());
        }
      }
      assertThat(valores).hasSize(5).contains(DESCRIPCION_LARGA, caso.nuevaFecha().toString());
    }

    Map<String, String> compromiso = fila("/datos/compromisos.csv", "folio", folio).get(0);
    assertThat(compromiso.get("version")).isEqualTo("3");
    List<Map<String, String>> hitos = fila("/datos/hitos.csv", "folio_compromiso", folio);
    assertThat(hitos).extracting(h -> h.get("descripcion") + "|" + h.get("numero_hito") + "|" + h.get("retirado") + "|" + h.get("version_compromiso"))
        .containsExactlyInAnyOrder("Primer hito|1|false|3", "Mesa de seguimiento con colectivos|2|false|3", "Segundo hito||true|3");
    assertThat(hitos).filteredOn(h -> h.get("retirado").equals("true")).extracting(h -> h.get("con_retraso")).containsExactly("false");
    assertThat(pagina("/datos")).contains("Cambios a los compromisos en implementación").contains("href=\"/datos/cambios.xlsx\"")
        .contains("motivo_rechazo");
  }

  @Test
  void eachVersionOfThePlanPdfHasItsOwnUrlAndHashAndTheOriginalKeepsItsUrlAndBytes() throws Exception {
    Plan plan = planes.publicado(1, "Plan con versiones");
    String folio = plan.ejercicio().getFolio();
    byte[] original = descarga("/plan-de-accion/" + folio + ".pdf").getContentAsByteArray();
    String huellaOriginal = sha256(original);
    assertThat(pagina("/plan-de-accion/" + folio)).doesNotContain("Versiones anteriores del documento")
        .contains("se generó al publicarse el plan");

    conCambios(plan);
    byte[] segunda = ("%PDF-1.7\n% versión 2 del plan " + folio + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    assertThat(versionesPlan.agregarVersion(plan.ejercicio(), segunda, sha256(segunda))).isEqualTo(2);

    MockHttpServletResponse deRegistro = descarga("/plan-de-accion/" + folio + ".pdf");
    assertThat(deRegistro.getContentAsByteArray()).as("the original's URL, its bytes").isEqualTo(original);
    assertThat(deRegistro.getHeader("X-Content-SHA256")).isEqualTo(huellaOriginal);
    assertThat(descarga("/plan-de-accion/" + folio + "/v1.pdf").getContentAsByteArray()).isEqualTo(original);
    MockHttpServletResponse v2 = descarga("/plan-de-accion/" + folio + "/v2.pdf");
    assertThat(v2.getContentType()).isEqualTo("application/pdf");
    assertThat(v2.getContentAsByteArray()).isEqualTo(segunda);
    assertThat(v2.getHeader("X-Content-SHA256")).isEqualTo(sha256(segunda));
    assertThat(v2.getHeader("Content-Disposition")).contains("plan-de-accion-" + folio + "-v2.pdf");

    String html = pagina("/plan-de-accion/" + folio);
    assertThat(html)
        .contains("href=\"/plan-de-accion/" + folio + "/v2.pdf\"")
        .contains("versión 2, 1 KB")
        .contains("Versiones anteriores del documento")
        .contains("El documento oficial vigente es la versión 2 en PDF")
        .contains("href=\"/plan-de-accion/" + folio + ".pdf\"")
        .contains(huellaOriginal)
        .contains(sha256(segunda))
        .doesNotContain("??");
    assertThat(html.indexOf(sha256(segunda))).as("the current version first").isLessThan(html.indexOf(huellaOriginal));

    MockHttpServletResponse inexistente = mvc.perform(get("/plan-de-accion/" + folio + "/v3.pdf")).andReturn().getResponse();
    assertThat(inexistente.getStatus()).isEqualTo(404);
    assertThat(inexistente.getContentAsString(StandardCharsets.UTF_8)).contains("No hay un plan de acción publicado");
  }

  /**
   * On the plan's first commitment: version 2 by the STL (milestone 1 postponed, milestone 2
   * removed; the justification carries an e-mail and a phone), a rejected request (other actors),
   * version 3 by the STL and the Pleno (the scope at its limit and a new milestone), and one request
   * still open.
   */
  private Caso conCambios(Plan plan) {
    Compromiso c = plan.compromisos().get(0);
    LocalDate nuevaFecha = plazos.hoy().plusMonths(8);
    CambioCompromiso porStl = cambios.solicitar(c.getFolio(), "enlace", Set.of(plan.sujeto().grupo()),
        new SolicitudCambio("El presupuesto llegó tarde; dudas a enlace.privado@dependencia.gob.mx o al 442 555 0101",
            "https://transparencia.example.mx/oficio", null, null, null, null,
            List.of(CambioHito.nuevaFechaFin(1, nuevaFecha), CambioHito.retirar(2, "Ya no aplica tras la reforma"))));
    assertThat(cambios.aprobarStl(porStl.getId(), "stl")).isFalse();
    CambioCompromiso rechazado = cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        new SolicitudCambio("Sumar a la red", null, null, null, null, "Red de colectivos de Querétaro", List.of()));
    cambios.rechazar(rechazado.getId(), "stl", "No se acreditó la participación de la red.");
    CambioCompromiso porPleno = cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        new SolicitudCambio(JUSTIFICACION_LARGA, null, DESCRIPCION_LARGA, null, null, null,
            List.of(CambioHito.nuevo("Mesa de seguimiento con colectivos", "Minuta pública", null, nuevaFecha.plusMonths(1)))));
    assertThat(cambios.aprobarStl(porPleno.getId(), "stl")).as("a change of scope goes to the Pleno").isTrue();
    cambios.aprobarPleno(porPleno.getId(), "pleno");
    cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        SolicitudCambio.deHitos("Solicitud pendiente con texto reservado", CambioHito.nuevaFechaFin(1, nuevaFecha.plusDays(10))));
    return new Caso(plan, c, nuevaFecha);
  }

  private List<Map<String, String>> fila(String ruta, String columna, String valor) throws Exception {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv(ruta)))) {
      return parser.getRecords().stream().filter(r -> r.get(columna).equals(valor)).map(CSVRecord::toMap).toList();
    }
  }

  private static String largo(String frase, int longitud) {
    return frase.repeat(longitud / frase.length() + 1).substring(0, longitud - 1) + ".";
  }

  private String hoy() {
    return fecha(plazos.hoy());
  }

  private static String fecha(LocalDate dia) {
    return dia.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX")));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private String csv(String ruta) throws Exception {
    byte[] bytes = descarga(ruta).getContentAsByteArray();
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  private String pagina(String ruta) throws Exception {
    return descarga(ruta).getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse descarga(String ruta) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(URI.create(ruta))).andReturn().getResponse();
    assertThat(r.getStatus()).as(ruta).isEqualTo(200);
    return r;
  }
}
