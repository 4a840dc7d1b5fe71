package mx.infoqro.gobiernoabierto.compromiso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.BorradorCompromisoService.BorradorHito;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.RedaccionCompromisos.CompromisoPropuesto;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * The commitments' forms read and written through their records (the kernel's reading of
 * forms/*.form, without the engine): nested milestones, values and proposals; malformed values
 * refused with their place; dates and ids written as form-js reads them.
 */
class FormulariosCompromisoTest {

  private final Formularios formularios =
      new Formularios(
          new GobiernoAbiertoProperties(ZoneId.of("America/Mexico_City"), 3, 10, 10, 7, 3, 3, 15, 10, 10, 7, List.of()));

  private static Object json(String texto) {
    return SpinValues.jsonValue(texto).create().getValue();
  }

  /** A Json variable's text, as stored. */
  private static String serializado(Object variable) {
    return ((SerializableValue) variable).getValueSerialized();
  }

  private FormularioRedactarCompromisos redactar(String compromisos) {
    return formularios.leer(Map.of("compromisos", json(compromisos)), FormularioRedactarCompromisos.class);
  }

  @Test
  void draftsAreReadWithNestedMilestonesValuesAndProposalsAndEmptyRowsAreDropped() {
    FormularioRedactarCompromisos leido =
        redactar(
            "[{\"titulo\":\"Padrón de pozos\",\"problema\":\"Opacidad\",\"descripcion\":\"Publicar el padrón\","
                + "\"valores\":[\"TRANSPARENCIA\",\"RENDICION_DE_CUENTAS\"],\"sujetoResponsableId\":\"7\","
                + "\"fechaInicio\":\"2027-01-15\",\"fechaFin\":\"2027-12-15\",\"propuestasAtendidas\":[\"4\",\"5\"],"
                + "\"hitos\":[{\"descripcion\":\"Línea base\",\"fechaInicio\":null,\"fechaFin\":\"2027-03-31\"},"
                + "{\"descripcion\":null,\"productoEsperado\":\"\",\"fechaInicio\":null,\"fechaFin\":null}]},"
                + "{\"titulo\":null,\"valores\":[],\"hitos\":[{\"descripcion\":null}]}]");

    List<CompromisoPropuesto> propuestos = leido.propuestos();
    assertThat(propuestos).hasSize(1);
    CompromisoPropuesto c = propuestos.get(0);
    assertThat(c.propuestaIds()).containsExactly(4L, 5L);
    assertThat(c.borrador().sujetoResponsableId()).isEqualTo(7L);
    assertThat(c.borrador().valores())
        .containsExactlyInAnyOrder(ValorGobiernoAbierto.TRANSPARENCIA, ValorGobiernoAbierto.RENDICION_DE_CUENTAS);
    assertThat(c.borrador().fechaFin()).isEqualTo(LocalDate.of(2027, 12, 15));
    assertThat(c.borrador().hitos()).containsExactly(new BorradorHito("Línea base", null, null, LocalDate.of(2027, 3, 31)));
  }

  @Test
  void malformedDraftValuesFailWithTheirPlace() {
    assertThatThrownBy(
            () -> redactar(
                "[{\"titulo\":\"T\",\"problema\":\"P\",\"descripcion\":\"D\",\"valores\":[\"HONESTIDAD\"],"
                    + "\"sujetoResponsableId\":\"7\",\"fechaInicio\":\"15/01/2027\",\"fechaFin\":\"2027-12-15\","
                    + "\"hitos\":[{\"descripcion\":\"H\",\"fechaFin\":\"31/03/2027\"}]}]"))
        .isInstanceOf(ValidacionException.class)
        .hasMessage(
            "«Compromisos en borrador 1: Valores de gobierno abierto a los que es relevante»: la opción «HONESTIDAD» no es válida."
                + " La fecha «Compromisos en borrador 1: Fecha de inicio» no es válida: 15/01/2027."
                + " La fecha «Compromisos en borrador 1: Hitos 1: Fecha de fin del hito» no es válida: 31/03/2027.");
  }

  @Test
  void theFormsLengthsAndRequiredFieldsAreEnforcedWithTheirPlace() {
    assertThatThrownBy(
            () -> redactar(
                "[{\"titulo\":\"" + "á".repeat(301) + "\",\"problema\":\"P\",\"descripcion\":\"D\",\"valores\":[\"TRANSPARENCIA\"],"
                    + "\"sujetoResponsableId\":\"7\",\"fechaInicio\":\"2027-01-15\",\"fechaFin\":\"2027-12-15\","
                    + "\"hitos\":[{\"productoEsperado\":\"Informe\",\"fechaFin\":\"2027-03-31\"}]}]"))
        .hasMessage(
            "«Compromisos en borrador 1: Título del compromiso» admite hasta 300 caracteres; el texto enviado tiene 301."
                + " El campo «Compromisos en borrador 1: Hitos 1: Descripción del hito» es obligatorio.");
  }

  @Test
  void theRevisedDraftIsWrittenAsFormJsReadsIt() {
    LocalDate inicio = LocalDate.of(2027, 1, 15);
    Map<String, Object> variables =
        Formularios.variables(
            new FormularioAtenderObservaciones(
                "EGA-2026-C-001", "Agua", "2 de 3", "Pleno de la Comisión", "Precise.", "Título", "Problema", null,
                "Descripción", null, EnumSet.of(ValorGobiernoAbierto.TRANSPARENCIA), 7L, List.of(new OpcionFormulario("SESA", "7")),
                null, null, inicio, inicio.plusMonths(11), List.of(new BorradorHito("Línea base", null, inicio, inicio.plusMonths(2)))));

    assertThat(variables)
        .containsEntry("sujetoResponsableId", "7")
        .containsEntry("fechaInicio", "2027-01-15")
        .containsEntry("fechaFin", "2027-12-15");
    assertThat(serializado(variables.get("valores"))).isEqualTo("[\"TRANSPARENCIA\"]");
    assertThat(serializado(variables.get("hitos")))
        .isEqualTo("[{\"descripcion\":\"Línea base\",\"productoEsperado\":null,\"fechaInicio\":\"2027-01-15\",\"fechaFin\":\"2027-03-15\"}]");
    // and read back as it was written
    assertThat(formularios.leer(variables, FormularioAtenderObservaciones.class).borrador().hitos())
        .containsExactly(new BorradorHito("Línea base", null, inicio, inicio.plusMonths(2)));
  }
}
