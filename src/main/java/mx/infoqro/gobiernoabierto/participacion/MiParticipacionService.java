package mx.infoqro.gobiernoabierto.participacion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.mesa.ConsultaMesas;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import mx.infoqro.gobiernoabierto.mesa.MesaService;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Cocreacion;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.notificacion.Notificador.Adjunto;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante.Proposito;
import mx.infoqro.gobiernoabierto.registro.Participante;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.Registro.EstadoRegistro;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's personal page ({@code /mi-participacion/<token>}): what it shows, the calendar
 * files of their sessions, their proposals, and the re-sending of the personal link. Personal data
 * leave this service only towards the owner of a valid link; nothing here is logged.
 */
@Service
class MiParticipacionService {

  /** Kind of the mail that carries a fresh personal link. */
  static final String NOTIFICACION_ACCESO = "ACCESO_PARTICIPACION";

  private final EnlacesParticipante enlaces;
  private final ConsultaEjercicios ejercicios;
  private final ConsultaRegistros registros;
  private final ConsultaMesas mesas;
  private final MesaService mesaService;
  private final Notificador notificador;
  private final Plazos plazos;

  MiParticipacionService(
      EnlacesParticipante enlaces,
      ConsultaEjercicios ejercicios,
      ConsultaRegistros registros,
      ConsultaMesas mesas,
      MesaService mesaService,
      Notificador notificador,
      Plazos plazos) {
    this.enlaces = enlaces;
    this.ejercicios = ejercicios;
    this.registros = registros;
    this.mesas = mesas;
    this.mesaService = mesaService;
    this.notificador = notificador;
    this.plazos = plazos;
  }

  // --- Views ------------------------------------------------------------------------------------

  /** The personal page. */
  record Pagina(
      Long participanteId,
      String edicion,
      String nombre,
      String correo,
      Sector sector,
      String organizacion,
      List<String> ejes,
      EstadoRegistro estado,
      List<MesaPersonal> mesas,
      List<PropuestaPersonal> propuestas) {

    /** The tables that take proposals now. */
    public List<MesaPersonal> mesasAbiertas() {
      return mesas.stream().filter(m -> m.cocreacion() == Cocreacion.ABIERTA).toList();
    }
  }

  record MesaPersonal(Long id, String folio, String eje, Cocreacion cocreacion, List<SesionPersonal> sesiones) {}

  record SesionPersonal(Long id, int numero, ZonedDateTime fechaHora, String lugar, String enlace, EstadoSesion estado) {}

  record PropuestaPersonal(
      Long id,
      Long mesaId,
      String mesaFolio,
      String mesaEje,
      LocalDate recibida,
      String problema,
      String causa,
      String propuesta,
      DecisionRespuesta decision,
      String razon,
      Long fusionadaCon,
      LocalDate respondida) {}

  // --- Queries ----------------------------------------------------------------------------------

  /** The page a personal link opens; empty for an unknown, expired or wrong-purpose token. */
  @Transactional(readOnly = true)
  public Optional<Pagina> pagina(String token) {
    return enlaces.validar(token, Proposito.ACCESO).map(p -> pagina(registros.participante(p.getId()).orElseThrow()));
  }

  /**
   * The calendar file of one session, if the link is valid and the session belongs to one of the
   * participant's tables; empty otherwise (the caller answers 404 alike).
   */
  @Transactional(readOnly = true)
  public Optional<Adjunto> calendario(String token, Long sesionId) {
    return enlaces
        .validar(token, Proposito.ACCESO)
        .flatMap(p -> mesas.sesion(sesionId).filter(s -> integra(p.getId(), s.getMesa())))
        .map(s -> mesaService.calendario(s.getId()));
  }

  // --- Commands ---------------------------------------------------------------------------------

