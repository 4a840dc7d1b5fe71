package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.mesa.Mesa.EstadoMesa;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.notificacion.Notificador.Adjunto;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-creation table's work: its sessions, the proposals presented in them, the public reasoned
 * response to each proposal, its draft commitments and its closing. Validates with
 * {@link ReglasMesa} and logs every decision in the {@link Auditoria}.
 */
@Service
public class MesaService {

  static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MesaRepository mesas;
  private final SesionRepository sesiones;
  private final PropuestaRepository propuestas;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final Plazos plazos;
  private final RuntimeService runtimeService;
  private final EnlacesParticipante enlaces;
  private final CalendarioSesiones calendario;
  private final Organismo organismo;

  MesaService(
      MesaRepository mesas,
      SesionRepository sesiones,
      PropuestaRepository propuestas,
      Auditoria auditoria,
      Notificador notificador,
      Plazos plazos,
      RuntimeService runtimeService,
      EnlacesParticipante enlaces,
      CalendarioSesiones calendario,
      Organismo organismo) {
    this.mesas = mesas;
    this.sesiones = sesiones;
    this.propuestas = propuestas;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.plazos = plazos;
    this.runtimeService = runtimeService;
    this.enlaces = enlaces;
    this.calendario = calendario;
    this.organismo = organismo;
  }

  // --- Inputs and views -------------------------------------------------------------------------

  /** A session to schedule. */
  public record NuevaSesion(OffsetDateTime fechaHora, String lugar, String enlace) {}

  /** A proposal presented in a session. */
  public record NuevaPropuesta(String autorPublico, String problema, String causa, String propuesta) {}

  /** The record of a session held, with the decision whether the table finished its work. */
  public record RegistroSesion(
      Long sesionId,
      Integer asistentes,
      String listaAsistencia,
      String acta,
      List<NuevaPropuesta> propuestas,
      NuevaSesion nuevaSesion,
      Boolean mesaCerrada) {}

  /** The reasoned response to one proposal. */
  public record Respuesta(Long propuestaId, DecisionRespuesta decision, String razon, Long fusionadaConId) {}

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


  /** The table as its forms show it: sessions, proposals and the active agencies. */
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

  // --- Commands ---------------------------------------------------------------------------------

