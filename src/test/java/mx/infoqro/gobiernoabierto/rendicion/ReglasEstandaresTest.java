package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.ReglasEstandares.EstadoEstandar.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReglasEstandaresTest {

  private static final LocalDate D = LocalDate.of(2026, 1, 15);

  @Test
  void aCadenceIsMetUpToFiveMonthsAtRiskUpToSixAndNotMetAfterOrWithoutAny() {
    assertThat(ReglasEstandares.cadencia(D, D, 5, 6)).isEqualTo(CUMPLIDO);
    assertThat(ReglasEstandares.cadencia(D, D.plusMonths(5), 5, 6)).isEqualTo(CUMPLIDO);
    assertThat(ReglasEstandares.cadencia(D, D.plusMonths(5).plusDays(1), 5, 6)).isEqualTo(EN_RIESGO);
    assertThat(ReglasEstandares.cadencia(D, D.plusMonths(6), 5, 6)).isEqualTo(EN_RIESGO);
    assertThat(ReglasEstandares.cadencia(D, D.plusMonths(6).plusDays(1), 5, 6)).isEqualTo(NO_CUMPLIDO);
    assertThat(ReglasEstandares.cadencia(null, D, 5, 6)).isEqualTo(NO_CUMPLIDO);
  }

  @Test
  void theTimelineIsMetWhenPublishedFourteenDaysAheadOfCoCreation() {
    LocalDate inicio = D.plusDays(14);
    assertThat(ReglasEstandares.calendarioAnticipado(D, inicio, D, 14)).isEqualTo(CUMPLIDO);
    assertThat(ReglasEstandares.calendarioAnticipado(D.plusDays(1), inicio, D.plusDays(1), 14)).isEqualTo(NO_CUMPLIDO);
    // not yet published: at risk while there is still time, not met when there is none
    assertThat(ReglasEstandares.calendarioAnticipado(null, inicio, D, 14)).isEqualTo(EN_RIESGO);
    assertThat(ReglasEstandares.calendarioAnticipado(null, inicio, D.plusDays(1), 14)).isEqualTo(NO_CUMPLIDO);
    assertThat(ReglasEstandares.calendarioAnticipado(null, null, D, 14)).isEqualTo(PENDIENTE);
  }

  @Test
  void everyProposalAnsweredWithinItsDeadlineMeetsTheStandard() {
    assertThat(ReglasEstandares.respuestas(0, 0, 0)).isEqualTo(PENDIENTE);
    assertThat(ReglasEstandares.respuestas(3, 3, 0)).isEqualTo(CUMPLIDO);
    assertThat(ReglasEstandares.respuestas(3, 2, 1)).isEqualTo(EN_RIESGO);
    assertThat(ReglasEstandares.respuestas(3, 2, 0)).isEqualTo(NO_CUMPLIDO);
  }

  @Test
  void implementationNeedsTwoMeetingsInEachPlanYear() {
    LocalDate inicio = LocalDate.of(2026, 1, 1);
    LocalDate fin = LocalDate.of(2027, 12, 31);
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, List.of(), inicio.minusDays(1), 2)).isEqualTo(PENDIENTE);
    // first half of the first year without meetings: pending; past its half: at risk
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, List.of(), LocalDate.of(2026, 7, 1), 2)).isEqualTo(PENDIENTE);
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, List.of(LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 7, 3), 2))
        .isEqualTo(EN_RIESGO);
    List<LocalDate> dos = List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, dos, LocalDate.of(2026, 9, 2), 2)).isEqualTo(CUMPLIDO);
    // the first year closed with one meeting: not met for the rest of the plan
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, List.of(LocalDate.of(2026, 3, 1)), LocalDate.of(2027, 1, 1), 2))
        .isEqualTo(NO_CUMPLIDO);
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, dos, LocalDate.of(2027, 1, 1), 2)).isEqualTo(PENDIENTE);
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, dos, LocalDate.of(2028, 1, 1), 2)).isEqualTo(NO_CUMPLIDO);
  }

  @Test
  void aPlanOfExactlyOneYearIsOneYearNotOneAndADay() {
    // the demo's plan: 22/11/2025 to 22/11/2026, its last day inclusive
    LocalDate inicio = LocalDate.of(2025, 11, 22);
    LocalDate fin = LocalDate.of(2026, 11, 22);
    List<LocalDate> dos = List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 27));
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, dos, LocalDate.of(2026, 12, 8), 2)).isEqualTo(CUMPLIDO);
    // a meeting on the plan's last day counts in its year
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, List.of(LocalDate.of(2026, 3, 4), fin), LocalDate.of(2026, 12, 8), 2))
        .isEqualTo(CUMPLIDO);
    assertThat(ReglasEstandares.reunionesImplementacion(inicio, fin, List.of(LocalDate.of(2026, 3, 4)), LocalDate.of(2026, 12, 8), 2))
        .isEqualTo(NO_CUMPLIDO);
  }
}
