package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.AvanceCapturado;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.HitoResumen;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * The rules of what an agency reports and the commission decides, over the forms' records; and how
 * the forms' values are read (the kernel's reading of forms/*.form) before the rules see them.
 */
class ReglasSeguimientoTest {

  private static final List<HitoResumen> HITOS =
      List.of(new HitoResumen(10L, "Primer hito"), new HitoResumen(20L, "Segundo hito"));

  private final Formularios formularios =
      new Formularios(
          new GobiernoAbiertoProperties(ZoneId.of("America/Mexico_City"), 3, 10, 10, 7, 3, 3, 15, 10, 10, 7, List.of()));

  private static Avance fila(EstadoHito estado, Integer porcentaje) {
    return new Avance(null, null, estado, porcentaje, null);
  }

  private static Avance fila(Long hitoId, EstadoHito estado, Integer porcentaje, String comentario) {
    return new Avance(hitoId, null, estado, porcentaje, comentario);
  }

  /** The milestone rows of the report form as form-js submits them, read by the kernel. */
  private List<Avance> leidos(String avances) {
    return formularios
        .leer(
            Map.of("avances", SpinValues.jsonValue(avances).create().getValue(), "narrativa", "Avance."),
            FormularioReportarAvance.class)
        .avances();
  }

  @Test
  void milestoneRowsAreMatchedByPositionWhenTheFormSendsNoId() {
    var avances =
        ReglasSeguimiento.avances(
            leidos("[{\"estado\":\"EN_PROCESO\",\"porcentaje\":40},{\"estado\":\"NO_INICIADO\",\"porcentaje\":0.0}]"),
            HITOS);

    assertThat(avances)
        .containsExactly(
            new AvanceCapturado(10L, Hito.EstadoHito.EN_PROCESO, 40, null),
            new AvanceCapturado(20L, Hito.EstadoHito.NO_INICIADO, 0, null));
  }

  @Test
  void milestoneRowsAreMatchedByIdWhenTheFormSendsIt() {
    var avances =
        ReglasSeguimiento.avances(
            leidos(
                "[{\"hitoId\":20,\"estado\":\"RETRASADO\",\"porcentaje\":\"10\",\"comentario\":\" Falta presupuesto \"},"
                    + "{\"hitoId\":\"10\",\"estado\":\"COMPLETADO\",\"porcentaje\":100}]"),
            HITOS);

    assertThat(avances)
        .containsExactly(
            new AvanceCapturado(20L, Hito.EstadoHito.RETRASADO, 10, "Falta presupuesto"),
            new AvanceCapturado(10L, Hito.EstadoHito.COMPLETADO, 100, null));
  }

