package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.AvanceCapturado;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.EvidenciaCapturada;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.HitoResumen;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;

class ReglasSeguimientoTest {

  private static final List<HitoResumen> HITOS =
      List.of(new HitoResumen(10L, "Primer hito"), new HitoResumen(20L, "Segundo hito"));

  private static Map<String, Object> fila(Object... claveValor) {
    Map<String, Object> fila = new HashMap<>();
    for (int i = 0; i < claveValor.length; i += 2) {
      fila.put((String) claveValor[i], claveValor[i + 1]);
    }
    return fila;
  }

  @Test
  void milestoneRowsAreMatchedByPositionWhenTheFormSendsNoId() {
    var avances =
        ReglasSeguimiento.avances(
            List.of(fila("estado", "EN_PROCESO", "porcentaje", 40), fila("estado", "NO_INICIADO", "porcentaje", 0.0)),
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
            List.of(
                fila("hitoId", 20, "estado", "RETRASADO", "porcentaje", "10", "comentario", " Falta presupuesto "),
                fila("hitoId", 10, "estado", "COMPLETADO", "porcentaje", 100)),
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
                    List.of(fila("estado", "EN_PROCESO", "porcentaje", 101), fila("estado", "EN_PROCESO", "porcentaje", 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("entre 0 y 100")
        .hasMessageContaining("Primer hito");
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila("estado", "EN_PROCESO", "porcentaje", 5), fila("estado", "EN_PROCESO", "porcentaje", -1)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Segundo hito");
  }

  @Test
  void aPercentageMustBeAWholeNumber() {
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila("estado", "EN_PROCESO", "porcentaje", 40.5), fila("estado", "EN_PROCESO", "porcentaje", 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("número entero");
  }

  @Test
  void everyMilestoneNeedsAStatusAndAPercentage() {
    assertThatThrownBy(
            () -> ReglasSeguimiento.avances(List.of(fila("porcentaje", 5), fila("estado", "EN_PROCESO", "porcentaje", 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("estado del hito «Primer hito»");
    assertThatThrownBy(
            () -> ReglasSeguimiento.avances(List.of(fila("estado", "EN_PROCESO"), fila("estado", "EN_PROCESO", "porcentaje", 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("porcentaje");
    assertThatThrownBy(
            () -> ReglasSeguimiento.avances(List.of(fila("estado", "TERMINADO", "porcentaje", 5), fila("estado", "EN_PROCESO", "porcentaje", 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("no es válido");
  }

  @Test
  void aCompletedMilestoneIsAtOneHundredPercent() {
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(fila("estado", "COMPLETADO", "porcentaje", 90), fila("estado", "EN_PROCESO", "porcentaje", 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("100 %");
  }

  @Test
  void theReportCoversExactlyTheCommitmentsMilestones() {
    assertThatThrownBy(() -> ReglasSeguimiento.avances(List.of(fila("estado", "EN_PROCESO", "porcentaje", 5)), HITOS))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("2 hitos");
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(
                        fila("hitoId", 10, "estado", "EN_PROCESO", "porcentaje", 5),
                        fila("hitoId", 10, "estado", "EN_PROCESO", "porcentaje", 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class);
    assertThatThrownBy(
            () ->
                ReglasSeguimiento.avances(
                    List.of(
                        fila("hitoId", 99, "estado", "EN_PROCESO", "porcentaje", 5),
                        fila("hitoId", 10, "estado", "EN_PROCESO", "porcentaje", 5)),
                    HITOS))
        .isInstanceOf(ValidacionException.class);
  }

  @Test
  void evidenceLinksMustBeHttpOrHttpsAddresses() {
    assertThat(
            ReglasSeguimiento.evidencias(
                List.of(
                    fila("descripcion", "Minuta", "url", "https://example.org/minuta.pdf"),
                    fila("descripcion", "Tablero", "url", "http://datos.example.org/tablero?x=1"))))
        .containsExactly(
            new EvidenciaCapturada("Minuta", "https://example.org/minuta.pdf"),
            new EvidenciaCapturada("Tablero", "http://datos.example.org/tablero?x=1"));
    for (String mala : List.of("www.example.org/minuta.pdf", "ftp://example.org/a", "javascript:alert(1)", "https://", "https://exa mple.org")) {
      assertThatThrownBy(() -> ReglasSeguimiento.evidencias(List.of(fila("descripcion", "Minuta", "url", mala))))
          .as(mala)
          .isInstanceOf(ValidacionException.class)
          .hasMessageContaining("http://");
    }
  }

  @Test
  void emptyEvidenceRowsAreIgnoredButHalfFilledOnesAreNot() {
    assertThat(ReglasSeguimiento.evidencias(List.of(fila(), fila("descripcion", " ", "url", "")))).isEmpty();
    assertThatThrownBy(() -> ReglasSeguimiento.evidencias(List.of(fila("url", "https://example.org"))))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Describa");
    assertThatThrownBy(() -> ReglasSeguimiento.evidencias(List.of(fila("descripcion", "Minuta"))))
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
    var evaluacion = ReglasSeguimiento.evaluacion("SUSTANCIAL", "COMPLETO", "SOBRESALIENTE", " Cumplió ", " ");

    assertThat(evaluacion.potencial()).isEqualTo(Evaluacion.Potencial.SUSTANCIAL);
    assertThat(evaluacion.cumplimiento()).isEqualTo(Evaluacion.Cumplimiento.COMPLETO);
    assertThat(evaluacion.abrioGobierno()).isEqualTo(Evaluacion.AperturaGobierno.SOBRESALIENTE);
    assertThat(evaluacion.comentario()).isEqualTo("Cumplió");
    assertThat(evaluacion.evidencia()).isNull();
    assertThatThrownBy(() -> ReglasSeguimiento.evaluacion(null, "COMPLETO", "MARGINAL", "c", null))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Potencial");
    assertThatThrownBy(() -> ReglasSeguimiento.evaluacion("MODESTO", "A_MEDIAS", "MARGINAL", "c", null))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("no es válido");
    assertThatThrownBy(() -> ReglasSeguimiento.evaluacion("MODESTO", "LIMITADO", "MARGINAL", "", null))
        .isInstanceOf(ValidacionException.class)
        .hasMessageContaining("Comentario");
  }

  @Test
  void theScalesHaveSpanishLabels() {
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.AperturaGobierno.EMPEORO)).isEqualTo("Empeoró");
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.AperturaGobierno.NO_CAMBIO)).isEqualTo("No cambió");
    assertThat(ReglasSeguimiento.etiqueta(Evaluacion.Cumplimiento.SIN_EVIDENCIA)).isEqualTo("Sin evidencia");
    assertThat(ReglasSeguimiento.etiqueta(Hito.EstadoHito.EN_PROCESO)).isEqualTo("En proceso");
  }
}
