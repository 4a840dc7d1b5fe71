package mx.infoqro.gobiernoabierto.datosabiertos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.datosabiertos.ConjuntoDatos.Columna;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
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
 * Every download parsed back with an independent reader (commons-csv, Jackson, Apache POI) and
 * checked against the published data dictionary; only published or verified data in them.
 */
class DatosAbiertosWebTest extends PruebaIntegracion {

  @Autowired WebApplicationContext contexto;
  @Autowired mx.infoqro.gobiernoabierto.ejercicio.StlService stl;
  @Autowired mx.infoqro.gobiernoabierto.mesa.SesionesStl sesionesStl;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired ObjectMapper json;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).build();
  }

  @Test
  void everyDatasetParsesBackInEachFormatWithTheColumnsOfItsDataDictionary() throws Exception {
    Plan plan = planes.publicado(2, "Datos de señalización");
    planes.reporte(plan.compromisos().get(0), 1, EstadoReporte.PUBLICADO, new int[] {100, 50}, "Narrativa publicada", "https://datos.example.mx/a");
    planes.reporte(plan.compromisos().get(1), 1, EstadoReporte.ENVIADO, new int[] {100, 100}, "Narrativa sin verificar");
    Plan borrador = planes.borradores(1, "Compromiso no publicado");

    for (String id : ConjuntosDatos.IDS) {
      List<String> diccionario = ConjuntosDatos.COLUMNAS.get(id).stream().map(Columna::nombre).toList();
      assertThat(diccionario).allMatch(c -> c.matches("[a-z0-9_]+"));

      MockHttpServletResponse csv = descarga("/datos/" + id + ".csv");
      assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
      assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(id + ".csv");
      byte[] bytes = csv.getContentAsByteArray();
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      String texto = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(texto))) {
        assertThat(parser.getHeaderNames()).as(id).containsExactlyElementsOf(diccionario);
        List<CSVRecord> registros = parser.getRecords();
        if (List.of("compromisos", "hitos", "avances").contains(id)) {
          assertThat(registros).as(id).isNotEmpty();
        }
        registros.forEach(r -> assertThat(r.size()).isEqualTo(diccionario.size()));
      }

      JsonNode arreglo = json.readTree(descarga("/datos/" + id + ".json").getContentAsByteArray());
      assertThat(arreglo.isArray()).isTrue();
      for (JsonNode registro : arreglo) {
        List<String> claves = new ArrayList<>();
        registro.fieldNames().forEachRemaining(claves::add);
        assertThat(claves).as(id).containsExactlyElementsOf(diccionario);
      }

      if (ConjuntosDatos.conXlsx(id)) {
        MockHttpServletResponse xlsx = descarga("/datos/" + id + ".xlsx");
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
          Sheet datos = libro.getSheet("datos");
          List<String> encabezado = new ArrayList<>();
          datos.getRow(0).forEach(c -> encabezado.add(c.getStringCellValue()));
          assertThat(encabezado).as(id).containsExactlyElementsOf(diccionario);
          Sheet dic = libro.getSheet("diccionario");
          assertThat(dic.getLastRowNum()).isEqualTo(diccionario.size());
          for (int i = 1; i <= diccionario.size(); i++) {
            Row r = dic.getRow(i);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(diccionario.get(i - 1));
            assertThat(r.getCell(2).getStringCellValue()).isNotBlank();
          }
        }
      } else {
        assertThat(mvc.perform(get("/datos/" + id + ".xlsx")).andReturn().getResponse().getStatus()).isEqualTo(404);
      }
    }

    String compromisos = csv("/datos/compromisos.csv");
    assertThat(compromisos)
        .contains(plan.compromisos().get(0).getFolio())
        .contains("Datos de señalización 1")
        .contains("Transparencia | Participación ciudadana")
        .doesNotContain("Compromiso no publicado")
        .doesNotContain(borrador.compromisos().get(0).getFolio());
    String avances = csv("/datos/avances.csv");
    assertThat(avances).contains("Narrativa publicada").contains("https://datos.example.mx/a").doesNotContain("Narrativa sin verificar");
    JsonNode avance = null;
    for (JsonNode r : json.readTree(descarga("/datos/avances.json").getContentAsByteArray())) {
      if (r.get("folio_compromiso").asText().equals(plan.compromisos().get(0).getFolio())) {
        avance = r;
      }
    }
    assertThat(avance).isNotNull();
    assertThat(avance.get("avance_porcentaje").asInt()).isEqualTo(75);
    assertThat(avance.get("fecha_publicacion").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(avance.get("evidencias").isArray()).isTrue();
  }

  @Test
  void thePageListsEachDatasetWithItsDictionaryLicenseAndDownloadsAndTheCatalogueIsDcat() throws Exception {
    planes.publicado(1, "Catálogo");
    MockHttpServletResponse pagina = mvc.perform(get("/datos")).andReturn().getResponse();
    assertThat(pagina.getStatus()).isEqualTo(200);
    assertThat(pagina.getContentAsString(StandardCharsets.UTF_8))
        .contains("Datos abiertos")
        .contains("Términos de Libre Uso MX")
        .contains("href=\"/datos/compromisos.xlsx\"")
        .contains("href=\"/datos/participacion.json\"")
        .contains("Diccionario de datos: Compromisos de los planes de acción")
        .contains("avance_porcentaje")
        .contains("href=\"/datos/catalogo.json\"")
        .doesNotContain("??");

    JsonNode catalogo = json.readTree(descarga("/datos/catalogo.json").getContentAsByteArray());
    assertThat(catalogo.get("@type").asText()).isEqualTo("dcat:Catalog");
    assertThat(catalogo.get("dataset")).hasSize(ConjuntosDatos.IDS.size());
    for (JsonNode d : catalogo.get("dataset")) {
      assertThat(d.get("identifier").asText()).isNotBlank();
      assertThat(d.get("title").asText()).isNotBlank();
      assertThat(d.get("description").asText()).isNotBlank();
      assertThat(d.get("license").asText()).isEqualTo("https://datos.gob.mx/libreusomx");
      assertThat(d.has("modified")).isTrue();
      assertThat(d.get("spatial").asText()).contains("22");
      for (JsonNode dist : d.get("distribution")) {
        String url = dist.get("downloadURL").asText();
        MockHttpServletResponse archivo = descarga(URI.create(url).getPath());
        assertThat(dist.get("mediaType").asText()).isEqualTo(archivo.getContentType());
        assertThat(dist.get("byteSize").asLong()).isPositive();
      }
    }
    assertThat(mvc.perform(get("/datos/inventado.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/datos/compromisos.pdf")).andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  private String csv(String ruta) throws Exception {
    return descarga(ruta).getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theForumsSessionsAndTheStandardsOfAnEditionAreOpenData() throws Exception {
    Plan plan = planes.publicado(1, "Datos del foro");
    Long id = plan.ejercicio().getId();
    String folio = plan.ejercicio().getFolio();
    tx.executeWithoutResult(s -> {
      stl.instalar(id, new mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl(java.time.LocalDate.now(), List.of(
          new mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante("Comisionada", mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl.COMISION, "Comisión", null),
          new mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante("Enlace", mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl.GOBIERNO, "Secretaría", null),
          new mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante("Red", mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana", null)),
          "Consenso.", "Declaración."), "comision");
      var celebrada = sesionesStl.programar(mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl.programar(id,
          java.time.OffsetDateTime.now().plusDays(1), "Sala del Pleno", null, "Avance del plan"), "comision");
      sesionesStl.registrar(celebrada.getId(), mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesionStl.registro(1, 1, 1,
          "Comisionada; Enlace; Red", "Publicar el avance.", "El STL aprobó el acta."), "comision");
      sesionesStl.publicarActa(celebrada.getId());
      sesionesStl.programar(mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl.programar(id,
          java.time.OffsetDateTime.now().plusDays(30), null, "https://reunion.example.mx/stl", "Segunda sesión"), "comision");
    });

    JsonNode sesiones = json.readTree(descarga("/datos/sesiones.json").getContentAsByteArray());
    List<JsonNode> delForo = new ArrayList<>();
    sesiones.forEach(n -> { if (n.get("edicion").asText().equals(folio)) delForo.add(n); });
    assertThat(delForo).hasSize(2);
    JsonNode primera = delForo.get(0);
    assertThat(primera.get("folio").asText()).isEqualTo(folio + "-STL-1");
    assertThat(primera.get("estado").asText()).isEqualTo("Celebrada con quórum");
    assertThat(primera.get("lugar").asText()).isEqualTo("Sala del Pleno");
    assertThat(primera.get("asistentes_sociedad_civil").asInt()).isEqualTo(1);
    assertThat(primera.get("quorum").asBoolean()).isTrue();
    assertThat(primera.get("acuerdos").asText()).isEqualTo("Publicar el avance.");
    assertThat(primera.get("url_acta").asText()).endsWith("/estandares/" + folio + "#sesion-1");
    JsonNode segunda = delForo.get(1);
    assertThat(segunda.get("enlace").asText()).isEqualTo("https://reunion.example.mx/stl");
    assertThat(segunda.get("quorum").isNull()).as("not held yet").isTrue();
    assertThat(segunda.get("asistentes_comision").isNull()).as("nothing of it is public but its date and agenda").isTrue();
    assertThat(descarga("/datos/sesiones.csv").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Comisionada; Enlace; Red");

    JsonNode estandares = json.readTree(descarga("/datos/estandares.json").getContentAsByteArray());
    List<JsonNode> deEdicion = new ArrayList<>();
    estandares.forEach(n -> { if (n.get("edicion").asText().equals(folio)) deEdicion.add(n); });
    assertThat(deEdicion).extracting(n -> n.get("estandar").asText())
        .containsExactly("foro", "repositorio", "calendario", "respuestas", "implementacion");
    JsonNode foro = deEdicion.get(0);
    assertThat(foro.get("estado").asText()).isEqualTo("Cumplido");
    assertThat(foro.get("fecha_ultima_evidencia").asText()).isNotBlank();
    assertThat(foro.get("evidencias").toString()).contains(folio + "-STL-1");
  }

  private MockHttpServletResponse descarga(String ruta) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(URI.create(ruta))).andReturn().getResponse();
    assertThat(r.getStatus()).as(ruta).isEqualTo(200);
    return r;
  }
}
