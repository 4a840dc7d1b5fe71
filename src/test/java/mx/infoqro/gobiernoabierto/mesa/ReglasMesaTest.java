package mx.infoqro.gobiernoabierto.mesa;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.NuevaSesion;
import mx.infoqro.gobiernoabierto.mesa.SesionesMesa.RegistroSesion;
import mx.infoqro.gobiernoabierto.mesa.RespuestasPropuestas.Respuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.junit.jupiter.api.Test;

class ReglasMesaTest {

  private static final OffsetDateTime AHORA = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-6));
  private static final NuevaSesion PRESENCIAL = new NuevaSesion(AHORA.plusDays(7), "Sala de juntas", null);
  private static final NuevaPropuesta PROPUESTA = new NuevaPropuesta(null, "Problema", null, "Solución");

  // --- Sessions ----------------------------------------------------------------------------------

  @Test
  void aTableNeedsAtLeastOneSession() {
    assertThatThrownBy(() -> ReglasMesa.validarSesiones(List.of(), AHORA))
        .isInstanceOf(ValidacionException.class)
        .hasMessage("Programe al menos una sesión de la mesa.");
  }

  @Test
  void aTableSchedulesAtMostTwelveSessionsAtOnceSoTheirInvitationFitsOneMessage() {
    List<NuevaSesion> doce = java.util.stream.IntStream.rangeClosed(1, 12)
        .mapToObj(i -> new NuevaSesion(AHORA.plusDays(i), "Sala", null)).toList();
    assertThatCode(() -> ReglasMesa.validarSesiones(doce, AHORA)).doesNotThrowAnyException();
    List<NuevaSesion> trece = new java.util.ArrayList<>(doce);
    trece.add(new NuevaSesion(AHORA.plusDays(13), "Sala", null));
    assertThatThrownBy(() -> ReglasMesa.validarSesiones(trece, AHORA))
        .hasMessage("Programe como máximo 12 sesiones a la vez; las demás, al registrar cada sesión.");
  }

  @Test
  void aSessionNeedsAPlaceOrALink() {
    assertThatThrownBy(() -> ReglasMesa.validarSesiones(List.of(PRESENCIAL, new NuevaSesion(AHORA.plusDays(9), " ", null)), AHORA))
        .hasMessage("Sesión 2: indique el lugar o el enlace de la sesión en línea.");
    assertThatCode(() -> ReglasMesa.validarSesiones(
            List.of(new NuevaSesion(AHORA.plusDays(9), null, "https://reuniones.example.org/m")), AHORA))
        .doesNotThrowAnyException();
  }

  @Test
  void aSessionIsScheduledInTheFuture() {
    assertThatThrownBy(() -> ReglasMesa.validarSesiones(List.of(new NuevaSesion(AHORA, "Sala", null)), AHORA))
        .hasMessage("Sesión 1: la fecha y hora debe ser futura.");
    assertThatThrownBy(() -> ReglasMesa.validarSesiones(List.of(new NuevaSesion(null, "Sala", null)), AHORA))
        .hasMessage("Sesión 1: indique la fecha y hora.");
  }

  @Test
  void aLinkIsAWebAddress() {
    assertThatThrownBy(() -> ReglasMesa.validarSesiones(List.of(new NuevaSesion(AHORA.plusDays(1), null, "reunión del martes")), AHORA))
        .hasMessageContaining("debe ser una dirección que empiece con https://");
  }

  // --- Session record ----------------------------------------------------------------------------

  private static RegistroSesion registro(List<NuevaPropuesta> propuestas, NuevaSesion nueva, Boolean cerrada) {
    return new RegistroSesion(1L, 12, "Dependencia; Organización", "Acta de la sesión", propuestas, nueva, cerrada);
  }

  @Test
  void aCompleteRecordOfTheLastSessionIsAccepted() {
    assertThatCode(() -> ReglasMesa.validarRegistro(registro(List.of(PROPUESTA), null, true), 0, AHORA))
        .doesNotThrowAnyException();
  }

  @Test
  void theRecordNeedsSessionAttendanceAndMinutes() {
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(
            new RegistroSesion(null, 12, "Lista", "Acta", List.of(), null, true), 0, AHORA))
        .hasMessage("Elija la sesión que se celebró.");
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(
            new RegistroSesion(1L, 0, "Lista", "Acta", List.of(), null, true), 0, AHORA))
        .hasMessageContaining("asistentes");
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(
            new RegistroSesion(1L, 5, "Lista", " ", List.of(), null, true), 0, AHORA))
        .hasMessage("Escriba el acta (minuta) de la sesión.");
  }

  @Test
  void aProposalNeedsAProblemAndASolution() {
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(
            registro(List.of(PROPUESTA, new NuevaPropuesta("OSC", "Problema", null, null)), null, true), 0, AHORA))
        .hasMessage("Propuesta 2: escriba la propuesta de solución.");
  }

  @Test
  void theCloseDecisionIsRequired() {
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(registro(List.of(), null, null), 1, AHORA))
        .hasMessage("Indique si se cerró el trabajo de la mesa.");
  }

  @Test
  void aTableThatGoesOnNeedsASessionToHold() {
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(registro(List.of(), null, false), 0, AHORA))
        .hasMessageContaining("No queda ninguna sesión programada");
    assertThatCode(() -> ReglasMesa.validarRegistro(registro(List.of(), null, false), 1, AHORA)).doesNotThrowAnyException();
    assertThatCode(() -> ReglasMesa.validarRegistro(registro(List.of(), PRESENCIAL, false), 0, AHORA))
        .doesNotThrowAnyException();
  }

  @Test
  void aClosedTableSchedulesNoNewSession() {
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(registro(List.of(), PRESENCIAL, true), 0, AHORA))
        .hasMessage("La mesa cerró su trabajo: no programe otra sesión.");
  }

  @Test
  void theNewSessionFollowsTheSessionRules() {
    assertThatThrownBy(() -> ReglasMesa.validarRegistro(
            registro(List.of(), new NuevaSesion(AHORA.minusDays(1), "Sala", null), false), 0, AHORA))
        .hasMessage("Nueva sesión: la fecha y hora debe ser futura.");
  }

  @Test
  void anAnonymousProposalIsShownAsParticipante() {
    org.assertj.core.api.Assertions.assertThat(ReglasMesa.autorPublico("  ")).isEqualTo("Participante");
    org.assertj.core.api.Assertions.assertThat(ReglasMesa.autorPublico(" OSC ")).isEqualTo("OSC");
  }

  // --- Reasoned responses ------------------------------------------------------------------------

  private static Respuesta r(long id, DecisionRespuesta decision, String razon, Long con) {
    return new Respuesta(id, decision, razon, con);
  }

  @Test
  void everyProposalIsAnsweredWithAReason() {
    assertThatCode(() -> ReglasMesa.validarRespuestas(
            List.of(1L, 2L, 3L),
            List.of(
                r(1, DecisionRespuesta.INCORPORADA, "Origina el compromiso.", null),
                r(2, DecisionRespuesta.FUSIONADA, "Misma idea.", 1L),
                r(3, DecisionRespuesta.NO_INCORPORADA, "Ya existe.", null))))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnansweredProposalIsNamed() {
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(
            List.of(1L, 2L, 3L), List.of(r(2, DecisionRespuesta.INCORPORADA, "Razón", null))))
        .hasMessage("Toda propuesta recibe una respuesta razonada. Falta responder: #1, #3.");
  }

  @Test
  void aResponseWithoutDecisionOrReasonIsRejected() {
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(List.of(1L), List.of(r(1, null, "Razón", null))))
        .hasMessageContaining("Propuesta #1: elija la respuesta");
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(List.of(1L), List.of(r(1, DecisionRespuesta.NO_INCORPORADA, " ", null))))
        .hasMessage("Propuesta #1: escriba la razón de la respuesta.");
  }

  @Test
  void aMergedProposalNamesAnotherProposalOfTheTableNotItselfMerged() {
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(
            List.of(1L, 2L), List.of(r(1, DecisionRespuesta.INCORPORADA, "R", null), r(2, DecisionRespuesta.FUSIONADA, "R", null))))
        .hasMessage("Propuesta #2: indique con qué propuesta se fusiona.");
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(
            List.of(1L, 2L), List.of(r(1, DecisionRespuesta.INCORPORADA, "R", null), r(2, DecisionRespuesta.FUSIONADA, "R", 2L))))
        .hasMessage("Propuesta #2: no puede fusionarse consigo misma.");
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(
            List.of(1L, 2L), List.of(r(1, DecisionRespuesta.INCORPORADA, "R", null), r(2, DecisionRespuesta.FUSIONADA, "R", 99L))))
        .hasMessage("Propuesta #2: la propuesta #99 no es de esta mesa.");
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(
            List.of(1L, 2L, 3L),
            List.of(
                r(1, DecisionRespuesta.INCORPORADA, "R", null),
                r(2, DecisionRespuesta.FUSIONADA, "R", 3L),
                r(3, DecisionRespuesta.FUSIONADA, "R", 1L))))
        .hasMessageContaining("Propuesta #2: se fusiona con la #3, que a su vez está fusionada");
  }

  @Test
  void responsesToForeignOrRepeatedProposalsAreRejected() {
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(List.of(1L), List.of(r(7, DecisionRespuesta.INCORPORADA, "R", null))))
        .hasMessage("La respuesta 1 no corresponde a una propuesta de esta mesa.");
    assertThatThrownBy(() -> ReglasMesa.validarRespuestas(
            List.of(1L), List.of(r(1, DecisionRespuesta.INCORPORADA, "R", null), r(1, DecisionRespuesta.NO_INCORPORADA, "R", null))))
        .hasMessage("La propuesta #1 tiene más de una respuesta.");
  }

  // --- Proposals feeding drafts ------------------------------------------------------------------
}
