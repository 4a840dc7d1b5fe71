package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiasHabilesTest {

  private final DiasHabiles calendario = new DiasHabiles(List.of());

  @Test
  void weekendsAreNotBusinessDays() {
    assertThat(calendario.esHabil(LocalDate.of(2026, 11, 28))).isFalse(); // sábado
    assertThat(calendario.esHabil(LocalDate.of(2026, 11, 29))).isFalse(); // domingo
    assertThat(calendario.esHabil(LocalDate.of(2026, 11, 24))).isTrue(); // martes
  }

  @Test
  void officialHolidaysOfArticle74AreNotBusinessDays() {
    assertThat(calendario.esHabil(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendario.esHabil(LocalDate.of(2027, 2, 1))).isFalse(); // primer lunes de febrero
    assertThat(calendario.esHabil(LocalDate.of(2027, 3, 15))).isFalse(); // tercer lunes de marzo
    assertThat(calendario.esHabil(LocalDate.of(2027, 5, 1))).isFalse();
    assertThat(calendario.esHabil(LocalDate.of(2026, 9, 16))).isFalse();
    assertThat(calendario.esHabil(LocalDate.of(2026, 11, 16))).isFalse(); // tercer lunes de noviembre
    assertThat(calendario.esHabil(LocalDate.of(2026, 12, 25))).isFalse();
    assertThat(calendario.esHabil(LocalDate.of(2030, 10, 1))).isFalse(); // transmisión del Poder Ejecutivo
    assertThat(calendario.esHabil(LocalDate.of(2026, 10, 1))).isTrue();
  }

  @Test
  void countingSkipsTheStartDayWeekendsAndHolidays() {
    // Viernes 13 de noviembre de 2026 + 1 día hábil: lunes 16 es feriado, martes 17
    assertThat(calendario.sumar(LocalDate.of(2026, 11, 13), 1)).isEqualTo(LocalDate.of(2026, 11, 17));
    // 20 días hábiles desde el 1 de diciembre de 2026 cruzan el 25 de diciembre
    assertThat(calendario.sumar(LocalDate.of(2026, 12, 1), 20)).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(calendario.sumar(LocalDate.of(2026, 12, 1), 0)).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void theCommissionsOwnNonWorkingDaysAreSkippedToo() {
    DiasHabiles conVacaciones = new DiasHabiles(List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29)));
    assertThat(conVacaciones.sumar(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void negativeDaysAreRejected() {
    assertThatThrownBy(() -> calendario.sumar(LocalDate.of(2026, 1, 5), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