  /**
   * Re-sends the personal link: when a participant of the current edition with that e-mail has
   * confirmed their registration, a new link is mailed to them; otherwise nothing happens. The
   * caller answers the same in both cases.
   */
  @Transactional
  public void solicitarEnlace(String correo) {
    if (correo == null || correo.isBlank()) {
      return;
    }
    ejercicios
        .convocatoriaVigente()
        .flatMap(c -> registros.participante(c.getEjercicio().getId(), correo))
        .filter(p -> p.getConfirmado() != null)
        .ifPresent(
            p ->
                notificador.aCorreo(
                    p.getEjercicio().getFolio(),
                    NOTIFICACION_ACCESO,
                    p.getCorreo(),
                    p.getNombre(),
                    enlaces.emitir(p, Proposito.ACCESO),
                    p.getEjercicio().getFolio()));
  }

  /**
   * A proposal of the participant to one of their tables, through {@link
   * MesaService#proponerDesdePortal}.
   *
   * @throws mx.infoqro.gobiernoabierto.comun.ValidacionException when the table is not theirs, it
   *     is not in co-creation, or a text breaks the rules
   */
  @Transactional
  public Propuesta proponer(Long participanteId, Long mesaId, NuevaPropuesta nueva) {
    return mesaService.proponerDesdePortal(mesaId, participanteId, nueva);
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private Pagina pagina(Participante p) {
    ZoneId zona = plazos.ahora().getZone();
    Optional<Registro> registro = registros.registroDe(p.getId());
    List<Mesa> suyas =
        mesas.deEjercicio(p.getEjercicio().getId()).stream().filter(m -> integra(p.getId(), m)).toList();
    List<MesaPersonal> vistas =
        suyas.stream()
            .map(
                m ->
                    new MesaPersonal(
                        m.getId(),
                        m.getFolio(),
                        m.getEje().getNombre(),
                        mesaService.cocreacion(m.getId()),
                        mesas.sesiones(m.getId()).stream()
                            .map(
                                s ->
                                    new SesionPersonal(
                                        s.getId(), s.getNumero(), s.getFechaHora().atZoneSameInstant(zona),
                                        s.getLugar(), s.getEnlace(), s.getEstado()))
                            .toList()))
            .toList();
    List<PropuestaPersonal> suyasPropuestas =
        suyas.stream()
            .flatMap(m -> mesas.propuestas(m.getId()).stream())
            .filter(pr -> pr.getParticipante() != null && pr.getParticipante().getId().equals(p.getId()))
            .sorted(Comparator.comparing(Propuesta::getId))
            .map(
                pr ->
                    new PropuestaPersonal(
                        pr.getId(),
                        pr.getMesa().getId(),
                        pr.getMesa().getFolio(),
                        pr.getMesa().getEje().getNombre(),
                        pr.getRecibida().atZone(zona).toLocalDate(),
                        pr.getProblema(),
                        pr.getCausa(),
                        pr.getPropuesta(),
                        pr.getRespuestaDecision(),
                        pr.getRespuestaRazon(),
                        pr.getFusionadaCon() != null ? pr.getFusionadaCon().getId() : null,
                        pr.getRespuestaFecha() != null ? pr.getRespuestaFecha().atZone(zona).toLocalDate() : null))
            .toList();
    return new Pagina(
        p.getId(),
        p.getEjercicio().getFolio(),
        p.getNombre(),
        p.getCorreo(),
        p.getSector(),
        p.getOrganizacion() != null
            ? p.getOrganizacion()
            : p.getSujetoObligado() != null ? p.getSujetoObligado().getNombre() : null,
        registro.map(r -> r.getEjes().stream().map(EjeTematico::getNombre).toList()).orElse(List.of()),
        registro.map(Registro::getEstado).orElse(EstadoRegistro.PENDIENTE_CONFIRMACION),
        vistas,
        suyasPropuestas);
  }

  private static boolean integra(Long participanteId, Mesa mesa) {
    return mesa.getIntegrantes().stream().anyMatch(r -> r.getParticipante().getId().equals(participanteId));
  }
}
