package mx.infoqro.gobiernoabierto.mesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.mesa.MesaService.PropuestaVista;
import mx.infoqro.gobiernoabierto.mesa.MesaService.SesionVista;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * The table's forms read through their records (the kernel's reading of forms/*.form, without the
 * engine): values as form-js submits them, malformed values refused with their place, and what the
 * forms show.
 */
class FormulariosMesaTest {

  private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
  private final Formularios formularios =
      new Formularios(new GobiernoAbiertoProperties(CDMX, 3, 10, 10, 7, 3, 3, 15, 10, 10, 7, List.of()));

  private static Object json(String texto) {
    return SpinValues.jsonValue(texto).create().getValue();
  }

  @Test
  void formJsDateTimesAreReadWithOrWithoutOffset() {
    OffsetDateTime esperado = OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
    FormularioProgramarSesiones leido =
        formularios.leer(
            Map.of(
                "sesiones",
                json(
                    "[{\"fechaHora\":\"2026-03-15T10:00-06:00\",\"lugar\":\" Sala A \"},"
                        + "{\"fechaHora\":\"2026-03-15T16:00Z\",\"lugar\":\"Sala B\"},"
                        + "{\"fechaHora\":\"2026-03-15T10:00\",\"lugar\":\"Sala C\"},"
                        + "{\"fechaHora\":\"2026-03-15T10:00:00-0600\",\"lugar\":\"Sala D\"}]")),
            FormularioProgramarSesiones.class);
    assertThat(leido.sesiones())
        .extracting(s -> s.fechaHora().toInstant())
        .containsOnly(esperado.toInstant());
    assertThat(leido.sesiones().get(2).fechaHora()).isEqualTo(esperado);
    assertThat(leido.sesiones().get(0).lugar()).isEqualTo("Sala A");

    assertThatThrownBy(
            () -> formularios.leer(
                Map.of("sesiones", json("[{\"fechaHora\":\"15/03/2026 10:00\",\"lugar\":\"Sala\"}]")),
                FormularioProgramarSesiones.class))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("«Sesiones programadas 1: Fecha y hora de la sesión» no es una fecha y hora válida: 15/03/2026 10:00.");
  }

  @Test
  void emptySessionRowsAreIgnoredAndAnEmptyNewSessionIsNone() {
    FormularioProgramarSesiones leido =
        formularios.leer(
            Map.of(
                "sesiones",
                json("[{\"fechaHora\":\"2026-03-15T10:00-06:00\",\"lugar\":\"Sala A\"},{\"fechaHora\":null,\"lugar\":\"\"}]")),
            FormularioProgramarSesiones.class);
    assertThat(leido.sesiones()).containsExactly(
        new NuevaSesion(OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.ofHours(-6)), "Sala A", null));

