package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.RedaccionCompromisos.CompromisoPropuesto;
import org.junit.jupiter.api.Test;

class FormularioBorradoresTest {

  private static Map<String, Object> fila(Object... claveValor) {
    Map<String, Object> fila = new HashMap<>();
    for (int i = 0; i < claveValor.length; i += 2) {
      fila.put((String) claveValor[i], claveValor[i + 1]);
    }
    return fila;
  }

  @Test
  void draftsAreReadWithNestedMilestonesValuesAndProposals() {
    Map<String, Object> compromiso =
        fila(
            CAMPO_TITULO, "Padrón de pozos", CAMPO_PROBLEMA, "Opacidad", CAMPO_DESCRIPCION, "Publicar el padrón",
            CAMPO_VALORES, List.of("TRANSPARENCIA", "RENDICION_DE_CUENTAS"), CAMPO_SUJETO_RESPONSABLE_ID, "7",
            CAMPO_FECHA_INICIO, "2027-01-15", CAMPO_FECHA_FIN, "2027-12-15", CAMPO_PROPUESTAS_ATENDIDAS, List.of("4", "#5"),
            CAMPO_HITOS,
            List.of(
                fila(CAMPO_DESCRIPCION, "Línea base", CAMPO_FECHA_INICIO, null, CAMPO_FECHA_FIN, "2027-03-31"),
                fila(CAMPO_DESCRIPCION, null, CAMPO_PRODUCTO_ESPERADO, "", CAMPO_FECHA_INICIO, null, CAMPO_FECHA_FIN, null)));
    Map<String, Object> vacio =
        fila(CAMPO_TITULO, null, CAMPO_VALORES, List.of(), CAMPO_HITOS, List.of(fila(CAMPO_DESCRIPCION, null)));

    List<CompromisoPropuesto> leidos = FormularioBorradores.compromisos(List.of(compromiso, vacio));

    assertThat(leidos).hasSize(1);
    CompromisoPropuesto c = leidos.get(0);
    assertThat(c.propuestaIds()).containsExactly(4L, 5L);
    assertThat(c.borrador().sujetoResponsableId()).isEqualTo(7L);
    assertThat(c.borrador().valores())
        .containsExactlyInAnyOrder(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.RENDICION_DE_CUENTAS);
    assertThat(c.borrador().fechaFin()).isEqualTo(LocalDate.of(2027, 12, 15));
    assertThat(c.borrador().hitos())
        .singleElement()
        .satisfies(h -> assertThat(h.fechaFin()).isEqualTo(LocalDate.of(2027, 3, 31)));
  }


  @Test
  void malformedDraftValuesFailWithTheirPlace() {
    assertThatThrownBy(() -> FormularioBorradores.compromisos(
            List.of(fila(CAMPO_TITULO, "T", CAMPO_FECHA_INICIO, "15/01/2027"))))
        .hasMessage("La fecha «Compromiso 1: fecha de inicio» no es válida: 15/01/2027.");
    assertThatThrownBy(() -> FormularioBorradores.compromisos(List.of(fila(CAMPO_TITULO, "T", CAMPO_VALORES, List.of("HONESTIDAD")))))
        .hasMessage("Compromiso 1: el valor de gobierno abierto «HONESTIDAD» no es válido.");
  }

}
