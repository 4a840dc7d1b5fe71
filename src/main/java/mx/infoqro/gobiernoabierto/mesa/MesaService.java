package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.mesa.Mesa.EstadoMesa;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import mx.infoqro.gobiernoabierto.notificacion.Notificador.Adjunto;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-creation table as a whole: what its forms show, whether it takes proposals from the portal
 * (and taking them), its closing and its overdue responses. Its sessions are {@link SesionesMesa},
 * the responses to its proposals {@link RespuestasPropuestas}; every decision goes to the {@link
 * Auditoria}.
 */
@Service
public class MesaService {

  static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MesaRepository mesas;
  private final SesionRepository sesiones;
  private final PropuestaRepository propuestas;
  private final Auditoria auditoria;
  private final AvisosMesa avisos;
  private final MesaProcesos procesos;
  private final CalendarioSesiones calendario;
  private final Plazos plazos;

  MesaService(
      MesaRepository mesas,
      SesionRepository sesiones,
      PropuestaRepository propuestas,
      Auditoria auditoria,
      AvisosMesa avisos,
      MesaProcesos procesos,
      CalendarioSesiones calendario,
      Plazos plazos) {
    this.mesas = mesas;
    this.sesiones = sesiones;
    this.propuestas = propuestas;
    this.auditoria = auditoria;
    this.avisos = avisos;
    this.procesos = procesos;
    this.calendario = calendario;
    this.plazos = plazos;
  }

  // --- Inputs and views -------------------------------------------------------------------------

  /** A proposal presented in a session (a row of Task_RegistrarSesion) or sent from the portal. */
  public record NuevaPropuesta(String autorPublico, String problema, String causa, String propuesta) {}

  /** What the table's forms show. */
  public record Vista(
      Long id,
      String folio,
      String eje,
      ZoneId zona,
      List<SesionVista> sesiones,
      List<PropuestaVista> propuestas) {}

  public record SesionVista(
      Long id, int numero, OffsetDateTime fechaHora, String lugar, String enlace, EstadoSesion estado) {}

  public record PropuestaVista(
      Long id,
      Integer sesion,
      String autorPublico,
      String problema,
      String propuesta,
      DecisionRespuesta decision,
      String razon,
      Long fusionadaConId) {}

  /** The table as its forms show it: sessions and proposals. */
  @Transactional(readOnly = true)
  public Vista vista(Long mesaId) {
    Mesa mesa = mesa(mesaId);
    return new Vista(
        mesa.getId(),
        mesa.getFolio(),
        mesa.getEje().getNombre(),
        plazos.ahora().getZone(),
        sesiones.findByMesaIdOrderByNumero(mesaId).stream()
            .map(s -> new SesionVista(s.getId(), s.getNumero(), s.getFechaHora(), s.getLugar(), s.getEnlace(), s.getEstado()))
            .toList(),
        propuestas.findByMesaIdOrderById(mesaId).stream()
            .map(
                p ->
                    new PropuestaVista(
                        p.getId(),
                        p.getSesion() != null ? p.getSesion().getNumero() : null,
                        p.getAutorPublico(),
                        p.getProblema(),
                        p.getPropuesta(),
                        p.getRespuestaDecision(),
                        p.getRespuestaRazon(),
                        p.getFusionadaCon() != null ? p.getFusionadaCon().getId() : null))
            .toList());
  }

  // --- Proposals from the portal ------------------------------------------------------------------

  /** Whether a table takes proposals from the portal now, or why not. */
  public enum Cocreacion {
    /** Installed and its co-creation process is running. */
    ABIERTA,
    /** Installed, but its co-creation process has not started (or no longer runs). */
    SIN_INICIAR,
    /** The table finished its work. */
    CONCLUIDA,
    /** Void for lack of quorum. */
    DESIERTA
  }

  /** Whether the table takes proposals from the portal now (see {@link Cocreacion}). */
  @Transactional(readOnly = true)
  public Cocreacion cocreacion(Long mesaId) {
    Mesa mesa = mesa(mesaId);
    return switch (mesa.getEstado()) {
      case DESIERTA -> Cocreacion.DESIERTA;
      case CERRADA -> Cocreacion.CONCLUIDA;
      case INSTALADA -> procesos.enCocreacion(mesa) ? Cocreacion.ABIERTA : Cocreacion.SIN_INICIAR;
    };
  }

