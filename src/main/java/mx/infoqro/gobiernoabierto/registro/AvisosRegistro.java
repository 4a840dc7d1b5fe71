package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;

import java.time.format.DateTimeFormatter;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Component;

/**
 * The mails of the registration form ({@link RegistroService}), written to the outbox in its
 * transaction: the confirmation link of a new registration, and the notice to an address already
 * registered in the edition (a new confirmation link, or the link to the personal page).
 */
@Component
class AvisosRegistro {

  private final Notificador notificador;
  private final EnlacesParticipante enlaces;

  AvisosRegistro(Notificador notificador, EnlacesParticipante enlaces) {
    this.notificador = notificador;
    this.enlaces = enlaces;
  }

  /** The double opt-in of a new registration: its confirmation link ({@code REGISTRO_CONFIRMACION}). */
  void confirmacion(Participante p, Convocatoria c) {
    Ejercicio ejercicio = c.getEjercicio();
    notificador.aCorreo(
        ejercicio.getFolio(),
        NOTIFICACION_CONFIRMACION,
        p.getCorreo(),
        p.getNombre(),
        ejercicio.getFolio(),
        enlaces.emitir(p, EnlacesParticipante.Proposito.CONFIRMACION),
        fecha(c));
  }

  /**
   * The address is already registered in the edition ({@code REGISTRO_EXISTENTE}): a new
   * confirmation link if not confirmed yet, a link to the personal page if confirmed.
   */
  void existente(Participante p) {
    Ejercicio ejercicio = p.getEjercicio();
    boolean confirmado = p.getConfirmado() != null;
    String enlace =
        enlaces.emitir(p, confirmado ? EnlacesParticipante.Proposito.ACCESO : EnlacesParticipante.Proposito.CONFIRMACION);
    notificador.aCorreo(
        ejercicio.getFolio(),
        NOTIFICACION_EXISTENTE,
        p.getCorreo(),
        p.getNombre(),
        ejercicio.getFolio(),
        enlace,
        Mensajes.texto(confirmado ? "registro.correo.existente.confirmado" : "registro.correo.existente.pendiente"));
  }

  /** The closing date as the mail writes it: "3 de marzo de 2027". */
  private static String fecha(Convocatoria c) {
    return c.getFechaCierreRegistro().format(DateTimeFormatter.ofPattern(Mensajes.texto("portal.formato.fecha"), Mensajes.ES_MX));
  }
}
