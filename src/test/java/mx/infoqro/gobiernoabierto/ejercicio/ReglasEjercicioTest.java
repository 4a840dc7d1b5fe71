package mx.infoqro.gobiernoabierto.ejercicio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import org.junit.jupiter.api.Test;

/** The rules of the call's timeline and of the forum's composition, without Spring. */
class ReglasEjercicioTest {

  private static final LocalDate HOY = LocalDate.of(2026, 11, 24);

  private static DatosConvocatoria convocatoria(LocalDate apertura, LocalDate inicioCocreacion) {
    return new DatosConvocatoria(
        "Convocatoria 2027", "Texto", "contacto@example.mx",
        apertura, apertura.plusDays(30), inicioCocreacion, inicioCocreacion.plusDays(90),
        inicioCocreacion.plusDays(120), inicioCocreacion.plusDays(150), inicioCocreacion.plusDays(515),
        List.of("genero"));
  }

  @Test
  void theProposedDraftOfANewEditionIsValid() {
    Convocatoria c = EjercicioService.borradorPropuesto(new Ejercicio(2027), HOY);
    DatosConvocatoria d =
        new DatosConvocatoria(
            c.getTitulo(), c.getTexto(), c.getContacto(), c.getFechaAperturaRegistro(), c.getFechaCierreRegistro(),
            c.getFechaInicioCocreacion(), c.getFechaFinCocreacion(), c.getFechaLimiteAprobacion(),
            c.getFechaInicioPlan(), c.getFechaFinPlan(), List.of("genero"));
    assertThat(ReglasConvocatoria.validar(d, HOY)).isEmpty();
  }

  @Test
  void coCreationMustStartAtLeastTwoWeeksAfterTheTimelineIsPublished() {
    var errores = ReglasConvocatoria.validar(convocatoria(HOY.minusDays(20), HOY.plusDays(13)), HOY);
    assertThat(errores).anyMatch(e -> e.contains("al menos 14 días"));
    assertThat(ReglasConvocatoria.validar(convocatoria(HOY.minusDays(20), HOY.plusDays(14)), HOY)).isEmpty();
  }

  @Test
  void datesOutOfOrderAreReportedOneByOne() {
    var d =
        new DatosConvocatoria(
            "T", "X", "C", HOY.plusDays(10), HOY.plusDays(5), HOY.plusDays(30), HOY.plusDays(20), HOY.plusDays(60),
            HOY.plusDays(70), HOY.plusDays(400), List.of("genero"));
    assertThat(ReglasConvocatoria.validar(d, HOY))
        .contains(
            "La fecha de cierre del registro no puede ser anterior a la de apertura del registro.",
            "La fecha de fin de la co-creación no puede ser anterior a la de inicio de la co-creación.");
  }

  @Test
  void missingFieldsAreAllReported() {
    var d = new DatosConvocatoria(null, null, null, null, null, null, null, null, null, null, List.of());
    assertThat(ReglasConvocatoria.validar(d, HOY)).hasSize(4 + 7);
  }

  private static FormularioInstalarStl stl(Integrante... integrantes) {
    return new FormularioInstalarStl(HOY, List.of(integrantes), "Reglas", "Acta");
  }

  @Test
  void aPlenoReturningTheCallMustWriteItsObservations() {
    assertThat(ReglasConvocatoria.revisarDecision(EjercicioBpmn.DEVOLVER, null)).contains("escriba las observaciones");
    assertThat(ReglasConvocatoria.revisarDecision(EjercicioBpmn.DEVOLVER, "Precisar fechas.")).isNull();
    assertThat(ReglasConvocatoria.revisarDecision(EjercicioBpmn.APROBAR, null)).isNull();
    assertThat(ReglasConvocatoria.revisarDecision("OTRA", null)).isEqualTo("Elija si aprueba o devuelve la convocatoria.");
  }

  @Test
  void anInstallationWithoutDateRulesOrActIsRefusedWithEveryMissingPart() {
    assertThat(ReglasStl.validar(new FormularioInstalarStl(null, List.of(), null, null)))
        .containsExactly(
            "Indique la fecha de instalación.",
            "Escriba las reglas de participación.",
            "Escriba el acta de instalación.",
            "El Secretariado es tripartito: registre integrantes de la Comisión, del gobierno y de la sociedad civil.");
  }

  @Test
  void theForumIsTripartiteWithGovernmentAndCivilSocietyInEqualNumbers() {
    var comision = new Integrante("A", SectorStl.COMISION, null, null);
    var gobierno = new Integrante("B", SectorStl.GOBIERNO, "SESA", null);
    var osc = new Integrante("C", SectorStl.SOCIEDAD_CIVIL, "OSC", null);
    assertThat(ReglasStl.validar(stl(comision, gobierno, osc))).isEmpty();
    assertThat(ReglasStl.validar(stl(comision, gobierno))).anyMatch(e -> e.contains("tripartito"));
    assertThat(ReglasStl.validar(stl(comision, gobierno, gobierno, osc))).contains(
        "Gobierno y sociedad civil deben tener el mismo número de integrantes (gobierno: 2, sociedad civil: 1).");
    assertThat(ReglasStl.validar(stl(comision, gobierno, osc, new Integrante(null, SectorStl.GOBIERNO, null, null))))
        .anyMatch(e -> e.contains("nombre y sector"));
  }
}
