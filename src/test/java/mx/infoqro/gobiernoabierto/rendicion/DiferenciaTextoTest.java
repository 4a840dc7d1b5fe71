package mx.infoqro.gobiernoabierto.rendicion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.infoqro.gobiernoabierto.rendicion.DiferenciaTexto.Diferencia;
import mx.infoqro.gobiernoabierto.rendicion.DiferenciaTexto.Fragmento;
import org.junit.jupiter.api.Test;

/** The word-by-word comparison of the versions page: what stays plain, what is marked, and that nothing is lost. No Spring. */
class DiferenciaTextoTest {

  @Test
  void aReplacedWordIsMarkedOnEachSideAndTheRestStaysPlain() {
    Diferencia d = DiferenciaTexto.de("El hito termina en marzo de 2026 con la publicación.", "El hito termina en agosto de 2026 con la publicación.");
    assertThat(d.antes()).containsExactly(
        new Fragmento("El hito termina en ", false), new Fragmento("marzo ", true), new Fragmento("de 2026 con la publicación.", false));
    assertThat(d.despues()).containsExactly(
        new Fragmento("El hito termina en ", false), new Fragmento("agosto ", true), new Fragmento("de 2026 con la publicación.", false));
  }

  @Test
  void anAdditionOnlyMarksTheNewTextAndIdenticalTextsMarkNothing() {
    Diferencia d = DiferenciaTexto.de("Publicar los datos.", "Publicar los datos. Con su diccionario y licencia.");
    assertThat(d.antes()).containsExactly(new Fragmento("Publicar los datos.", false));
    assertThat(d.despues()).containsExactly(new Fragmento("Publicar los datos. ", false), new Fragmento("Con su diccionario y licencia.", true));
    assertThat(DiferenciaTexto.de("Sin cambios, señor.", "Sin cambios, señor.").antes()).containsExactly(new Fragmento("Sin cambios, señor.", false));
    assertThat(DiferenciaTexto.de(null, "Nuevo").despues()).containsExactly(new Fragmento("Nuevo", true));
    assertThat(DiferenciaTexto.de(null, "Nuevo").antes()).isEmpty();
  }

  @Test
  void aShortCommonRunBetweenChangesIsPartOfTheChange() {
    Diferencia d = DiferenciaTexto.de("Red Ciudadana de Querétaro", "Comités comunitarios de agua");
    assertThat(d.antes()).containsExactly(new Fragmento("Red Ciudadana de Querétaro", true));
    assertThat(d.despues()).containsExactly(new Fragmento("Comités comunitarios de agua", true));
  }

  @Test
  void bothSidesPutTogetherAreTheTextsAsTheyWereEvenBeyondTheComparisonLimit() {
    String antes = "Primera línea del alcance.\nSegunda línea: señalética, rampas y guías táctiles.\n  Tercera línea con  dobles espacios.";
    String despues = "Primera línea del alcance ampliado.\nSegunda línea: señalética y guías táctiles en braille.\n  Tercera línea con  dobles espacios.";
    Diferencia d = DiferenciaTexto.de(antes, despues);
    assertThat(unir(d.antes())).isEqualTo(antes);
    assertThat(unir(d.despues())).isEqualTo(despues);
    assertThat(d.despues()).filteredOn(Fragmento::cambiado).extracting(Fragmento::texto).anySatisfy(t -> assertThat(t).contains("braille"));

    // 1,500 different words on each side: more cells than compared, marked whole, nothing lost
    String largoA = IntStream.range(0, 1500).mapToObj(i -> "a" + i).collect(Collectors.joining(" "));
    String largoB = IntStream.range(0, 1500).mapToObj(i -> "b" + i).collect(Collectors.joining(" "));
    Diferencia grande = DiferenciaTexto.de("Inicio común " + largoA + " fin común.", "Inicio común " + largoB + " fin común.");
    assertThat(grande.antes()).hasSize(3).extracting(Fragmento::cambiado).containsExactly(false, true, false);
    assertThat(unir(grande.antes())).isEqualTo("Inicio común " + largoA + " fin común.");
    assertThat(unir(grande.despues())).isEqualTo("Inicio común " + largoB + " fin común.");
  }

  private static String unir(List<Fragmento> fragmentos) {
    return fragmentos.stream().map(Fragmento::texto).collect(Collectors.joining());
  }
}
