package mx.infoqro.gobiernoabierto.registro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class EnlacesParticipanteTest extends PruebaIntegracion {

  @Autowired EnlacesParticipante enlaces;
  @Autowired EnlaceParticipanteRepository repositorio;
  @Autowired TransactionTemplate transaccion;

  private Participante participante() {
    return escenarios.registro(escenarios.ejercicio(), Sector.CIUDADANIA, null, "anticorrupcion").getParticipante();
  }

  private static String token(String enlace) {
    return enlace.substring(enlace.lastIndexOf('/') + 1);
  }

  @Test
  void aLinkOpensItsParticipantForItsPurposeOnlyAndOnlyItsHashIsStored() {
    Participante p = participante();
    String enlace = transaccion.execute(s -> enlaces.emitir(p, Proposito.ACCESO));

    assertThat(enlace).startsWith("http://localhost:8080/mi-participacion/");
    String token = token(enlace);
    assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(enlaces.validar(token, Proposito.ACCESO)).map(Participante::getId).contains(p.getId());
    assertThat(enlaces.validar(token, Proposito.CONFIRMACION)).isEmpty();
    assertThat(repositorio.findAll()).noneMatch(e -> e.getTokenHash().contains(token));
  }

  @Test
  void aConfirmationLinkPointsToTheConfirmationPage() {
    String enlace = transaccion.execute(s -> enlaces.emitir(participante(), Proposito.CONFIRMACION));

    assertThat(enlace).startsWith("http://localhost:8080/registro/confirmar/");
  }

  @Test
  void anExpiredLinkOpensNothing() {
    Participante p = participante();
    String token = token(transaccion.execute(s -> enlaces.emitir(p, Proposito.CONFIRMACION)));

    motor.avanzar(Duration.ofDays(3).plusSeconds(1));

    assertThat(enlaces.validar(token, Proposito.CONFIRMACION)).isEmpty();
  }

  @Test
  void unknownOrMalformedTokensOpenNothing() {
    assertThat(enlaces.validar("x".repeat(43), Proposito.ACCESO)).isEmpty();
    assertThat(enlaces.validar("corto", Proposito.ACCESO)).isEmpty();
    assertThat(enlaces.validar(null, Proposito.ACCESO)).isEmpty();
    assertThat(enlaces.validar("a".repeat(500), Proposito.ACCESO)).isEmpty();
  }

  @Test
  void revokedLinksOpenNothing() {
    Participante p = participante();
    String token = token(transaccion.execute(s -> enlaces.emitir(p, Proposito.ACCESO)));

    transaccion.executeWithoutResult(s -> enlaces.revocar(p.getId()));

    assertThat(enlaces.validar(token, Proposito.ACCESO)).isEmpty();
  }
}