  /**
   * Schedules the table's sessions (numbered after any existing one), makes {@code usuario} the
   * table's facilitator, and queues the invitation to its members.
   *
   * @throws ValidacionException when there is no session, or one is in the past or has neither
   *     place nor link
   */
  @Transactional
  public List<Sesion> programarSesiones(Long mesaId, List<NuevaSesion> nuevas, String usuario) {
    Mesa mesa = mesaInstalada(mesaId);
    ReglasMesa.validarSesiones(nuevas, ahora());
    mesa.setFacilitador(usuario);
    List<Sesion> programadas = new ArrayList<>();
    for (NuevaSesion nueva : nuevas) {
      programadas.add(guardarSesion(mesa, nueva));
    }
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_SESIONES_PROGRAMADAS, usuario,
        programadas.size() + " sesiones: " + describir(programadas, "; "));
    invitar(mesa, programadas);
    return programadas;
  }

  /**
   * Records a session held: attendance, minutes and the proposals presented (kept forever, each to
   * be answered). When the table goes on, an optional new session is scheduled and invited to; when
   * it finished, any session still scheduled is cancelled.
   *
   * @throws ValidacionException when the record is incomplete, the session is not a scheduled
   *     session of this table, or the table goes on with no session left to hold
   */
  @Transactional
  public Sesion registrarSesion(Long mesaId, RegistroSesion registro, String usuario) {
    Mesa mesa = mesaInstalada(mesaId);
    Sesion sesion =
        registro.sesionId() == null
            ? null
            : sesiones
                .findById(registro.sesionId())
                .filter(s -> s.getMesa().getId().equals(mesaId))
                .orElseThrow(() -> new ValidacionException("La sesión elegida no es de esta mesa."));
    if (sesion != null && sesion.getEstado() != EstadoSesion.PROGRAMADA) {
      throw new ValidacionException("La sesión " + sesion.getNumero() + " ya fue registrada o se canceló.");
    }
    List<Sesion> otras =
        sesiones.findByMesaIdOrderByNumero(mesaId).stream()
            .filter(s -> s.getEstado() == EstadoSesion.PROGRAMADA && !s.equals(sesion))
            .toList();
    ReglasMesa.validarRegistro(registro, otras.size(), ahora());

    if (mesa.getFacilitador() == null) {
      mesa.setFacilitador(usuario);
    }
    sesion.setEstado(EstadoSesion.CELEBRADA);
    sesion.setAsistentes(registro.asistentes());
    sesion.setListaAsistencia(registro.listaAsistencia());
    sesion.setActa(registro.acta());
    Instant ahora = ahora().toInstant();
    List<NuevaPropuesta> presentadas = registro.propuestas() == null ? List.of() : registro.propuestas();
    for (NuevaPropuesta nueva : presentadas) {
      Propuesta p = new Propuesta();
      p.setMesa(mesa);
      p.setSesion(sesion);
      p.setAutorPublico(ReglasMesa.autorPublico(nueva.autorPublico()));
      p.setProblema(nueva.problema());
      p.setCausa(nueva.causa());
      p.setPropuesta(nueva.propuesta());
      p.setRecibida(ahora);
      propuestas.save(p);
    }
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_SESION, sesion.getId(), DECISION_SESION_CELEBRADA, usuario,
        "Sesión " + sesion.getNumero() + ": " + registro.asistentes() + " asistentes, "
            + presentadas.size() + " propuestas presentadas.");

    if (registro.mesaCerrada()) {
      for (Sesion pendiente : otras) {
        pendiente.setEstado(EstadoSesion.CANCELADA);
        auditoria.registrar(
            mesa.getFolio(), ENTIDAD_SESION, pendiente.getId(), DECISION_SESION_CANCELADA, usuario,
            "La mesa concluyó su trabajo antes de la sesión " + pendiente.getNumero() + ".");
      }
      auditoria.registrar(
          mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_TRABAJO_CONCLUIDO, usuario,
          "La mesa concluyó sus sesiones en la sesión " + sesion.getNumero() + ".");
    } else {
      auditoria.registrar(
          mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_OTRA_SESION, usuario,
          "La mesa continúa después de la sesión " + sesion.getNumero() + ".");
      if (registro.nuevaSesion() != null) {
        Sesion nueva = guardarSesion(mesa, registro.nuevaSesion());
        auditoria.registrar(
            mesa.getFolio(), ENTIDAD_SESION, nueva.getId(), DECISION_SESION_PROGRAMADA, usuario,
            describir(List.of(nueva), "; "));
        invitar(mesa, List.of(nueva));
      }
    }
    return sesion;
  }

  /**
   * Stores the public reasoned response to every proposal of the table (decision, reason, date,
   * user, the proposal it merges with) and logs one decision per proposal.
   *
   * @throws ValidacionException when a proposal is left unanswered, a reason is empty or a merged
   *     proposal does not name a valid proposal to merge with
   */
  @Transactional
  public void responderPropuestas(Long mesaId, List<Respuesta> respuestas, String usuario) {
    Mesa mesa = mesaInstalada(mesaId);
    Map<Long, Propuesta> porId =
        propuestas.findByMesaIdOrderById(mesaId).stream()
            .collect(Collectors.toMap(Propuesta::getId, Function.identity()));
    ReglasMesa.validarRespuestas(porId.keySet(), respuestas);
    for (Respuesta r : respuestas.stream().sorted(Comparator.comparing(Respuesta::propuestaId)).toList()) {
      Propuesta p = porId.get(r.propuestaId());
      boolean nueva = guardarRespuesta(mesa, p, r, porId.get(r.fusionadaConId()), usuario);
      if (nueva) {
        avisarAutor(p);
      }
    }
  }

  /**
   * Stores the public reasoned response to ONE proposal of the table, submitted on the portal
   * (Task_ResponderPropuestaPortal), and logs it. The author is told by {@link #notificarRespuesta}.
   *
   * @throws ValidacionException when the decision or the reason is missing or a merged proposal does
   *     not name another, not merged, proposal of the table
   */
  @Transactional
  public void responderPropuesta(Long mesaId, Respuesta respuesta, String usuario) {
    Mesa mesa = mesa(mesaId);
    Map<Long, Propuesta> porId =
        propuestas.findByMesaIdOrderById(mesaId).stream()
            .collect(Collectors.toMap(Propuesta::getId, Function.identity()));
    Map<Long, DecisionRespuesta> decisiones = new java.util.HashMap<>();
    porId.values().forEach(p -> decisiones.put(p.getId(), p.getRespuestaDecision()));
    ReglasMesa.validarRespuesta(decisiones, respuesta);
    guardarRespuesta(mesa, porId.get(respuesta.propuestaId()), respuesta, porId.get(respuesta.fusionadaConId()), usuario);
  }

  /**
   * Tells the registered author of an answered proposal the response: decision, reason and links to
   * the table's page and (a fresh link) to their personal page. Nothing for a proposal without a
   * registered author or not answered yet.
   */
  @Transactional
  public void notificarRespuesta(Long propuestaId) {
    propuestas.findById(propuestaId).filter(Propuesta::respondida).ifPresent(this::avisarAutor);
  }

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
      case INSTALADA -> instancia(mesa) ? Cocreacion.ABIERTA : Cocreacion.SIN_INICIAR;
    };
  }

  /**
   * A proposal submitted on the portal by a member of the table: stored (author shown as their
   * organisation, their agency or "Participante"), logged, and sent to the table's process
   * (message {@value MesaProcess#MESSAGE_PROPUESTA_PORTAL}), where the facilitator answers it.
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
            .orElseThrow(() -> new ValidacionException("Solo puede presentar propuestas a las mesas que integra."));
    if (cocreacion(mesaId) != Cocreacion.ABIERTA) {
      throw new ValidacionException("La mesa " + mesa.getFolio() + " no está recibiendo propuestas en este momento.");
    }
    ReglasMesa.validarPropuestaPortal(nueva);
    Propuesta p = new Propuesta();
    p.setMesa(mesa);
    p.setParticipante(autor);
    p.setAutorPublico(autorPublico(autor));
    p.setProblema(nueva.problema().trim());
    p.setCausa(ReglasMesa.vacio(nueva.causa()) ? null : nueva.causa().trim());
    p.setPropuesta(nueva.propuesta().trim());
    p.setRecibida(ahora().toInstant());
    p = propuestas.saveAndFlush(p);
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_PROPUESTA, p.getId(), DECISION_PROPUESTA_PORTAL, USUARIO_PORTAL,
        "Propuesta recibida en el portal de " + p.getAutorPublico() + ".");
    runtimeService
        .createMessageCorrelation(MESSAGE_PROPUESTA_PORTAL)
        .processInstanceBusinessKey(mesa.getFolio())
        .processInstanceVariableEquals(VAR_MESA_ID, mesa.getId())
        .setVariableToTriggeredScope(VAR_PROPUESTA_PORTAL_ID, p.getId())
        .correlate();
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
    return ReglasMesa.AUTOR_ANONIMO;
  }

  /** What Task_ResponderPropuestaPortal shows: the table, the proposal and its cause. */
  public record TareaPropuestaPortal(Vista mesa, PropuestaVista propuesta, String causa) {}

  /** The form data of Task_ResponderPropuestaPortal for one proposal of the table. */
  @Transactional(readOnly = true)
  public TareaPropuestaPortal tareaPropuestaPortal(Long mesaId, Long propuestaId) {
    Vista vista = vista(mesaId);
    PropuestaVista propuesta =
        vista.propuestas().stream()
            .filter(p -> p.id().equals(propuestaId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Propuesta " + propuestaId + " de la mesa " + mesaId));
    return new TareaPropuestaPortal(
        vista,
        propuesta,
        propuestas.findById(propuestaId).map(Propuesta::getCausa).orElse(null));
  }

  /** The calendar file (.ics) of sessions, for the personal page's download. */
  @Transactional(readOnly = true)
  public Adjunto calendario(Long sesionId) {
    Sesion s = sesiones.findById(sesionId).orElseThrow(() -> new IllegalArgumentException("Sesión " + sesionId));
    return calendario.adjunto(List.of(s));
  }

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
    mesa.setCerrada(ahora().toInstant());
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_MESA_CERRADA, Auditoria.SISTEMA,
        "La mesa concluyó con " + borradores + " compromisos en borrador.");
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

  /**
   * The deadline to answer the table's proposals passed: the facilitators and the commission are
   * notified with the number of proposals still unanswered, and the event is logged.
   */
  @Transactional
  public void notificarRespuestasVencidas(Long mesaId) {
    Mesa mesa = mesa(mesaId);
    long pendientes =
        propuestas.findByMesaIdOrderById(mesaId).stream().filter(p -> !p.respondida()).count();
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_PLAZO_RESPUESTAS_VENCIDO, Auditoria.SISTEMA,
        pendientes + " propuestas sin respuesta razonada al vencer el plazo.");
    Object[] argumentos = {
      mesa.getFolio(), mesa.getEje().getNombre(), plazos.hoy().format(FECHA), String.valueOf(pendientes)
    };
    notificador.aGrupo(mesa.getFolio(), NOTIFICACION_RESPUESTAS_VENCIDAS, Grupos.FACILITADORES, argumentos);
    notificador.aGrupo(mesa.getFolio(), NOTIFICACION_RESPUESTAS_VENCIDAS, Grupos.COMISION, argumentos);
  }

  // --- Helpers ----------------------------------------------------------------------------------

  /** The facilitator who took the table (the one who programmed its sessions), if any yet. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> facilitador(Long mesaId) {
    return java.util.Optional.ofNullable(mesa(mesaId).getFacilitador());
  }

  private Mesa mesa(Long mesaId) {
    return mesas.findById(mesaId).orElseThrow(() -> new IllegalArgumentException("Mesa " + mesaId));
  }

  /**
   * Links proposals of the table to the draft commitment they feed, together with the proposals
   * merged into them.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void vincularPropuestas(Long mesaId, java.util.Collection<Long> propuestaIds, Long compromisoId) {
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
      throw new ValidacionException("La mesa " + mesa.getFolio() + " no está en trabajo (" + mesa.getEstado() + ").");
    }
    return mesa;
  }

  /**
   * The one rule that stores a reasoned response (bulk task and portal task alike) and logs it.
   * Returns whether the proposal got a new or a different response (its author is then told).
   */
  private boolean guardarRespuesta(Mesa mesa, Propuesta p, Respuesta r, Propuesta con, String usuario) {
    String razon = r.razon().trim();
    Propuesta fusionadaCon = r.decision() == DecisionRespuesta.FUSIONADA ? con : null;
    boolean cambio =
        p.getRespuestaDecision() != r.decision()
            || !razon.equals(p.getRespuestaRazon())
            || p.getFusionadaCon() != fusionadaCon;
    p.setRespuestaDecision(r.decision());
    p.setRespuestaRazon(razon);
    p.setFusionadaCon(fusionadaCon);
    if (cambio) {
      p.setRespuestaFecha(ahora().toInstant());
      p.setRespuestaUsuario(usuario);
      String motivo =
          r.decision() == DecisionRespuesta.FUSIONADA
              ? "Se fusiona con la propuesta #" + r.fusionadaConId() + ". " + razon
              : razon;
      auditoria.registrar(mesa.getFolio(), ENTIDAD_PROPUESTA, p.getId(), r.decision().name(), usuario, motivo);
    }
    return cambio;
  }

  /** Mails the response to the proposal's registered author, if any (see {@link #notificarRespuesta}). */
  private void avisarAutor(Propuesta p) {
    Participante autor = p.getParticipante();
    if (autor == null) {
      return;
    }
    Mesa mesa = p.getMesa();
    ZoneId zona = plazos.ahora().getZone();
    String decision =
        switch (p.getRespuestaDecision()) {
          case INCORPORADA -> "Se incorpora a un compromiso de la mesa.";
          case FUSIONADA -> "Se fusiona con la propuesta #" + p.getFusionadaCon().getId() + ".";
          case NO_INCORPORADA -> "No se incorpora.";
        };
    notificador.aCorreo(
        mesa.getFolio(),
        NOTIFICACION_RESPUESTA_PROPUESTA,
        autor.getCorreo(),
        mesa.getFolio(),
        mesa.getEje().getNombre(),
        "#" + p.getId(),
        decision,
        p.getRespuestaRazon(),
        p.getRespuestaFecha().atZone(zona).format(FECHA),
        organismo.getSitio() + "/mesas/" + mesa.getId(),
        enlaces.emitir(autor, Proposito.ACCESO));
  }

  /** Whether the table's co-creation process instance is running. */
  private boolean instancia(Mesa mesa) {
    return runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(mesa.getFolio())
            .variableValueEquals(VAR_MESA_ID, mesa.getId())
            .count()
        > 0;
  }

  private OffsetDateTime ahora() {
    return plazos.ahora().toOffsetDateTime();
  }

  private Sesion guardarSesion(Mesa mesa, NuevaSesion nueva) {
    int numero =
        sesiones.findByMesaIdOrderByNumero(mesa.getId()).stream().mapToInt(Sesion::getNumero).max().orElse(0) + 1;
    Sesion s = new Sesion();
    s.setMesa(mesa);
    s.setNumero(numero);
    s.setFechaHora(nueva.fechaHora());
    s.setLugar(ReglasMesa.vacio(nueva.lugar()) ? null : nueva.lugar().trim());
    s.setEnlace(ReglasMesa.vacio(nueva.enlace()) ? null : nueva.enlace().trim());
    s.setEstado(EstadoSesion.PROGRAMADA);
    return sesiones.saveAndFlush(s);
  }

  private String describir(List<Sesion> lista, String separador) {
    ZoneId zona = plazos.ahora().getZone();
    return lista.stream()
        .map(
            s ->
                "Sesión " + s.getNumero() + ", " + s.getFechaHora().atZoneSameInstant(zona).format(FECHA_HORA)
                    + (s.getLugar() != null ? ", " + s.getLugar() : "")
                    + (s.getEnlace() != null ? ", " + s.getEnlace() : ""))
        .collect(Collectors.joining(separador));
  }

  /** Invites the members: agency liaisons through their agency's group, the others by e-mail. */
  private void invitar(Mesa mesa, List<Sesion> nuevas) {
    Object[] argumentos = {mesa.getFolio(), mesa.getEje().getNombre(), describir(nuevas, "\n")};
    Adjunto ics = calendario.adjunto(nuevas);
    destinatarios(mesa, (grupo, correo) -> {
      if (grupo != null) {
        notificador.aGrupo(mesa.getFolio(), NOTIFICACION_INVITACION_MESA, grupo, ics, argumentos);
      } else {
        notificador.aCorreo(mesa.getFolio(), NOTIFICACION_INVITACION_MESA, correo, ics, argumentos);
      }
    });
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
