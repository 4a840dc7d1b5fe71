package mx.infoqro.gobiernoabierto.notificacion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A subject fits its column (300 characters) even when a title of the same length is quoted in it. */
class AsuntoNotificacionTest {

  @Test
  void aSubjectLongerThanItsColumnIsCutWithAnEllipsis() {
    String largo = "Invitación: " + "ñ".repeat(300);

    String asunto = Notificador.recortar(largo);

    assertThat(asunto).hasSize(Notificador.MAXIMO_ASUNTO).startsWith("Invitación: ñ").endsWith("…");
    assertThat(Notificador.recortar("Invitación: Convocatoria 2027")).isEqualTo("Invitación: Convocatoria 2027");
  }
}
