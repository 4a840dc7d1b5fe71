package mx.infoqro.gobiernoabierto.registro;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of the participants and their registrations. The only way into this
 * feature's repositories from outside it; inside a caller's transaction the entities returned are
 * managed.
 */
@Service
@Transactional(readOnly = true)
public class ConsultaRegistros {

  private final ParticipanteRepository participantes;
  private final RegistroRepository registros;

  ConsultaRegistros(ParticipanteRepository participantes, RegistroRepository registros) {
    this.participantes = participantes;
    this.registros = registros;
  }

  /** A participant by id. */
  public Optional<Participante> participante(Long id) {
    return participantes.findById(id);
  }

  /** The participant of an edition with this e-mail address (case-insensitive). */
  public Optional<Participante> participante(Long ejercicioId, String correo) {
    return participantes.findByEjercicioIdAndCorreo(ejercicioId, ReglasRegistro.normalizarCorreo(correo));
  }

  /** Every participant (of any edition) with this e-mail address (case-insensitive), oldest first. */
  public List<Participante> participantesConCorreo(String correo) {
    return participantes.findByCorreoOrderByIdAsc(ReglasRegistro.normalizarCorreo(correo));
  }

  /** The registration of a participant. */
  public Optional<Registro> registroDe(Long participanteId) {
    return registros.findByParticipanteId(participanteId);
  }

  /** Every registration of an edition, in any state. */
  public List<Registro> deEjercicio(Long ejercicioId) {
    return registros.findByEjercicioId(ejercicioId);
  }
}