  @Test
  void aPercentageOutOfRangeIsRejected() {
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila(EstadoHito.EN_PROCESO, 101), fila(EstadoHito.EN_PROCESO, 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("entre 0 y 100")
        .hasMessageContaining("Primer hito");
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila(EstadoHito.EN_PROCESO, 5), fila(EstadoHito.EN_PROCESO, -1)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Segundo hito");
  }

  @Test
  void aPercentageMustBeAWholeNumberAndAStatusOneOfTheFormsNamedByItsRow() {
    assertThatThrownBy(
            () -> leidos("[{\"estado\":\"EN_PROCESO\",\"porcentaje\":40.5},{\"estado\":\"TERMINADO\",\"porcentaje\":5}]"))
        .isInstanceOf(ValidacionException.class)
        .hasMessage(
            "«Avance por hito 1: Porcentaje de avance (0 a 100)» debe ser un número entero."
                + " «Avance por hito 2: Estado del hito»: la opción «TERMINADO» no es válida.");
  }

  @Test
  void theFormRequiresStatusAndPercentageOfEveryRow() {
    assertThatThrownBy(() -> leidos("[{\"porcentaje\":5},{\"estado\":\"EN_PROCESO\"}]"))
        .isInstanceOf(ValidacionException.class)
        .hasMessage(
            "El campo «Avance por hito 1: Estado del hito» es obligatorio."
                + " El campo «Avance por hito 2: Porcentaje de avance (0 a 100)» es obligatorio.");
  }

  @Test
  void everyMilestoneNeedsAStatusAndAPercentage() {
    assertThatThrownBy(
            () -> ReglasSeguimiento.avances(List.of(fila(null, 5), fila(EstadoHito.EN_PROCESO, 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("estado del hito «Primer hito»");
    assertThatThrownBy(
            () -> ReglasSeguimiento.avances(List.of(fila(EstadoHito.EN_PROCESO, null), fila(EstadoHito.EN_PROCESO, 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("porcentaje");
  }

  @Test
  void aCompletedMilestoneIsAtOneHundredPercent() {
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila(EstadoHito.COMPLETADO, 90), fila(EstadoHito.EN_PROCESO, 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("100 %");
  }

  @Test
  void theReportCoversExactlyTheCommitmentsMilestones() {
    assertThatThrownBy(() -> ReglasSeguimiento.avances(List.of(fila(EstadoHito.EN_PROCESO, 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("2 hitos");
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila(10L, EstadoHito.EN_PROCESO, 5, null), fila(10L, EstadoHito.EN_PROCESO, 5, null)),
                    HITOS))
        .isInstanceOf(ValidacionException.class);
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila(99L, EstadoHito.EN_PROCESO, 5, null), fila(10L, EstadoHito.EN_PROCESO, 5, null)),
                    HITOS))
        .isInstanceOf(ValidacionException.class);
  }

  @Test
  void evidenceLinksMustBeHttpOrHttpsAddresses() {
    assertThat(
            ReglasSeguimiento.evidencias(
                List.of(
                    new EvidenciaEnlace("Minuta", "https://example.org/minuta.pdf"),
                    new EvidenciaEnlace("Tablero", "http://datos.example.org/tablero?x=1"))))
        .containsExactly(
            new EvidenciaEnlace("Minuta", "https://example.org/minuta.pdf"),
            new EvidenciaEnlace("Tablero", "http://datos.example.org/tablero?x=1"));
    for (String mala : List.of("www.example.org/minuta.pdf", "ftp://example.org/a", "javascript:alert(1)", "https://", "https://exa mple.org")) {
      assertThatThrownBy(() -> ReglasSeguimiento.evidencias(List.of(new EvidenciaEnlace("Minuta", mala))))
          .as(mala)
          .isInstanceOf(ValidacionException.class)
          .hasMessageContaining("http://");
    }
  }

  @Test
  void emptyEvidenceRowsAreIgnoredButHalfFilledOnesAreNot() {
    assertThat(ReglasSeguimiento.evidencias(List.of(new EvidenciaEnlace(null, null), new EvidenciaEnlace(" ", "")))).isEmpty();
    assertThatThrownBy(() -> ReglasSeguimiento.evidencias(List.of(new EvidenciaEnlace(null, "https://example.org"))))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Describa");
    assertThatThrownBy(() -> ReglasSeguimiento.evidencias(List.of(new EvidenciaEnlace("Minuta", null))))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("URL");
  }

  @Test
  void theNarrativeIsRequired() {
    assertThatThrownBy(() -> ReglasSeguimiento.narrativa("  ")).isInstanceOf(ValidacionException.class);
    assertThatThrownBy(() -> ReglasSeguimiento.narrativa("x".repeat(8001))).isInstanceOf(ValidacionException.class);
    assertThat(ReglasSeguimiento.narrativa(" Avance del trimestre ")).isEqualTo("Avance del trimestre");
  }

  @Test
  void returningAReportNeedsObservations() {
    assertThat(ReglasSeguimiento.decisionVerificacion("VERIFICAR", null)).isEqualTo("VERIFICAR");
    assertThat(ReglasSeguimiento.decisionVerificacion("DEVOLVER", "Falta el acta")).isEqualTo("DEVOLVER");
    assertThatThrownBy(() -> ReglasSeguimiento.decisionVerificacion("DEVOLVER", " "))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("observaciones");
    assertThatThrownBy(() -> ReglasSeguimiento.decisionVerificacion(null, null)).isInstanceOf(ValidacionException.class);
    assertThatThrownBy(() -> ReglasSeguimiento.decisionVerificacion("APROBAR", null)).isInstanceOf(ValidacionException.class);
  }

  @Test
  void theEvaluationNeedsTheThreeScalesAndAComment() {
    var evaluacion =
        ReglasSeguimiento.evaluacion(
            Evaluacion.Potencial.SUSTANCIAL, Evaluacion.Cumplimiento.COMPLETO, Evaluacion.AperturaGobierno.SOBRESALIENTE,
            " Cumplió ", " ");

    assertThat(evaluacion.potencial()).isEqualTo(Evaluacion.Potencial.SUSTANCIAL);
    assertThat(evaluacion.cumplimiento()).isEqualTo(Evaluacion.Cumplimiento.COMPLETO);
    assertThat(evaluacion.abrioGobierno()).isEqualTo(Evaluacion.AperturaGobierno.SOBRESALIENTE);
    assertThat(evaluacion.comentario()).isEqualTo("Cumplió");
    assertThat(evaluacion.evidencia()).isNull();
    assertThatThrownBy(
            () -> ReglasSeguimiento.evaluacion(null, Evaluacion.Cumplimiento.COMPLETO, Evaluacion.AperturaGobierno.MARGINAL, "c", null))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("El campo «Potencial de resultados» es obligatorio.");
    assertThatThrownBy(
            () ->
                formularios.leer(
                    Map.of("potencial", "MODESTO", "cumplimiento", "A_MEDIAS", "abrioGobierno", "MARGINAL", "comentario", "c"),
                    FormularioEvaluarCompromiso.class))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("«Nivel de cumplimiento»: la opción «A_MEDIAS» no es válida.");
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.evaluacion(
                    Evaluacion.Potencial.MODESTO, Evaluacion.Cumplimiento.LIMITADO, Evaluacion.AperturaGobierno.MARGINAL, "", null))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Comentario");
  }

  @Test
  void theScalesHaveSpanishLabels() {
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.AperturaGobierno.EMPEORO)).isEqualTo("Empeoró");
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.AperturaGobierno.NO_CAMBIO)).isEqualTo("No cambió");
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.Cumplimiento.SIN_EVIDENCIA)).isEqualTo("Sin evidencia");
    assertThat(ReglasSeguimiento.etiqueta(Hito.EstadoHito.EN_PROCESO)).isEqualTo("En proceso");
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.Cumplimiento.NO_INICIADO)).isEqualTo("No iniciado");
    assertThat(ReglasSeguimiento.etiqueta(ReporteAvance.EstadoReporte.DEVUELTO)).isEqualTo("devuelto a la dependencia");
    // every value of every scale and state has its label in messages.properties
    for (Class<? extends Enum<?>> tipo :
        List.of(
            Hito.EstadoHito.class, ReporteAvance.EstadoReporte.class, Evaluacion.Potencial.class,
            Evaluacion.Cumplimiento.class, Evaluacion.AperturaGobierno.class)) {
      for (Enum<?> valor : tipo.getEnumConstants()) {
        assertThat(ReglasSeguimiento.etiqueta(valor)).as(valor.toString()).isNotBlank().doesNotContain("_");
      }
    }
  }
}
