package mx.infoqro.gobiernoabierto.privacidad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.DiasHabiles;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;

/** The rules of ARCO requests, without Spring. */
class ReglasArcoTest {

  private final DiasHabiles calendario = new DiasHabiles(List.of(LocalDate.of(2026, 11, 20)));

  @Test
  void deadlineIsTwentyBusinessDaysSkippingWeekendsHolidaysAndDeclaredDays() {
    // Monday 16 Nov (Revolución) and Friday 20 Nov (declared by the commission) do not count
    assertThat(ReglasArco.vencimiento(calendario, LocalDate.of(2026, 11, 9))).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(ReglasArco.recordatorio(calendario, LocalDate.of(2026, 11, 9))).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void extensionIsTenBusinessDaysFromTheOriginalDeadline() {
    // from Friday 18 Dec 2026: Christmas, New Year and the weekends do not count
    assertThat(ReglasArco.vencimientoProrrogado(calendario, LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(ReglasArco.recordatorioProrroga(calendario, LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aRequestNeedsAValidEmailARightAndADescription() {
    assertThatThrownBy(() -> ReglasArco.validarSolicitud("sin-arroba", DerechoArco.ACCESO, "x", null, null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("correo");
    assertThatThrownBy(() -> ReglasArco.validarSolicitud("a@b.mx", null, "x", null, null))
        .isInstanceOf(ValidacionException.class).hasMessage("Elija el derecho que desea ejercer.");
    assertThatThrownBy(() -> ReglasArco.validarSolicitud("a@b.mx", DerechoArco.ACCESO, " ", null, null))
        .isInstanceOf(ValidacionException.class);
    ReglasArco.validarSolicitud("a@b.mx", DerechoArco.ACCESO, "Mis datos", null, null);
  }

  @Test
  void rectificationNeedsTheDataAndOppositionTheProcessing() {
    assertThatThrownBy(() -> ReglasArco.validarSolicitud("a@b.mx", DerechoArco.RECTIFICACION, "x", null, null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("rectificar")
        .extracting(e -> ((ValidacionException) e).campo()).isEqualTo("datosRectificar");
    assertThatThrownBy(() -> ReglasArco.validarSolicitud("a@b.mx", DerechoArco.OPOSICION, "x", null, null))
        .isInstanceOf(ValidacionException.class).hasMessage("Elija el uso de sus datos al que se opone.")
        .extracting(e -> ((ValidacionException) e).campo()).isEqualTo("tratamiento");
    ReglasArco.validarSolicitud("a@b.mx", DerechoArco.OPOSICION, "x", null, TratamientoArco.COMUNICACIONES);
  }

  @Test
  void theExtensionIsOnceAndNeedsAReasonAndTheAnswerNeedsAText() {
    assertThatThrownBy(() -> ReglasArco.validarDecision("PRORROGAR", false, " ", null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("motivo");
    assertThatThrownBy(() -> ReglasArco.validarDecision("PRORROGAR", true, "Volumen", null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("una vez");
    assertThatThrownBy(() -> ReglasArco.validarDecision("RESPONDER", false, null, null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("respuesta");
    assertThatThrownBy(() -> ReglasArco.validarDecision(null, false, null, null))
        .isInstanceOf(ValidacionException.class);
    assertThat(ReglasArco.validarDecision("PRORROGAR", false, "Volumen", null)).isEqualTo("PRORROGAR");
    assertThat(ReglasArco.validarDecision("RESPONDER", true, null, "Listo")).isEqualTo("RESPONDER");
  }

  @Test
  void correctionsNeedAtLeastOneValueWithinTheColumnSizes() {
    assertThatThrownBy(() -> ReglasArco.validarCorrecciones(null, " ", null, null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("al menos un dato");
    assertThatThrownBy(() -> ReglasArco.validarCorrecciones(null, "abc", null, null))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("teléfono");
    assertThatThrownBy(() -> ReglasArco.validarCorrecciones("x".repeat(201), null, null, null))
        .isInstanceOf(ValidacionException.class).hasMessage("El nombre corregido admite hasta 200 caracteres.");
    assertThat(ReglasArco.validarCorrecciones(" Ana ", "442 123 4567", null, ""))
        .containsExactly(java.util.Map.entry("nombre", "Ana"), java.util.Map.entry("telefono", "442 123 4567"));
  }

  @Test
  void anAuthorNameIsPersonalWhenItContainsThePersonsName() {
    assertThat(ReglasArco.esAutoriaPersonal("Ana López (Colectivo)", "ana lópez")).isTrue();
    assertThat(ReglasArco.esAutoriaPersonal("Vecinos del barrio", "Ana López")).isFalse();
    assertThat(ReglasArco.correoAnonimo(7L)).isEqualTo("anonimo-7@anonimo.invalid");
  }
}
