package mx.infoqro.gobiernoabierto.notificacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.ParticipanteRepository;
import mx.infoqro.gobiernoabierto.registro.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ARCO opposition to communications ({@code participante.no_contactar}): the outbox withholds
 * every message to that person's address, except the answers of the ARCO procedure itself.
 */
class OposicionComunicacionesTest extends PruebaIntegracion {

  @Autowired Notificador notificador;
  @Autowired NotificacionRepository notificaciones;
  @Autowired ParticipanteRepository participantes;
  @Autowired Auditoria auditoria;
  @Autowired TransactionTemplate tx;

  Ejercicio ejercicio;
  Participante opuesta;
  Participante otra;

  @BeforeEach
  void personas() {
    ejercicio = escenarios.ejercicio();
    opuesta = escenarios.registro(ejercicio, Sector.CIUDADANIA, null).getParticipante();
    otra = escenarios.registro(ejercicio, Sector.CIUDADANIA, null).getParticipante();
    tx.executeWithoutResult(
        s -> {
          Participante p = participantes.findById(opuesta.getId()).orElseThrow();
          p.setNoContactar(Instant.now());
          participantes.save(p);
        });
  }

  @Test
  void aPersonWhoOpposedCommunicationsGetsNoMessageAndTheWithholdingIsLogged() {
    String folio = ejercicio.getFolio() + "-OPO";
    // the address as another form typed it: case and spaces do not matter
    String correo = " " + opuesta.getCorreo().toUpperCase(Locale.ROOT) + " ";

    Notificacion n = tx.execute(s -> notificador.aCorreo(folio, MesaBpmn.NOTIFICACION_INVITACION_MESA, correo, "Mesa", "1"));

    assertThat(n).isNull();
    assertThat(notificaciones.findByFolioOrderById(folio)).isEmpty();
    RegistroDecision registro = auditoria.historial(folio).get(0);
    assertThat(registro.getDecision()).isEqualTo(Notificador.NO_ENVIADA_OPOSICION);
    assertThat(registro.getEntidad()).isEqualTo("Participante");
    assertThat(registro.getEntidadId()).isEqualTo(opuesta.getId());
    assertThat(registro.getUsuario()).isEqualTo(Auditoria.SISTEMA);
    assertThat(registro.getMotivo()).contains(MesaBpmn.NOTIFICACION_INVITACION_MESA).doesNotContain("@");
  }

  @Test
  void theAnswersOfTheArcoProcedureStillReachThePerson() {
    String folio = ejercicio.getFolio() + "-ARCO";

    Notificacion n =
        tx.execute(s -> notificador.aCorreo(folio, DerechosArcoBpmn.NOTIFICACION_RESPUESTA, opuesta.getCorreo(), folio, "Respuesta"));

    assertThat(n).isNotNull();
    assertThat(notificaciones.findByFolioOrderById(folio)).extracting(Notificacion::getDestinatarioCorreo).containsExactly(opuesta.getCorreo());
    assertThat(n.getEnviada()).isNull(); // waiting for the dispatcher, like any message
    assertThat(auditoria.historial(folio)).isEmpty();
  }

  @Test
  void otherPeopleAndGroupsStillGetTheirMessages() {
    String folio = ejercicio.getFolio() + "-OTRA";

    tx.executeWithoutResult(
        s -> {
          notificador.aCorreo(folio, MesaBpmn.NOTIFICACION_INVITACION_MESA, otra.getCorreo(), "Mesa", "1");
          notificador.aGrupo(folio, MesaBpmn.NOTIFICACION_RESPUESTAS_VENCIDAS, "comision", "Mesa");
        });

    assertThat(notificaciones.findByFolioOrderById(folio)).hasSize(2);
    assertThat(auditoria.historial(folio)).isEmpty();
  }
}
