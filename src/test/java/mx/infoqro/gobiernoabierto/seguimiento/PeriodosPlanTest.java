package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodosPlanTest {

  private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

  @Test
  void aOneYearPlanIsReportedQuarterlyFromTheEndOfTheFirstQuarter() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 3);

    assertThat(plan.numeroPeriodos()).isEqualTo(4);
    assertThat(plan.cicloReporte(CDMX)).isEqualTo("R4/2027-03-31T09:00:00-06:00/P3M");
  }

  @Test
  void cutOffDatesAreTheLastDayOfEachPeriod() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 3);

    assertThat(plan.fechaCorte(1)).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(plan.fechaCorte(2)).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(plan.fechaCorte(3)).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(plan.fechaCorte(4)).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void aCutOffBeyondThePlanIsThePlansLastDay() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 3);

    assertThat(plan.fechaCorte(5)).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void aTrailingPartialPeriodIsLeftToTheFinalEvaluation() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 15), 3);

    assertThat(plan.numeroPeriodos()).isEqualTo(4);
  }

  @Test
  void aPlanThatStartsMidMonthCutsOnTheDayBeforeTheMonthlyAnniversary() {
    var plan = new PeriodosPlan(LocalDate.of(2026, 8, 15), LocalDate.of(2027, 8, 14), 6);

    assertThat(plan.numeroPeriodos()).isEqualTo(2);
    assertThat(plan.cicloReporte(CDMX)).isEqualTo("R2/2027-02-14T09:00:00-06:00/P6M");
    assertThat(plan.fechaCorte(2)).isEqualTo(LocalDate.of(2027, 8, 14));
  }

  @Test
  void aPlanShorterThanOnePeriodIsReportedOnceOnItsLastDay() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28), 3);

    assertThat(plan.numeroPeriodos()).isEqualTo(1);
    assertThat(plan.cicloReporte(CDMX)).isEqualTo("R1/2027-02-28T09:00:00-06:00/P3M");
  }

  @Test
  void mexicoCityHasNoDaylightSavingTimeAnymore() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), 3);

    assertThat(plan.cicloReporte(CDMX)).isEqualTo("R4/2027-06-30T09:00:00-06:00/P3M");
  }

  @Test
  void theCycleIsWrittenInTheGivenZone() {
    var plan = new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 1);

    assertThat(plan.numeroPeriodos()).isEqualTo(12);
    assertThat(plan.cicloReporte(ZoneId.of("America/Cancun"))).isEqualTo("R12/2027-01-31T09:00:00-05:00/P1M");
  }

  @Test
  void aPlanNeedsConsistentDatesAndAPeriod() {
    assertThatThrownBy(() -> new PeriodosPlan(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PeriodosPlan(null, LocalDate.of(2027, 1, 1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PeriodosPlan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