  /**
   * A proposal submitted on the portal by a member of the table: stored (author shown as their
   * organisation, their agency or "Participante"), logged, and sent to the table's process
   * (message {@value MesaBpmn#MESSAGE_PROPUESTA_PORTAL}), where the facilitator answers it.
   *
   * @throws ValidacionException when the person is not a member of the table, the table is not in
   *     co-creation, or a text is missing or too long
   */
  @Transactional
  public Propuesta proponerDesdePortal(Long mesaId, Long participanteId, NuevaPropuesta nueva) {
    Mesa mesa = mesa(mesaId);
    Participante autor =
        mesa.getIntegrantes().stream()
            .map(Registro::getParticipante)
            .filter(p -> p.getId().equals(participanteId))
            .findFirst()
            .orElseThrow(() -> ValidacionException.de("mesa.portal.no-integrante"));
    if (cocreacion(mesaId) != Cocreacion.ABIERTA) {
      throw ValidacionException.de("mesa.portal.sin-cocreacion", mesa.getFolio());
    }
    ReglasMesa.validarPropuestaPortal(nueva);
    Propuesta p = new Propuesta();
    p.setMesa(mesa);
    p.setParticipante(autor);
    p.setAutorPublico(autorPublico(autor));
    p.setProblema(nueva.problema().trim());
    p.setCausa(ReglasMesa.vacio(nueva.causa()) ? null : nueva.causa().trim());
    p.setPropuesta(nueva.propuesta().trim());
    p.setRecibida(plazos.ahora().toInstant());
    p = propuestas.saveAndFlush(p);
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_PROPUESTA, p.getId(), DECISION_PROPUESTA_PORTAL, USUARIO_PORTAL,
        Mensajes.texto("mesa.auditoria.propuesta-portal", p.getAutorPublico()));
    procesos.propuestaRecibida(mesa, p.getId());
    return p;
  }

  /** The public author of a registered person's proposal: organisation, agency, or "Participante". */
  static String autorPublico(Participante p) {
    if (!ReglasMesa.vacio(p.getOrganizacion())) {
      return p.getOrganizacion().trim();
    }
    if (p.getSujetoObligado() != null) {
      return p.getSujetoObligado().getNombre();
    }
    return ReglasMesa.autorPublico(null);
  }

  /** The calendar file (.ics) of a session, for the personal page's download. */
  @Transactional(readOnly = true)
  public Adjunto calendario(Long sesionId) {
    Sesion s = sesiones.findById(sesionId).orElseThrow(() -> new IllegalArgumentException("Session " + sesionId));
    return calendario.adjunto(List.of(s));
  }

  // --- The table's lifecycle ----------------------------------------------------------------------

  /**
   * Closes the table once its drafts are written: state CERRADA, the closing logged, and the
   * commission and the members notified. Does nothing on a table already closed (a retried job).
   */
  @Transactional
  public void cerrar(Long mesaId, long borradores) {
    Mesa mesa = mesa(mesaId);
    if (mesa.getEstado() == EstadoMesa.CERRADA) {
      return;
    }
    mesaInstalada(mesaId);
    mesa.setEstado(EstadoMesa.CERRADA);
    mesa.setCerrada(plazos.ahora().toInstant());
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_MESA_CERRADA, Auditoria.SISTEMA,
        Mensajes.texto("mesa.auditoria.cerrada", String.valueOf(borradores)));
    avisos.cerrada(mesa, borradores);
  }

  /**
   * The deadline to answer the table's proposals passed: the facilitators and the commission are
   * notified with the number of proposals still unanswered, and the event is logged.
   */
  @Transactional
  public void notificarRespuestasVencidas(Long mesaId) {
    Mesa mesa = mesa(mesaId);
    long pendientes = propuestas.findByMesaIdOrderById(mesaId).stream().filter(p -> !p.respondida()).count();
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_PLAZO_RESPUESTAS_VENCIDO, Auditoria.SISTEMA,
        Mensajes.texto("mesa.auditoria.plazo-vencido", String.valueOf(pendientes)));
    avisos.respuestasVencidas(mesa, pendientes);
  }

  /** The facilitator who took the table (the one who programmed its sessions), if any yet. */
  @Transactional(readOnly = true)
  public Optional<String> facilitador(Long mesaId) {
    return Optional.ofNullable(mesa(mesaId).getFacilitador());
  }

  /**
   * Links proposals of the table to the draft commitment they feed, together with the proposals
   * merged into them.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void vincularPropuestas(Long mesaId, Collection<Long> propuestaIds, Long compromisoId) {
    for (Propuesta p : propuestas.findByMesaIdOrderById(mesaId)) {
      boolean fusionadaEnUna = p.getFusionadaCon() != null && propuestaIds.contains(p.getFusionadaCon().getId());
      if (propuestaIds.contains(p.getId()) || fusionadaEnUna) {
        p.setCompromisoId(compromisoId);
      }
    }
  }

  /** The table, when it is at work (installed); otherwise a Spanish validation error. */
  @Transactional(readOnly = true)
  public Mesa mesaInstalada(Long mesaId) {
    Mesa mesa = mesa(mesaId);
    if (mesa.getEstado() != EstadoMesa.INSTALADA) {
      throw ValidacionException.de("mesa.no-en-trabajo", mesa.getFolio(), mesa.getEstado().name());
    }
    return mesa;
  }

  Mesa mesa(Long mesaId) {
    return mesas.findById(mesaId).orElseThrow(() -> new IllegalArgumentException("Table " + mesaId));
  }
}
