package mx.infoqro.gobiernoabierto.compromiso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;

/** The pure rules of a change request's process: who works it, how often the STL may return it. */
class ReglasCambioTest {

  @Test
  void theCommissionOrTheOneAgencyOfTheStarterWorksTheRequest() {
    assertThat(ReglasCambio.grupoSolicitante(List.of("so-salud", Grupos.COMISION))).isEqualTo(Grupos.COMISION);
    assertThat(ReglasCambio.grupoSolicitante(List.of(Grupos.STL, "so-salud"))).isEqualTo("so-salud");
    assertThatThrownBy(() -> ReglasCambio.grupoSolicitante(List.of(Grupos.FACILITADORES, Grupos.STL)))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("Solo la Comisión o el enlace de un sujeto obligado");
    assertThatThrownBy(() -> ReglasCambio.grupoSolicitante(List.of("so-salud", "so-movilidad")))
        .as("a liaison of two agencies: which one asks is not known")
        .isInstanceOf(ValidacionException.class);
  }

  @Test
  void theStlReturnsARequestAtMostTwiceAndAlwaysWithObservations() {
    ReglasCambio.puedeDevolver(0, "Explique el retraso");
    ReglasCambio.puedeDevolver(1, "Explique el retraso");
    assertThatThrownBy(() -> ReglasCambio.puedeDevolver(2, "Otra vez"))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("ya se devolvió 2 veces");
    assertThatThrownBy(() -> ReglasCambio.puedeDevolver(0, "  "))
        .isInstanceOf(ValidacionException.class).hasMessageContaining("observaciones");
  }
}
