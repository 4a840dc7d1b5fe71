package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaSesion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.PropuestaVista;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.MesaService.SesionVista;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;

class FormularioMesaTest {

  private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

  private static Map<String, Object> fila(Object... claveValor) {
    Map<String, Object> fila = new HashMap<>();
    for (int i = 0; i < claveValor.length; i += 2) {
      fila.put((String) claveValor[i], claveValor[i + 1]);
    }
    return fila;
  }

  @Test
  void formJsDateTimesAreReadWithOrWithoutOffset() {
    OffsetDateTime esperado = OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
    assertThat(FormularioMesa.fechaHora("2026-03-15T10:00-06:00", "f", CDMX)).isEqualTo(esperado);
    assertThat(FormularioMesa.fechaHora("2026-03-15T16:00Z", "f", CDMX).toInstant()).isEqualTo(esperado.toInstant());
    assertThat(FormularioMesa.fechaHora("2026-03-15T10:00", "f", CDMX)).isEqualTo(esperado);
    assertThat(FormularioMesa.fechaHora("2026-03-15T10:00:00-0600", "f", CDMX)).isEqualTo(esperado);
    assertThat(FormularioMesa.fechaHora(" ", "f", CDMX)).isNull();
    assertThatThrownBy(() -> FormularioMesa.fechaHora("15/03/2026 10:00", "Fecha y hora", CDMX))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("«Fecha y hora» no es una fecha y hora válida: 15/03/2026 10:00.");
  }

  @Test
  void emptySessionRowsAreIgnored() {
    List<NuevaSesion> sesiones =
        FormularioMesa.sesiones(
            List.of(
                fila(CAMPO_FECHA_HORA, "2026-03-15T10:00-06:00", CAMPO_LUGAR, " Sala A ", CAMPO_ENLACE, null),
                fila(CAMPO_FECHA_HORA, null, CAMPO_LUGAR, "", CAMPO_ENLACE, null)),
            CDMX);
    assertThat(sesiones).singleElement().satisfies(s -> assertThat(s.lugar()).isEqualTo("Sala A"));
    assertThat(FormularioMesa.nuevaSesion(null, " ", null, CDMX)).isNull();
  }

  @Test
  void idsAndNumbersArriveAsStringsOrNumbers() {
    assertThat(FormularioTarea.id("12", "x")).isEqualTo(12L);
    assertThat(FormularioTarea.id(12, "x")).isEqualTo(12L);
    assertThat(FormularioTarea.id("", "x")).isNull();
    assertThatThrownBy(() -> FormularioTarea.id("doce", "Sesión celebrada")).hasMessage("«Sesión celebrada» no es válido: doce.");
    assertThat(FormularioTarea.entero(14.0, "n")).isEqualTo(14);
    assertThatThrownBy(() -> FormularioTarea.entero(14.5, "Número de asistentes"))
        .hasMessage("«Número de asistentes» debe ser un número entero.");
  }

  @Test
  void responsesAreReadWithTheirDecision() {
    List<Respuesta> respuestas =
        FormularioMesa.respuestas(
            List.of(
                fila(CAMPO_PROPUESTA_ID, "3", CAMPO_DECISION, "FUSIONADA", CAMPO_RAZON, " Igual ", CAMPO_FUSIONADA_CON, "2"),
                fila(CAMPO_PROPUESTA_ID, "2", CAMPO_DECISION, null, CAMPO_RAZON, null)));
    assertThat(respuestas)
        .containsExactly(
            new Respuesta(3L, DecisionRespuesta.FUSIONADA, "Igual", 2L), new Respuesta(2L, null, null, null));
    assertThatThrownBy(() -> FormularioMesa.respuestas(List.of(fila(CAMPO_PROPUESTA_ID, "3", CAMPO_DECISION, "QUIZA"))))
        .hasMessage("Respuesta 1: la respuesta «QUIZA» no es válida.");
  }

  @Test
  void optionsShowTheScheduledSessionsAndTheProposals() {
    OffsetDateTime fecha = OffsetDateTime.of(2026, 3, 15, 16, 0, 0, 0, ZoneOffset.UTC);
    List<Map<String, Object>> opciones =
        FormularioMesa.opcionesSesiones(
            List.of(
                new SesionVista(10L, 1, fecha, "Sala A", null, Sesion.EstadoSesion.CELEBRADA),
                new SesionVista(11L, 2, fecha.plusDays(7), null, "https://m.example.org", Sesion.EstadoSesion.PROGRAMADA)),
            CDMX);
    assertThat(opciones)
        .containsExactly(Map.of("label", "Sesión 2 · 22/03/2026 10:00 · https://m.example.org", "value", "11"));

    PropuestaVista p = new PropuestaVista(5L, 1, "OSC Agua", "Opacidad", "Publicar datos", DecisionRespuesta.INCORPORADA, "R", null);
    assertThat(FormularioMesa.filasRespuestas(List.of(p)))
        .singleElement()
        .satisfies(f -> {
          assertThat(f).containsEntry(CAMPO_PROPUESTA_ID, "5").containsEntry(CAMPO_DECISION, "INCORPORADA");
          assertThat((String) f.get(CAMPO_RESUMEN)).startsWith("#5 (sesión 1) · OSC Agua. Problema: Opacidad");
        });
    assertThat(FormularioMesa.opcionesPropuestas(List.of(p)))
        .containsExactly(Map.of("label", "#5 · OSC Agua: Publicar datos", "value", "5"));
  }
}
