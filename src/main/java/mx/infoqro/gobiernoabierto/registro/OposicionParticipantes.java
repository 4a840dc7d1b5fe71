package mx.infoqro.gobiernoabierto.registro;

import java.util.Optional;
import mx.infoqro.gobiernoabierto.notificacion.OposicionComunicaciones;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A participant (in any edition) with this address who exercised the ARCO right of opposition. */
@Component
class OposicionParticipantes implements OposicionComunicaciones {

  private final ParticipanteRepository participantes;

  OposicionParticipantes(ParticipanteRepository participantes) {
    this.participantes = participantes;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Long> participanteOpuesto(String correo) {
    return participantes.findFirstByCorreoAndNoContactarIsNotNullOrderByIdAsc(ReglasRegistro.normalizarCorreo(correo)).map(Participante::getId);
  }
}
