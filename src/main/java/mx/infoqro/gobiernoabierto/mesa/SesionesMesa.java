package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaBpmn.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.mesa.MesaService.NuevaPropuesta;
import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import mx.infoqro.gobiernoabierto.mesa.Sesion.EstadoSesion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A table's sessions: scheduled (the first programming makes its author the table's facilitator and
 * invites the members), then each one recorded with its attendance, minutes and the proposals
 * presented, until the table finishes its work. Validates with {@link ReglasMesa}; every decision
 * goes to the {@link Auditoria}.
 */
@Service
public class SesionesMesa {

  private final MesaService mesas;
  private final SesionRepository sesiones;
  private final PropuestaRepository propuestas;
  private final Auditoria auditoria;
  private final AvisosMesa avisos;
  private final Plazos plazos;

  SesionesMesa(
      MesaService mesas,
      SesionRepository sesiones,
      PropuestaRepository propuestas,
      Auditoria auditoria,
      AvisosMesa avisos,
      Plazos plazos) {
    this.mesas = mesas;
    this.sesiones = sesiones;
    this.propuestas = propuestas;
    this.auditoria = auditoria;
    this.avisos = avisos;
    this.plazos = plazos;
  }

  /** A session to schedule (a row of Task_ProgramarSesiones: the form's keys). */
  public record NuevaSesion(OffsetDateTime fechaHora, String lugar, String enlace) {}

  /** The record of a session held, with the decision whether the table finished its work. */
  public record RegistroSesion(
      Long sesionId,
      Integer asistentes,
      String listaAsistencia,
      String acta,
      List<NuevaPropuesta> propuestas,
      NuevaSesion nuevaSesion,
      Boolean mesaCerrada) {}

  /** Task_ProgramarSesiones as it opens: the table's header and one empty session. */
  @Transactional(readOnly = true)
  public FormularioProgramarSesiones formularioProgramar(Long mesaId) {
    Vista vista = mesas.vista(mesaId);
    return new FormularioProgramarSesiones(vista.folio(), vista.eje(), List.of(new NuevaSesion(null, null, null)));
  }

  /** Task_RegistrarSesion as it opens: the sessions still scheduled to choose from, nothing recorded. */
  @Transactional(readOnly = true)
  public FormularioRegistrarSesion formularioRegistrar(Long mesaId) {
    Vista vista = mesas.vista(mesaId);
    List<OpcionFormulario> programadas =
        vista.sesiones().stream()
            .filter(s -> s.estado() == EstadoSesion.PROGRAMADA)
            .map(s -> new OpcionFormulario(etiqueta(s, vista.zona()), String.valueOf(s.id())))
            .toList();
    return new FormularioRegistrarSesion(
        vista.folio(), vista.eje(), programadas, null, null, null, null, List.of(), null, null, null, null);
  }

  /** "Sesión 2 · 15/03/2026 10:00 · Sala de juntas", as the held-session select shows it. */
  static String etiqueta(MesaService.SesionVista s, ZoneId zona) {
    return Stream.of(
            Mensajes.texto("mesa.sesion.numero", String.valueOf(s.numero())),
            s.fechaHora().atZoneSameInstant(zona).format(MesaService.FECHA_HORA),
            s.lugar(),
            s.enlace())
        .filter(t -> t != null)
        .collect(Collectors.joining(" · "));
  }

