package mx.infoqro.gobiernoabierto.comun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatosContactoTest {

  @Test
  void emailsAndPhonesAreHiddenButDatesFoliosAndFiguresStay() {
    assertThat(DatosContacto.ocultar("Escriba a ana.lopez@example.org o llame al 442 123 4567."))
        .isEqualTo("Escriba a [dato de contacto omitido] o llame al [dato de contacto omitido].");
    assertThat(DatosContacto.ocultar("Tel. (442) 555-0106, +52 442 555 0102")).doesNotContain("555");
    assertThat(DatosContacto.ocultar("Del 2025-01-31 al 2026-01-31, folio EGA-2026-C-003, 1,250 personas y 42 clínicas."))
        .isEqualTo("Del 2025-01-31 al 2026-01-31, folio EGA-2026-C-003, 1,250 personas y 42 clínicas.");
    assertThat(DatosContacto.ocultar(null)).isNull();
  }

  @Test
  void anAddressWithoutDigitsAndAPhoneWithoutAnAddressAreHiddenToo() {
    assertThat(DatosContacto.ocultar("Correo: ana@ejemplo.mx")).isEqualTo("Correo: [dato de contacto omitido]");
    assertThat(DatosContacto.ocultar("Llame al 4421234567")).isEqualTo("Llame al [dato de contacto omitido]");
    assertThat(DatosContacto.ocultar("Nueve dígitos 123 456 789 no son un teléfono")).contains("123 456 789");
  }
}
