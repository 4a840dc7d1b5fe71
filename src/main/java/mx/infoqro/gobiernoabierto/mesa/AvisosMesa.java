package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.notificacion.Notificador.Adjunto;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import org.springframework.stereotype.Component;

/**
 * The table's messages (written to the outbox in the caller's transaction): invitations to its
 * sessions, its closing, its overdue responses, and the reasoned response to a proposal's author.
 * A table's members are reached as their registration says: agency liaisons through their agency's
 * group, everyone else by e-mail.
 */
@Component
class AvisosMesa {

  private final Notificador notificador;
  private final CalendarioSesiones calendario;
  private final EnlacesParticipante enlaces;
  private final Organismo organismo;
  private final Plazos plazos;

  AvisosMesa(
      Notificador notificador,
      CalendarioSesiones calendario,
      EnlacesParticipante enlaces,
      Organismo organismo,
      Plazos plazos) {
    this.notificador = notificador;
    this.calendario = calendario;
    this.enlaces = enlaces;
    this.organismo = organismo;
    this.plazos = plazos;
  }

  /** Invites the members to the sessions just scheduled, with their calendar file. */
  void invitar(Mesa mesa, List<Sesion> nuevas) {
    Object[] argumentos = {mesa.getFolio(), mesa.getEje().getNombre(), SesionesMesa.describir(nuevas, "\n", plazos)};
    Adjunto ics = calendario.adjunto(nuevas);
    destinatarios(mesa, (grupo, correo) -> {
      if (grupo != null) {
        notificador.aGrupo(mesa.getFolio(), NOTIFICACION_INVITACION_MESA, grupo, ics, argumentos);
      } else {
        notificador.aCorreo(mesa.getFolio(), NOTIFICACION_INVITACION_MESA, correo, ics, argumentos);
      }
    });
  }

  /** Tells the commission and the members that the table closed with {@code borradores} drafts. */
  void cerrada(Mesa mesa, long borradores) {
    Object[] argumentos = {mesa.getFolio(), mesa.getEje().getNombre(), String.valueOf(borradores)};
    notificador.aGrupo(mesa.getFolio(), NOTIFICACION_MESA_CERRADA, Grupos.COMISION, argumentos);
    destinatarios(mesa, (grupo, correo) -> {
      if (grupo != null) {
        notificador.aGrupo(mesa.getFolio(), NOTIFICACION_MESA_CERRADA, grupo, argumentos);
      } else {
        notificador.aCorreo(mesa.getFolio(), NOTIFICACION_MESA_CERRADA, correo, argumentos);
      }
    });
  }

  /** Tells the facilitators and the commission how many proposals are unanswered past the deadline. */
  void respuestasVencidas(Mesa mesa, long pendientes) {
    Object[] argumentos = {
      mesa.getFolio(), mesa.getEje().getNombre(), plazos.hoy().format(MesaService.FECHA), String.valueOf(pendientes)
    };
    notificador.aGrupo(mesa.getFolio(), NOTIFICACION_RESPUESTAS_VENCIDAS, Grupos.FACILITADORES, argumentos);
    notificador.aGrupo(mesa.getFolio(), NOTIFICACION_RESPUESTAS_VENCIDAS, Grupos.COMISION, argumentos);
  }

  /**
   * Mails the reasoned response to the proposal's registered author, if any: decision, reason and
   * links to the table's page and (a fresh link) to their personal page.
   */
  void respuestaAlAutor(Propuesta p) {
    Participante autor = p.getParticipante();
    if (autor == null) {
      return;
    }
    Mesa mesa = p.getMesa();
    String decision =
        switch (p.getRespuestaDecision()) {
          case INCORPORADA -> Mensajes.texto("mesa.respuesta.aviso.incorporada");
          case FUSIONADA -> Mensajes.texto("mesa.respuesta.aviso.fusionada", String.valueOf(p.getFusionadaCon().getId()));
          case NO_INCORPORADA -> Mensajes.texto("mesa.respuesta.aviso.no-incorporada");
        };
    notificador.aCorreo(
        mesa.getFolio(),
        NOTIFICACION_RESPUESTA_PROPUESTA,
        autor.getCorreo(),
        mesa.getFolio(),
        mesa.getEje().getNombre(),
        Mensajes.texto("mesa.propuesta.numero", String.valueOf(p.getId())),
        decision,
        p.getRespuestaRazon(),
        p.getRespuestaFecha().atZone(plazos.ahora().getZone()).format(MesaService.FECHA),
        organismo.getSitio() + "/mesas/" + mesa.getId(),
        enlaces.emitir(autor, Proposito.ACCESO));
  }

  private interface Destinatario {
    void enviar(String grupo, String correo);
  }

  private static void destinatarios(Mesa mesa, Destinatario destinatario) {
    Set<String> grupos = new LinkedHashSet<>();
    Set<String> correos = new LinkedHashSet<>();
    for (Registro integrante : mesa.getIntegrantes()) {
      Participante p = integrante.getParticipante();
      if (p.getSector() == Sector.GOBIERNO && p.getSujetoObligado() != null) {
        grupos.add(p.getSujetoObligado().grupo());
      } else {
        correos.add(p.getCorreo());
      }
    }
    grupos.forEach(g -> destinatario.enviar(g, null));
    correos.forEach(c -> destinatario.enviar(null, c));
  }
}
