package mx.infoqro.gobiernoabierto.notificacion;

import java.util.Optional;

/**
 * Who opposed the commission's communications (ARCO opposition). The people live in a later
 * feature (registro), which implements this; the outbox only asks before queuing a message.
 */
public interface OposicionComunicaciones {

  /** The id of the participant with this address who opposed communications, if any. */
  Optional<Long> participanteOpuesto(String correo);
}
