package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn.*;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.SesionStl.EstadoSesionStl;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of the Secretariado Técnico Local during the whole edition: scheduled (the forum's
 * group invited with the session's calendar file, as the tables' sessions are), then held with the
 * attendance of each party (quorum: the installation's tripartite rule), its agreements and
 * minutes, which become public once the session with quorum approved them. Validates with {@link
 * ReglasSesionStl}; every decision goes to the {@link Auditoria}.
 */
@Service
public class SesionesStl {

  private final SesionStlRepository sesiones;
  private final ConsultaEjercicios ejercicios;
  private final StlService stl;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final CalendarioSesiones calendario;
  private final Plazos plazos;
  private final ApplicationEventPublisher eventos;

  SesionesStl(
      SesionStlRepository sesiones,
      ConsultaEjercicios ejercicios,
      StlService stl,
      Auditoria auditoria,
      Notificador notificador,
      CalendarioSesiones calendario,
      Plazos plazos,
      ApplicationEventPublisher eventos) {
    this.eventos = eventos;
    this.sesiones = sesiones;
    this.ejercicios = ejercicios;
    this.stl = stl;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.calendario = calendario;
    this.plazos = plazos;
  }

  /** The session's folio: {@code EGA-2026-STL-3}. */
  public static String folio(SesionStl s) {
    return s.getEjercicio().getFolio() + "-STL-" + s.getNumero();
  }

  /** Task_ProgramarSesionStl as it opens: the editions whose forum is installed, the given one chosen. */
  @Transactional(readOnly = true)
  public FormularioProgramarSesionStl formularioProgramar(Long ejercicioId) {
    List<OpcionFormulario> opciones =
        ejercicios.publicadas().stream()
            .filter(e -> stl.instalado(e.getId()))
            .map(e -> new OpcionFormulario(e.getFolio(), String.valueOf(e.getId())))
            .toList();
    String folio = ejercicioId == null ? null : ejercicios.ejercicio(ejercicioId).getFolio() + "-STL";
    return new FormularioProgramarSesionStl(folio, opciones, ejercicioId, null, null, null, null);
  }

  /**
   * Schedules a session of the edition's forum (numbered after the existing ones) and queues the
   * invitation, with its calendar file, to the forum's group.
   *
   * @throws ValidacionException when the edition's forum is not installed, the session is in the
   *     past, has neither place nor link, or no agenda
   */
  @Transactional
  public SesionStl programar(FormularioProgramarSesionStl f, String usuario) {
    if (f.ejercicioId() == null || !stl.instalado(f.ejercicioId())) {
      throw ValidacionException.de("stl.sesion.sin-stl");
    }
    ReglasSesionStl.validarProgramacion(f, ahora());
    Ejercicio ejercicio = ejercicios.ejercicio(f.ejercicioId());
    SesionStl s = new SesionStl();
    s.setEjercicio(ejercicio);
    s.setNumero(sesiones.findByEjercicioIdOrderByNumero(ejercicio.getId()).stream().mapToInt(SesionStl::getNumero).max().orElse(0) + 1);
    s.setFechaHora(f.fechaHora());
    s.setLugar(ReglasMesa.vacio(f.lugar()) ? null : f.lugar().trim());
    s.setEnlace(ReglasMesa.vacio(f.enlace()) ? null : f.enlace().trim());
    s.setOrdenDia(f.ordenDia().trim());
    s = sesiones.saveAndFlush(s);
    String resumen = resumen(s);
    auditoria.registrar(ejercicio.getFolio(), ENTIDAD_SESION_STL, s.getId(), DECISION_PROGRAMADA, usuario,
        Mensajes.texto("stl.auditoria.programada", folio(s)));
    notificador.aGrupo(ejercicio.getFolio(), NOTIFICACION_INVITACION_STL, Grupos.STL, calendario.adjunto(s),
        folio(s), resumen, s.getOrdenDia());
    return s;
  }

  /** Task_RegistrarSesionStl as it opens: the session's folio, date and place, agenda; nothing recorded. */
  @Transactional(readOnly = true)
  public FormularioRegistrarSesionStl formularioRegistrar(Long sesionId) {
    SesionStl s = sesiones.findById(sesionId).orElseThrow();
    return new FormularioRegistrarSesionStl(folio(s), resumen(s), s.getOrdenDia(), null, null, null, null, null, null);
  }

  /**
   * Records the session held: attendance per party, list, agreements and minutes. Returns whether
   * it had quorum (the three parties present); without it the session stays SIN_QUORUM, nothing of
   * it is published, and another is scheduled.
   *
   * @throws ValidacionException when the session is not waiting to be recorded, an attendance is
   *     missing or above the forum's members of that party, or the list or minutes are missing
   */
  @Transactional
  public boolean registrar(Long sesionId, FormularioRegistrarSesionStl f, String usuario) {
    SesionStl s = sesiones.findById(sesionId).orElseThrow();
    if (s.getEstado() != EstadoSesionStl.PROGRAMADA) {
      throw ValidacionException.de("stl.sesion.registrada", folio(s));
    }
    ReglasSesionStl.validarRegistro(f, stl.integrantesPorSector(s.getEjercicio().getId()));
    boolean quorum = ReglasSesionStl.quorum(f);
    s.setAsistentesComision(f.asistentesComision());
    s.setAsistentesGobierno(f.asistentesGobierno());
    s.setAsistentesSociedadCivil(f.asistentesSociedadCivil());
    s.setListaAsistencia(f.listaAsistencia().trim());
    s.setAcuerdos(ReglasMesa.vacio(f.acuerdos()) ? null : f.acuerdos().trim());
    s.setActa(f.acta().trim());
    s.setCelebrada(plazos.instante());
    s.setEstado(quorum ? EstadoSesionStl.CELEBRADA : EstadoSesionStl.SIN_QUORUM);
    auditoria.registrar(s.getEjercicio().getFolio(), ENTIDAD_SESION_STL, s.getId(),
        quorum ? DECISION_CELEBRADA : DECISION_SIN_QUORUM, usuario,
        Mensajes.texto(quorum ? "stl.auditoria.celebrada" : "stl.auditoria.sin-quorum", folio(s),
            String.valueOf(f.asistentesComision()), String.valueOf(f.asistentesGobierno()),
            String.valueOf(f.asistentesSociedadCivil())));
    if (quorum) {
      eventos.publishEvent(new EvidenciaForo(s.getEjercicio().getId()));
    }
    return quorum;
  }

  /** Publishes the minutes and agreements of a session held with quorum (once: again changes nothing). */
  @Transactional
  public void publicarActa(Long sesionId) {
    SesionStl s = sesiones.findById(sesionId).orElseThrow();
    if (s.getEstado() != EstadoSesionStl.CELEBRADA) {
      throw new IllegalStateException("Only a session held with quorum publishes its minutes: " + folio(s));
    }
    if (s.getActaPublicada() == null) {
      s.setActaPublicada(plazos.instante());
      auditoria.registrar(s.getEjercicio().getFolio(), ENTIDAD_SESION_STL, s.getId(), DECISION_ACTA_PUBLICADA,
          Auditoria.SISTEMA, Mensajes.texto("stl.auditoria.acta-publicada", folio(s)));
      eventos.publishEvent(new EvidenciaForo(s.getEjercicio().getId()));
    }
  }

  /** "15/03/2026 10:00 · Sala del Pleno · https://…": when and where, as the forms and the mail show it. */
  String resumen(SesionStl s) {
    return Stream.of(s.getFechaHora().atZoneSameInstant(plazos.ahora().getZone()).format(MesaService.FECHA_HORA),
            s.getLugar(), s.getEnlace())
        .filter(t -> t != null)
        .collect(Collectors.joining(" · "));
  }

  private OffsetDateTime ahora() {
    return plazos.ahora().toOffsetDateTime();
  }
}
