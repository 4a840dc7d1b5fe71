package mx.infoqro.gobiernoabierto.registro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.registro.ReglasEstadistica.Celda;
import org.junit.jupiter.api.Test;

class ReglasEstadisticaTest {

  @Test
  void cellsOfOneOrTwoPeopleAreHiddenAndZeroIsShown() {
    List<Celda> celdas = ReglasEstadistica.publicar(cuentas("A", 5, "B", 2, "C", 0, "D", 1), false);
    assertThat(celdas).extracting(Celda::personas).containsExactly(5, null, 0, null);
    assertThat(celdas).extracting(Celda::menosDe3).containsExactly(false, true, false, true);
    assertThat(ReglasEstadistica.total(2).menosDe3()).isTrue();
    assertThat(ReglasEstadistica.total(3).personas()).isEqualTo(3);
  }

  @Test
  void aSingleHiddenCellOfADimensionThatAddsUpToTheTotalHidesTheNextSmallestToo() {
    List<Celda> celdas = ReglasEstadistica.publicar(cuentas("A", 10, "B", 2, "C", 4, "D", 0), true);
    assertThat(celdas).extracting(Celda::personas).containsExactly(10, null, null, 0);
    assertThat(celdas.get(2).reservada()).isTrue();
    assertThat(celdas.get(2).menosDe3()).isFalse();
    // axes do not add up to the total: no complementary suppression
    assertThat(ReglasEstadistica.publicar(cuentas("A", 10, "B", 2, "C", 4), false)).extracting(Celda::personas).containsExactly(10, null, 4);
    // two hidden cells already protect each other
    assertThat(ReglasEstadistica.publicar(cuentas("A", 10, "B", 2, "C", 1), true)).extracting(Celda::personas).containsExactly(10, null, null);
  }

  private static Map<String, Integer> cuentas(Object... pares) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < pares.length; i += 2) {
      m.put((String) pares[i], (Integer) pares[i + 1]);
    }
    return m;
  }
}
