package mx.infoqro.gobiernoabierto.compromiso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion.Cumplimiento;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import org.junit.jupiter.api.Test;

class ReglasAvanceTest {

  private static final LocalDate HOY = LocalDate.of(2026, 11, 26);

  @Test
  void progressIsTheMeanOfTheMilestonesRoundedDownButAnyProgressShowsAtLeastOnePercent() {
    assertThat(ReglasAvance.avance(List.of())).isZero();
    assertThat(ReglasAvance.avance(List.of(100, 40))).isEqualTo(70);
    assertThat(ReglasAvance.avance(List.of(100, 100, 99))).isEqualTo(99);
    assertThat(ReglasAvance.avance(List.of(1, 0, 0, 0))).isEqualTo(1);
    assertThat(ReglasAvance.avance(List.of(0, 0))).isZero();
    assertThat(ReglasAvance.avance(250, 3)).isEqualTo(ReglasAvance.avance(List.of(100, 100, 50)));
  }

  @Test
  void completionLevelsFollowTheIrmWordsAndTheConfiguredThreshold() {
    ReglasAvance reglas = ReglasAvance.POR_DEFECTO;
    assertThat(reglas.nivel(0)).isEqualTo(Cumplimiento.NO_INICIADO);
    assertThat(reglas.nivel(1)).isEqualTo(Cumplimiento.LIMITADO);
    assertThat(reglas.nivel(49)).isEqualTo(Cumplimiento.LIMITADO);
    assertThat(reglas.nivel(50)).isEqualTo(Cumplimiento.SUSTANCIAL);
    assertThat(reglas.nivel(99)).isEqualTo(Cumplimiento.SUSTANCIAL);
    assertThat(reglas.nivel(100)).isEqualTo(Cumplimiento.COMPLETO);
    assertThat(new ReglasAvance(60).nivel(55)).isEqualTo(Cumplimiento.LIMITADO);
    assertThatThrownBy(() -> new ReglasAvance(100)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMilestoneIsLateOnlyAfterItsEndDateAndWhileNotCompleted() {
    assertThat(ReglasAvance.conRetraso(HOY.minusDays(1), EstadoHito.EN_PROCESO, HOY)).isTrue();
    assertThat(ReglasAvance.conRetraso(HOY.minusDays(1), EstadoHito.COMPLETADO, HOY)).isFalse();
    assertThat(ReglasAvance.conRetraso(HOY, EstadoHito.NO_INICIADO, HOY)).isFalse();
    assertThat(ReglasAvance.conRetraso(null, HOY)).isFalse();
    assertThat(ReglasAvance.conRetraso(HOY.minusDays(3), HOY)).isTrue();
  }
}
