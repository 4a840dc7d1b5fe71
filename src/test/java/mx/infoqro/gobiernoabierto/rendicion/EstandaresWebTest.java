package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlProcesos;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlPrueba;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** {@code /estandares}: each standard's state computed from planted data, its evidence and the forum's published minutes. */
class EstandaresWebTest extends PruebaIntegracion {

  @Autowired WebApplicationContext contexto;
  @Autowired StlService stl;
  @Autowired SesionesStlProcesos sesionesStl;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).build();
  }

  @AfterEach
  void relojReal() {
    motor.relojReal();
  }

  /** An edition whose call was published {@code diasAntes} days before co-creation starts, today. */
  private Ejercicio publicada(int diasAntes) {
    Ejercicio e = escenarios.ejercicio();
    LocalDate hoy = LocalDate.now();
    jdbc.update("update convocatoria set estado = 'PUBLICADA', publicada = current_timestamp, fecha_inicio_cocreacion = ?,"
        + " fecha_inicio_plan = ?, fecha_fin_plan = ? where ejercicio_id = ?",
        hoy.plusDays(diasAntes), hoy.plusMonths(3), hoy.plusMonths(15), e.getId());
    return e;
  }

  private String pagina(String ruta, int estado) throws Exception {
    return mvc.perform(get(ruta)).andExpect(status().is(estado)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aHeldSessionsMinutesAreEvidenceOfTheForumAndTheRepositoryAndAreShownWithItsAgreements() throws Exception {
    Ejercicio e = SesionesStlPrueba.conStl(publicada(20), stl, tx);
    String pi = sesionesStl.iniciar(e.getId()).getId();
    motor.completar(pi, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, "comision", Formularios.variables(
        FormularioProgramarSesionStl.programar(e.getId(), OffsetDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES),
            "Sala del Pleno", null, "Revisión del avance del plan de acción")));
    motor.completar(pi, SesionStlBpmn.TASK_REGISTRAR_SESION_STL, "comision", Formularios.variables(
        FormularioRegistrarSesionStl.registro(1, 2, 1, "Comisionada; Enlace A; Red Ciudadana (red.privada@example.org, 442 555 0107)",
            "Publicar la minuta en el portal.", "El STL aprobó el acta de la sesión, con acentos: señalética y participación.")));
    motor.ejecutar(pi, SesionStlBpmn.TASK_PUBLICAR_ACTA_STL);

    String html = pagina("/estandares/" + e.getFolio(), 200);
    assertThat(html)
        .contains("Estándares de participación y co-creación: " + e.getFolio())
        .contains("Estándar 1: espacio de diálogo permanente")
        .contains("Sesión " + e.getFolio() + "-STL-1 celebrada con quórum")
        .contains("href=\"/estandares/" + e.getFolio() + "#sesion-1\"")
        .contains("Acta y acuerdos de la sesión " + e.getFolio() + "-STL-1 publicados")
        .contains("Publicar la minuta en el portal.")
        .contains("señalética y participación")
        .contains("Comisión: 1; gobierno: 2; sociedad civil: 1")
        .contains("El calendario se publicó 20 días antes del inicio de la co-creación (mínimo: 14).")
        .contains("0 de 0 propuestas")
        .contains("[dato de contacto omitido]")
        .doesNotContain("red.privada@example.org")
        .doesNotContain("442 555 0107")
        .doesNotContain("??");
    // the forum met today and the repository was updated today: both met; the plan has not started
    assertThat(estado(html, "foro")).isEqualTo("Cumplido");
    assertThat(estado(html, "repositorio")).isEqualTo("Cumplido");
    assertThat(estado(html, "calendario")).isEqualTo("Cumplido");
    assertThat(estado(html, "respuestas")).isEqualTo("Aún no aplica");
    assertThat(estado(html, "implementacion")).isEqualTo("Aún no aplica");

    // Five months and a day later the forum is at risk; six months and a day later not met
    motor.avanzarA(java.time.ZonedDateTime.now().plusMonths(5).plusDays(2));
    assertThat(estado(pagina("/estandares/" + e.getFolio(), 200), "foro")).isEqualTo("En riesgo");
    motor.avanzarA(java.time.ZonedDateTime.now().plusMonths(6).plusDays(2));
    assertThat(estado(pagina("/estandares/" + e.getFolio(), 200), "foro")).isEqualTo("No cumplido");
  }

  @Test
  void aTimelinePublishedLessThanTwoWeeksAheadIsNotMetAndAForumNeverInstalledIsNotMet() throws Exception {
    Ejercicio e = publicada(10);
    String html = pagina("/estandares/" + e.getFolio(), 200);
    assertThat(estado(html, "calendario")).isEqualTo("No cumplido");
    assertThat(estado(html, "foro")).isEqualTo("No cumplido");
    assertThat(html).contains("El Secretariado Técnico Local aún no se instala ni sesiona.")
        .contains("El STL aún no tiene sesiones registradas.");
  }

  @Test
  void theMinutesOfASessionNotYetHeldAreNotShownAndAnUnpublishedEditionIsNotFound() throws Exception {
    Ejercicio e = SesionesStlPrueba.conStl(publicada(20), stl, tx);
    String pi = sesionesStl.iniciar(e.getId()).getId();
    motor.completar(pi, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, "comision", Formularios.variables(
        FormularioProgramarSesionStl.programar(e.getId(), OffsetDateTime.now().plusDays(3), "Sala", null, "Orden del día público")));
    String html = pagina("/estandares/" + e.getFolio(), 200);
    assertThat(html).contains("Sesión " + e.getFolio() + "-STL-1 programada").contains("Orden del día público")
        .doesNotContain("Asistencia por parte");
    assertThat(pagina("/estandares/" + escenarios.ejercicio().getFolio(), 404)).contains("No existe un ejercicio publicado");
    assertThat(pagina("/estandares", 200)).contains("Estándares de participación y co-creación");
  }

  /** The state shown in the summary table's row of a standard. */
  private static String estado(String html, String clave) {
    int fila = html.indexOf("href=\"#estandar-" + clave + "\"");
    assertThat(fila).as("row of " + clave).isPositive();
    int inicio = html.indexOf("estado-estandar-", fila);
    int texto = html.indexOf('>', inicio) + 1;
    return html.substring(texto, html.indexOf('<', texto)).strip();
  }
}
