package mx.infoqro.gobiernoabierto.compromiso;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReglasRedaccionTest {

  @Test
  void onlyIncorporatedProposalsOfTheTableFeedADraftAndEachOnlyOne() {
    Set<Long> incorporadas = Set.of(1L, 2L);
    Set<Long> todas = Set.of(1L, 2L, 3L);
    assertThatCode(() -> ReglasRedaccion.validarPropuestasAtendidas(incorporadas, todas, List.of(List.of(1L), List.of(2L), List.of())))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ReglasRedaccion.validarPropuestasAtendidas(incorporadas, todas, List.of(List.of(3L))))
        .hasMessage("Compromiso 1: la propuesta #3 no se respondió como incorporada a un compromiso.");
    assertThatThrownBy(() -> ReglasRedaccion.validarPropuestasAtendidas(incorporadas, todas, List.of(List.of(1L), List.of(1L))))
        .hasMessage("Compromiso 2: la propuesta #1 ya alimenta otro compromiso.");
    assertThatThrownBy(() -> ReglasRedaccion.validarPropuestasAtendidas(incorporadas, todas, List.of(List.of(8L))))
        .hasMessage("Compromiso 1: la propuesta #8 no es de esta mesa.");
  }

}