    FormularioRegistrarSesion registro =
        formularios.mostrado(Map.of("nuevaSesionLugar", " ", "mesaCerrada", false), FormularioRegistrarSesion.class);
    assertThat(registro.nuevaSesion()).isNull();
  }

  @Test
  void idsAndNumbersArriveAsTextOrNumbersAndMalformedOnesNameTheirField() {
    Map<String, Object> enviado =
        Map.of(
            "sesionId", "12", "asistentes", 14.0, "listaAsistencia", "OSC", "acta", "Acta", "mesaCerrada", true);
    FormularioRegistrarSesion leido = formularios.leer(enviado, FormularioRegistrarSesion.class);
    assertThat(leido.sesionId()).isEqualTo(12L);
    assertThat(leido.asistentes()).isEqualTo(14);
    assertThat(leido.registro().mesaCerrada()).isTrue();

    assertThatThrownBy(
            () -> formularios.leer(
                Map.of("sesionId", "doce", "asistentes", 14.5, "listaAsistencia", "OSC", "acta", "Acta", "mesaCerrada", true),
                FormularioRegistrarSesion.class))
        .hasMessage("«Sesión celebrada» no es válido: doce. «Número de asistentes» debe ser un número entero.");
  }

  @Test
  void theFormsRulesAreEnforcedWithTheFormsLabelsAndTheRowsPlace() {
    assertThatThrownBy(
            () -> formularios.leer(
                Map.of(
                    "sesionId", "1", "asistentes", 3, "listaAsistencia", "OSC", "acta", "x".repeat(20001), "mesaCerrada", true,
                    "propuestas", json("[{\"autorPublico\":\"OSC\",\"problema\":\"P\",\"propuesta\":\"S\"},{\"autorPublico\":\"OSC\",\"problema\":\"P\"}]")),
                FormularioRegistrarSesion.class))
        .hasMessage(
            "«Acta (minuta) de la sesión» admite hasta 20000 caracteres; el texto enviado tiene 20001."
                + " El campo «Propuestas presentadas en la sesión 2: Propuesta de solución» es obligatorio.");
  }

  @Test
  void responsesAreReadWithTheirDecisionAndAHiddenMergeIsNotRequired() {
    FormularioResponderPropuestas leido =
        formularios.leer(
            Map.of(
                "respuestas",
                json(
                    "[{\"propuestaId\":\"3\",\"decision\":\"FUSIONADA\",\"razon\":\" Igual \",\"fusionadaCon\":\"2\"},"
                        + "{\"propuestaId\":\"2\",\"decision\":\"INCORPORADA\",\"razon\":\"Origina un compromiso.\"}]")),
            FormularioResponderPropuestas.class);
    assertThat(leido.leidas())
        .containsExactly(
            new Respuesta(3L, DecisionRespuesta.FUSIONADA, "Igual", 2L),
            new Respuesta(2L, DecisionRespuesta.INCORPORADA, "Origina un compromiso.", null));

    assertThatThrownBy(
            () -> formularios.leer(
                Map.of("respuestas", json("[{\"propuestaId\":\"3\",\"decision\":\"QUIZA\",\"razon\":\"R\"}]")),
                FormularioResponderPropuestas.class))
        .hasMessage("«Propuestas de la mesa 1: Respuesta»: la opción «QUIZA» no es válida.");
  }

  @Test
  void valuesAreWrittenAsFormJsReadsThem() {
    Map<String, Object> variables =
        Formularios.variables(
            new FormularioRegistrarSesion(
                "EGA-2026-M-1", "Agua", List.of(new OpcionFormulario("Sesión 1", "5")), 5L, 14, null, null, List.of(), true,
                OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.ofHours(-6)), null, null));
    assertThat(variables)
        .containsEntry("sesionId", "5")
        .containsEntry("asistentes", 14)
        .containsEntry("mesaCerrada", true)
        .containsEntry("nuevaSesionFechaHora", "2026-03-15T10:00-06:00");
    assertThat(((SerializableValue) variables.get("sesionesOpciones")).getValueSerialized()).contains("\"label\":\"Sesión 1\"", "\"value\":\"5\"");
  }

  @Test
  void optionsShowTheScheduledSessionsAndTheProposals() {
    OffsetDateTime fecha = OffsetDateTime.of(2026, 3, 15, 16, 0, 0, 0, ZoneOffset.UTC);
    assertThat(SesionesMesa.etiqueta(new SesionVista(11L, 2, fecha.plusDays(7), null, "https://m.example.org", Sesion.EstadoSesion.PROGRAMADA), CDMX))
        .isEqualTo("Sesión 2 · 22/03/2026 10:00 · https://m.example.org");

    PropuestaVista p = new PropuestaVista(5L, 1, "OSC Agua", "Opacidad", "Publicar datos", DecisionRespuesta.INCORPORADA, "R", null);
    assertThat(RespuestasPropuestas.resumen(p)).startsWith("#5 (sesión 1) · OSC Agua. Problema: Opacidad");
    assertThat(RespuestasPropuestas.opciones(List.of(p))).containsExactly(new OpcionFormulario("#5 · OSC Agua: Publicar datos", "5"));
  }
}
