package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.CambiosCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import mx.infoqro.gobiernoabierto.portal.EncabezadosSeguridad;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A commitment's public page after its changes (issue #28): its version, and each decided change field by field, contact data masked. */
class CambiosCompromisoWebTest extends PruebaIntegracion {

  @Autowired WebApplicationContext contexto;
  @Autowired EncabezadosSeguridad encabezados;
  @Autowired PlanPublicadoPrueba planes;
  @Autowired CambiosCompromiso cambios;
  @Autowired Plazos plazos;
  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(contexto).addFilters(encabezados).build();
  }

  @Test
  void theCommitmentsPageShowsItsVersionAndTheHistoryOfItsChanges() throws Exception {
    Plan plan = planes.publicado(1, "Plan vivo");
    Compromiso c = plan.compromisos().get(0);
    assertThat(pagina(c.getFolio()))
        .contains("Versión 1 · la aprobada en el plan de acción")
        .contains("El compromiso no ha tenido cambios");

    LocalDate nuevaFecha = plazos.hoy().plusMonths(8);
    CambioCompromiso rechazado = cambios.solicitar(c.getFolio(), "comision", Set.of(Grupos.COMISION),
        SolicitudCambio.deHitos("Se pidió retirar el hito", CambioHito.retirar(2, "Ya no aplica")));
    cambios.rechazar(rechazado.getId(), "stl", "El hito sigue siendo necesario.");
    CambioCompromiso aprobado = cambios.solicitar(c.getFolio(), "enlace", Set.of(plan.sujeto().grupo()),
        new SolicitudCambio("El presupuesto llegó tarde; dudas a enlace.privado@dependencia.gob.mx o al 442 555 0101",
            "https://transparencia.example.mx/oficio", null, null, null, null,
            List.of(CambioHito.nuevaFechaFin(1, nuevaFecha))));
    cambios.aprobarStl(aprobado.getId(), "stl");

    String html = pagina(c.getFolio());
    String hoy = plazos.hoy().format(java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX")));
    assertThat(html)
        .contains("Versión 2 · modificada el " + hoy)
        .contains("Historial de versiones")
        .contains("Versión 2: cambio aprobado el " + hoy)
        .contains("aprobado por el Secretariado Técnico Local.")
        .contains("El presupuesto llegó tarde")
        .contains("https://transparencia.example.mx/oficio")
        .contains("Fecha de término del hito: Primer hito")
        .contains(nuevaFecha.toString())
        .contains("Solicitud de cambio rechazada el " + hoy)
        .contains("El hito sigue siendo necesario.")
        .contains("Hito retirado (motivo): Segundo hito")
        .doesNotContain("enlace.privado@dependencia.gob.mx")
        .doesNotContain("442 555 0101")
        .doesNotContain("??");
    assertThat(html.indexOf("Versión 2: cambio aprobado")).as("latest first").isLessThan(html.indexOf("Solicitud de cambio rechazada"));
  }

  private String pagina(String folio) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(java.net.URI.create("/compromisos/" + folio))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString(StandardCharsets.UTF_8);
  }
}
