package mx.infoqro.gobiernoabierto.mesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import org.junit.jupiter.api.Test;

class ReglasSesionStlTest {

  private static final OffsetDateTime AHORA = OffsetDateTime.parse("2026-03-02T10:00:00-06:00");
  private static final Map<SectorStl, Long> INTEGRANTES =
      Map.of(SectorStl.COMISION, 1L, SectorStl.GOBIERNO, 2L, SectorStl.SOCIEDAD_CIVIL, 2L);

  private static FormularioRegistrarSesionStl asistencia(Integer c, Integer g, Integer s) {
    return FormularioRegistrarSesionStl.registro(c, g, s, "Lista", null, "Acta");
  }

  @Test
  void quorumNeedsTheThreePartiesPresent() {
    assertThat(ReglasSesionStl.quorum(asistencia(1, 1, 1))).isTrue();
    assertThat(ReglasSesionStl.quorum(asistencia(1, 2, 2))).isTrue();
    assertThat(ReglasSesionStl.quorum(asistencia(0, 2, 2))).isFalse();
    assertThat(ReglasSesionStl.quorum(asistencia(1, 0, 2))).isFalse();
    assertThat(ReglasSesionStl.quorum(asistencia(1, 2, 0))).isFalse();
  }

  @Test
  void attendanceIsGivenForEachPartyAndNeverAboveItsMembers() {
    assertThatCode(() -> ReglasSesionStl.validarRegistro(asistencia(0, 2, 2), INTEGRANTES)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasSesionStl.validarRegistro(asistencia(null, 1, 1), INTEGRANTES))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("la Comisión");
    assertThatThrownBy(() -> ReglasSesionStl.validarRegistro(asistencia(1, 1, 3), INTEGRANTES))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("Asistentes de la sociedad civil: 3, pero el STL tiene 2 integrantes de esa parte.");
    assertThatThrownBy(() -> ReglasSesionStl.validarRegistro(
            FormularioRegistrarSesionStl.registro(1, 1, 1, "Lista", null, "  "), INTEGRANTES))
        .hasMessage("Escriba el acta de la sesión.");
  }

  @Test
  void aSessionIsInTheFutureWithAPlaceOrLinkAndAnAgenda() {
    assertThatCode(() -> ReglasSesionStl.validarProgramacion(
            FormularioProgramarSesionStl.programar(1L, AHORA.plusDays(1), null, "https://reunion.example.mx", "Orden"), AHORA))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasSesionStl.validarProgramacion(
            FormularioProgramarSesionStl.programar(1L, AHORA, "Sala", null, "Orden"), AHORA))
        .hasMessageContaining("futura");
    assertThatThrownBy(() -> ReglasSesionStl.validarProgramacion(
            FormularioProgramarSesionStl.programar(1L, AHORA.plusDays(1), null, null, "Orden"), AHORA))
        .hasMessageContaining("lugar o el enlace");
    assertThatThrownBy(() -> ReglasSesionStl.validarProgramacion(
            FormularioProgramarSesionStl.programar(1L, AHORA.plusDays(1), "Sala", null, " "), AHORA))
        .hasMessage("Escriba el orden del día de la sesión.");
  }
}
