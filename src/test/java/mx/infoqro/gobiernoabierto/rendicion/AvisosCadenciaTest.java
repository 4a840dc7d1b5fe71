package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.AvisosCadencia.Nivel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvisosCadenciaTest {

  private static final LocalDate FIRMA = LocalDate.of(2026, 1, 15);
  private final AvisosCadencia avisos = new AvisosCadencia(new PropiedadesEstandares(5, 6, 14, 2));

  @Test
  void theForumWarnsComisionAfterFiveMonthsAndPlenoAfterSix() {
    LocalDate sesion = FIRMA.plusMonths(1);
    assertThat(avisos.cadencia(sesion, FIRMA, sesion.plusMonths(5))).isEqualTo(NINGUNO);
    assertThat(avisos.cadencia(sesion, FIRMA, sesion.plusMonths(5).plusDays(1))).isEqualTo(COMISION);
    assertThat(avisos.cadencia(sesion, FIRMA, sesion.plusMonths(6))).isEqualTo(COMISION);
    assertThat(avisos.cadencia(sesion, FIRMA, sesion.plusMonths(6).plusDays(1))).isEqualTo(PLENO);
  }

  @Test
  void withoutAnyMeetingOrPublicationTheWatchCountsFromTheSignedPlan() {
    assertThat(avisos.cadencia(null, FIRMA, FIRMA)).isEqualTo(NINGUNO);
    assertThat(avisos.cadencia(null, FIRMA, FIRMA.plusMonths(5).plusDays(1))).isEqualTo(COMISION);
    // a meeting before the plan was signed counts from the signature too
    assertThat(avisos.cadencia(FIRMA.minusMonths(3), FIRMA, FIRMA.plusMonths(5))).isEqualTo(NINGUNO);
  }

  @Test
  void theWatchLooksAgainTheDayTheWarningWouldChange() {
    assertThat(avisos.proximaRevision(null, FIRMA, FIRMA)).isEqualTo(FIRMA.plusMonths(5).plusDays(1));
    assertThat(avisos.proximaRevision(null, FIRMA, FIRMA.plusMonths(5).plusDays(1))).isEqualTo(FIRMA.plusMonths(6).plusDays(1));
    assertThat(avisos.proximaRevision(null, FIRMA, FIRMA.plusMonths(6).plusDays(1))).isNull();
    // a session held moves the next look forward
    LocalDate sesion = FIRMA.plusMonths(5).plusDays(3);
    assertThat(avisos.proximaRevision(sesion, FIRMA, sesion)).isEqualTo(sesion.plusMonths(5).plusDays(1));
  }

  @Test
  void aPlanYearPastItsHalfWithFewerThanTwoMeetingsWarnsComision() {
    LocalDate fin = FIRMA.plusYears(2).minusDays(1);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(), FIRMA.plusMonths(5))).isEqualTo(NINGUNO);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(FIRMA.plusMonths(1)), FIRMA.plusMonths(7))).isEqualTo(COMISION);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(FIRMA.plusMonths(1), FIRMA.plusMonths(2)), FIRMA.plusMonths(7)))
        .isEqualTo(NINGUNO);
    assertThat(avisos.reunionesImplementacion(FIRMA, fin, List.of(FIRMA.plusMonths(1)), FIRMA.plusMonths(13))).isEqualTo(PLENO);
  }
}
