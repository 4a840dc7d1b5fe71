package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.ArchivoEvidencia.EstadoArchivo;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The evidence files on the web, with a real clamd ({@link ClamdPrueba}): the agency's liaison
 * uploads and removes files on the report's page (CSRF, Spanish messages, nothing stored on a
 * refusal), the commission sees and downloads them, nobody else does; once the report is published
 * the public address serves the file with its type, length, disposition, nosniff, CSP and ranges,
 * the commitment's page lists it with its SHA-256, open data lists it; before that it is a 404.
 */
class EvidenciasWebTest extends PruebaConAntivirus {

  @Autowired WebApplicationContext contexto;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired ReporteAvanceRepository reportes;
  @Autowired ArchivoEvidenciaRepository archivos;
  @Autowired TransactionTemplate tx;

  private MockMvc mvc;
  private Plan plan;
  private Long reporteId;
  private UserRequestPostProcessor enlace;

  @BeforeEach
  void preparar() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    plan = planes.publicado(1, "Compromiso con archivos de evidencia");
    reporteId = planes.reporte(plan.compromisos().get(0), 1, EstadoReporte.PENDIENTE, new int[] {50, 50}, "Avance del periodo.").getId();
    enlace = persona("enlace.dependencia", SujetoObligado.grupoDe(plan.sujeto().getClave()));
  }

  @Test
  void theLiaisonUploadsSeesAndRemovesFilesWhileTheReportIsTheirs() throws Exception {
    byte[] pdf = ArchivosPrueba.pdf();
    mvc.perform(multipart(ruta()).file(archivo("Minuta de la sesión.pdf", pdf)).with(enlace).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("exito", "Se guardó el archivo «Minuta de la sesión.pdf»."));
    String pagina = pagina(enlace);
    assertThat(pagina).contains("Minuta de la sesión.pdf").contains("application/pdf").contains(sha256(pdf))
        .contains("Reporte del periodo 1").contains("Subir archivo").contains("sin sus metadatos (EXIF)");

    ArchivoEvidencia guardado = archivos.findByReporteIdAndEstadoNotOrderBySubido(reporteId, EstadoArchivo.RECHAZADO).get(0);
    mvc.perform(post(ruta() + "/" + guardado.getId() + "/quitar").with(enlace).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("exito", "Se quitó el archivo."));
    assertThat(archivos.findById(guardado.getId())).isEmpty();
    assertThat(pagina(enlace)).contains("El reporte aún no tiene archivos.");
  }

  @Test
  void aRefusedUploadSaysWhyInSpanishAndStoresNothing() throws Exception {
    mvc.perform(multipart(ruta()).file(archivo("informe.txt", infectado())).with(enlace).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("El antivirus detectó contenido malicioso en el archivo «informe.txt»")));
    mvc.perform(multipart(ruta()).file(archivo("programa.pdf", ArchivosPrueba.ejecutable())).with(enlace).with(csrf()))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("no es de un tipo permitido")));
    mvc.perform(multipart(ruta()).file(archivo("vacío.pdf", new byte[0])).with(enlace).with(csrf()))
        .andExpect(flash().attribute("error", "Elija un archivo para subir."));
    mvc.perform(multipart(ruta()).file(archivo("sin-token.pdf", ArchivosPrueba.pdf())).with(enlace)).andExpect(status().isForbidden());
    assertThat(archivos.findByReporteIdAndEstadoNotOrderBySubido(reporteId, EstadoArchivo.RECHAZADO)).isEmpty();
  }

  @Test
  void theCommissionSeesAndDownloadsTheFilesAndNobodyElseDoes() throws Exception {
    byte[] texto = "Lista de asistencia de la sesión\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(multipart(ruta()).file(archivo("asistencia.txt", texto)).with(enlace).with(csrf())).andExpect(status().is3xxRedirection());
    String id = archivos.findByReporteIdAndEstadoNotOrderBySubido(reporteId, EstadoArchivo.RECHAZADO).get(0).getId();
    UserRequestPostProcessor comision = persona("analista", Grupos.COMISION);

    assertThat(pagina(comision)).contains("asistencia.txt").doesNotContain("Subir archivo").doesNotContain("Quitar");
    MockHttpServletResponse descarga = mvc.perform(get(ruta() + "/" + id).with(comision)).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(descarga.getContentAsByteArray()).isEqualTo(texto);
    assertThat(descarga.getContentType()).isEqualTo("text/plain;charset=UTF-8");
    assertThat(descarga.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(descarga.getHeader("Cache-Control")).contains("no-store");

    mvc.perform(get(ruta()).with(persona("otro.enlace", "so-otra"))).andExpect(status().isForbidden());
    mvc.perform(get(ruta() + "/" + id).with(persona("otro.enlace", "so-otra"))).andExpect(status().isForbidden());
    mvc.perform(multipart(ruta()).file(archivo("intruso.pdf", ArchivosPrueba.pdf())).with(comision).with(csrf()))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("solo el enlace de la dependencia responsable")));
    assertThat(mvc.perform(get(ruta())).andReturn().getResponse().getRedirectedUrl()).as("anonymous").contains("/gestion/entrar");
  }

  @Test
  void aPublishedReportsFilesArePublicWithTheirHashAndServedSafely() throws Exception {
    byte[] pdf = ArchivosPrueba.pdf();
    mvc.perform(multipart(ruta()).file(archivo("Convenio firmado.pdf", pdf)).with(enlace).with(csrf())).andExpect(status().is3xxRedirection());
    ArchivoEvidencia archivo = archivos.findByReporteIdAndEstadoNotOrderBySubido(reporteId, EstadoArchivo.RECHAZADO).get(0);
    String publica = "/evidencias/" + archivo.getId() + "/Convenio%20firmado.pdf";

    assertThat(mvc.perform(get(java.net.URI.create(publica))).andReturn().getResponse().getStatus()).as("before verification").isEqualTo(404);
    publicar();

    MockHttpServletResponse r = mvc.perform(get(java.net.URI.create(publica))).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(sha256(r.getContentAsByteArray())).isEqualTo(archivo.getSha256()).isEqualTo(sha256(pdf));
    assertThat(r.getContentType()).isEqualTo("application/pdf");
    assertThat(r.getContentLengthLong()).isEqualTo(pdf.length);
    assertThat(r.getHeader("Content-Disposition")).startsWith("inline").contains("Convenio");
    assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
    assertThat(r.getHeader("ETag")).contains(archivo.getSha256());

    MockHttpServletResponse rango = mvc.perform(get(java.net.URI.create(publica)).header("Range", "bytes=100-149")).andReturn().getResponse();
    assertThat(rango.getStatus()).isEqualTo(206);
    assertThat(rango.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 100, 150));
    assertThat(rango.getHeader("Content-Range")).isEqualTo("bytes 100-149/" + pdf.length);

    MockHttpServletResponse otroNombre = mvc.perform(get("/evidencias/" + archivo.getId() + "/otro.pdf")).andReturn().getResponse();
    assertThat(otroNombre.getStatus()).isEqualTo(404);
    assertThat(otroNombre.getContentAsString(StandardCharsets.UTF_8)).contains("El archivo que busca no existe o no es público.");
    assertThat(mvc.perform(get("/evidencias/no-existe/x.pdf")).andReturn().getResponse().getStatus()).isEqualTo(404);

    String folio = plan.compromisos().get(0).getFolio();
    String compromiso = mvc.perform(get("/compromisos/" + folio)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(compromiso).contains("Archivos de evidencia").contains("Convenio firmado.pdf").contains(archivo.getSha256()).contains(publica);
    String csv = mvc.perform(get("/datos/evidencias.csv")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains(folio).contains("Convenio firmado.pdf").contains(archivo.getSha256()).contains(publica);
    mvc.perform(get("/datos/evidencias.json")).andExpect(status().isOk());
    mvc.perform(get("/datos/evidencias.xlsx")).andExpect(status().isOk());

    mvc.perform(post(ruta() + "/" + archivo.getId() + "/quitar").with(enlace).with(csrf()))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("mientras el reporte no se haya enviado")));
    assertThat(archivos.findById(archivo.getId())).as("a published report's file never changes").isPresent();
  }

  private void publicar() {
    tx.executeWithoutResult(
        s -> {
          ReporteAvance r = reportes.findById(reporteId).orElseThrow();
          r.setEstado(EstadoReporte.PUBLICADO);
          r.setVerificado(Instant.now());
          r.setPublicado(Instant.now());
        });
  }

  private String ruta() {
    return "/gestion/reportes/" + reporteId + "/evidencias";
  }

  private String pagina(UserRequestPostProcessor quien) throws Exception {
    return mvc.perform(get(ruta()).with(quien)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static MockMultipartFile archivo(String nombre, byte[] contenido) {
    // the browser's type says nothing: the content decides
    return new MockMultipartFile("archivo", nombre, "application/octet-stream", contenido);
  }

  private static UserRequestPostProcessor persona(String usuario, String... grupos) {
    return user(usuario).authorities(List.of(grupos).stream().map(g -> new SimpleGrantedAuthority(Grupos.autoridad(g))).toList());
  }

  private static String sha256(byte[] datos) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
  }
}