  /**
   * Schedules the table's sessions (numbered after any existing one), makes {@code usuario} the
   * table's facilitator, and queues the invitation to its members.
   *
   * @throws ValidacionException when there is no session, too many, or one is in the past or has
   *     neither place nor link
   */
  @Transactional
  public List<Sesion> programarSesiones(Long mesaId, List<NuevaSesion> nuevas, String usuario) {
    Mesa mesa = mesas.mesaInstalada(mesaId);
    ReglasMesa.validarSesiones(nuevas, ahora());
    mesa.setFacilitador(usuario);
    List<Sesion> programadas = new ArrayList<>();
    for (NuevaSesion nueva : nuevas) {
      programadas.add(guardar(mesa, nueva));
    }
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_SESIONES_PROGRAMADAS, usuario,
        Mensajes.texto(
            "mesa.auditoria.sesiones-programadas", String.valueOf(programadas.size()), fechas(programadas)));
    avisos.invitar(mesa, programadas);
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
    Mesa mesa = mesas.mesaInstalada(mesaId);
    Sesion sesion =
        registro.sesionId() == null
            ? null
            : sesiones
                .findById(registro.sesionId())
                .filter(s -> s.getMesa().getId().equals(mesaId))
                .orElseThrow(() -> ValidacionException.de("mesa.sesion.ajena"));
    if (sesion != null && sesion.getEstado() != EstadoSesion.PROGRAMADA) {
      throw ValidacionException.de("mesa.sesion.registrada", String.valueOf(sesion.getNumero()));
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
    String numero = String.valueOf(sesion.getNumero());
    auditoria.registrar(
        mesa.getFolio(), ENTIDAD_SESION, sesion.getId(), DECISION_SESION_CELEBRADA, usuario,
        Mensajes.texto(
            "mesa.auditoria.sesion-celebrada", numero, String.valueOf(registro.asistentes()),
            String.valueOf(presentadas.size())));

    if (registro.mesaCerrada()) {
      for (Sesion pendiente : otras) {
        pendiente.setEstado(EstadoSesion.CANCELADA);
        auditoria.registrar(
            mesa.getFolio(), ENTIDAD_SESION, pendiente.getId(), DECISION_SESION_CANCELADA, usuario,
            Mensajes.texto("mesa.auditoria.sesion-cancelada", String.valueOf(pendiente.getNumero())));
      }
      auditoria.registrar(
          mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_TRABAJO_CONCLUIDO, usuario,
          Mensajes.texto("mesa.auditoria.trabajo-concluido", numero));
    } else {
      auditoria.registrar(
          mesa.getFolio(), ENTIDAD_MESA, mesa.getId(), DECISION_OTRA_SESION, usuario,
          Mensajes.texto("mesa.auditoria.otra-sesion", numero));
      if (registro.nuevaSesion() != null) {
        Sesion nueva = guardar(mesa, registro.nuevaSesion());
        auditoria.registrar(
            mesa.getFolio(), ENTIDAD_SESION, nueva.getId(), DECISION_SESION_PROGRAMADA, usuario,
            describir(List.of(nueva), "; ", plazos));
        avisos.invitar(mesa, List.of(nueva));
      }
    }
    return sesion;
  }

  /** "Sesión 1, 15/03/2026 10:00, Sala de juntas, https://…": each session with its place and link. */
  static String describir(List<Sesion> lista, String separador, Plazos plazos) {
    ZoneId zona = plazos.ahora().getZone();
    return lista.stream()
        .map(
            s ->
                Stream.of(
                        Mensajes.texto("mesa.sesion.numero", String.valueOf(s.getNumero())),
                        s.getFechaHora().atZoneSameInstant(zona).format(MesaService.FECHA_HORA),
                        s.getLugar(),
                        s.getEnlace())
                    .filter(t -> t != null)
                    .collect(Collectors.joining(", ")))
        .collect(Collectors.joining(separador));
  }

  /**
   * "Sesión 1, 15/03/2026 10:00; Sesión 2, …": the sessions by number and date only, so that the
   * decision log's reason stays within its column whatever their places and links (those are in
   * the sessions and the invitation).
   */
  private String fechas(List<Sesion> lista) {
    ZoneId zona = plazos.ahora().getZone();
    return lista.stream()
        .map(
            s ->
                Mensajes.texto("mesa.sesion.numero", String.valueOf(s.getNumero())) + ", "
                    + s.getFechaHora().atZoneSameInstant(zona).format(MesaService.FECHA_HORA))
        .collect(Collectors.joining("; "));
  }

  private Sesion guardar(Mesa mesa, NuevaSesion nueva) {
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

  private OffsetDateTime ahora() {
    return plazos.ahora().toOffsetDateTime();
  }
}
