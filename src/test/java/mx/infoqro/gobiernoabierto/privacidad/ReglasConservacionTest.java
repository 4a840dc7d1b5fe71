package mx.infoqro.gobiernoabierto.privacidad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReglasConservacionTest {

  @Test
  void thePeriodIsWrittenInSpanishWords() {
    assertThat(ReglasConservacion.enPalabras(Period.parse("P2Y"))).isEqualTo("2 años");
    assertThat(ReglasConservacion.enPalabras(Period.parse("P1Y"))).isEqualTo("1 año");
    assertThat(ReglasConservacion.enPalabras(Period.parse("P1Y6M"))).isEqualTo("1 año y 6 meses");
    assertThat(ReglasConservacion.enPalabras(Period.parse("P1Y2M3D"))).isEqualTo("1 año, 2 meses y 3 días");
    assertThat(ReglasConservacion.enPalabras(Period.parse("P1M"))).isEqualTo("1 mes");
    assertThat(ReglasConservacion.enPalabras(Period.parse("P90D"))).isEqualTo("90 días");
  }

  @Test
  void theLimitIsNowMinusThePeriodInTheCommissionsCalendar() {
    ZonedDateTime ahora = ZonedDateTime.of(2028, 2, 29, 3, 0, 0, 0, ZoneId.of("America/Mexico_City"));
    assertThat(ReglasConservacion.limite(ahora, Period.ofYears(2)))
        .isEqualTo(ZonedDateTime.of(2026, 2, 28, 3, 0, 0, 0, ZoneId.of("America/Mexico_City")).toInstant());
  }

  @Test
  void aZeroOrNegativePeriodIsAConfigurationError() {
    assertThatThrownBy(() -> ReglasConservacion.limite(ZonedDateTime.now(), Period.ZERO))
        .hasMessageContaining("gobierno-abierto.privacidad.conservacion");
    assertThatThrownBy(() -> ReglasConservacion.limite(ZonedDateTime.now(), Period.ofYears(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
