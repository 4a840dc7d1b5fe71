package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public call: its preparation, the Pleno's decision and its publication. */
@Service
public class ConvocatoriaService {

  private final ConvocatoriaRepository convocatorias;
  private final EjeTematicoRepository ejes;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final Plazos plazos;
  private final GobiernoAbiertoProperties propiedades;

  ConvocatoriaService(
      ConvocatoriaRepository convocatorias,
      EjeTematicoRepository ejes,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      Notificador notificador,
      Plazos plazos,
      GobiernoAbiertoProperties propiedades) {
    this.convocatorias = convocatorias;
    this.ejes = ejes;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.plazos = plazos;
    this.propiedades = propiedades;
  }

  /** The call of an edition. */
  @Transactional(readOnly = true)
  public Convocatoria deEjercicio(Long ejercicioId) {
    return convocatorias
        .findByEjercicioId(ejercicioId)
        .orElseThrow(() -> new IllegalArgumentException("Edition " + ejercicioId + " has no call"));
  }

  /** Claves of the axes the edition offers. */
  @Transactional(readOnly = true)
  public List<String> ejesOfrecidos(Long ejercicioId) {
    return deEjercicio(ejercicioId).getEjercicio().getEjes().stream().map(EjeTematico::getClave).toList();
  }

  /** The form of Task_PrepararConvocatoria: the call as it stands, the axes it may offer. */
  @Transactional(readOnly = true)
  public FormularioPrepararConvocatoria vistaPreparacion(Long ejercicioId) {
    Convocatoria c = deEjercicio(ejercicioId);
    return new FormularioPrepararConvocatoria(
        c.getObservaciones(),
        c.getTitulo(),
        c.getTexto(),
        c.getContacto(),
        ejesOfrecidos(ejercicioId),
        ejes.findByActivoTrueOrderByOrden().stream().map(e -> new OpcionFormulario(e.getNombre(), e.getClave())).toList(),
        c.getFechaAperturaRegistro(),
        c.getFechaCierreRegistro(),
        c.getFechaInicioCocreacion(),
        c.getFechaFinCocreacion(),
        c.getFechaLimiteAprobacion(),
        c.getFechaInicioPlan(),
        c.getFechaFinPlan());
  }

  /** The form of Task_AprobarConvocatoria: the call comision sent, no decision yet. */
  @Transactional(readOnly = true)
  public FormularioAprobarConvocatoria vistaAprobacion(Long ejercicioId) {
    Convocatoria c = deEjercicio(ejercicioId);
    return new FormularioAprobarConvocatoria(
        c.getTitulo(),
        c.getTexto(),
        c.getContacto(),
        c.getEjercicio().getEjes().stream().map(EjeTematico::getNombre).collect(Collectors.joining("; ")),
        c.getFechaAperturaRegistro(),
        c.getFechaCierreRegistro(),
        c.getFechaInicioCocreacion(),
        c.getFechaFinCocreacion(),
        c.getFechaLimiteAprobacion(),
        c.getFechaInicioPlan(),
        c.getFechaFinPlan(),
        null,
        null);
  }

  /**
   * Stores comision's draft of the call and sends it to the Pleno. Validates the whole timeline
   * ({@link ReglasConvocatoria}); on any error nothing is stored.
   */
  @Transactional
  public Convocatoria guardar(Long ejercicioId, DatosConvocatoria datos, String usuario) {
    List<String> errores = ReglasConvocatoria.validar(datos, plazos.hoy());
    if (!errores.isEmpty()) {
      throw new ValidacionException(String.join(" ", errores));
    }
    Convocatoria c = deEjercicio(ejercicioId);
    c.setTitulo(datos.titulo());
    c.setTexto(datos.texto());
    c.setContacto(datos.contacto());
    c.setFechaAperturaRegistro(datos.fechaAperturaRegistro());
    c.setFechaCierreRegistro(datos.fechaCierreRegistro());
    c.setFechaInicioCocreacion(datos.fechaInicioCocreacion());
    c.setFechaFinCocreacion(datos.fechaFinCocreacion());
    c.setFechaLimiteAprobacion(datos.fechaLimiteAprobacion());
    c.setFechaInicioPlan(datos.fechaInicioPlan());
    c.setFechaFinPlan(datos.fechaFinPlan());
    c.setEstado(Convocatoria.EstadoConvocatoria.EN_REVISION);
    Ejercicio ejercicio = c.getEjercicio();
    ejercicio.getEjes().clear();
    for (String clave : datos.ejes()) {
      ejercicio
          .getEjes()
          .add(ejes.findByClave(clave).orElseThrow(() -> ValidacionException.de("convocatoria.error.eje-desconocido", clave)));
    }
    auditoria.registrar(ejercicio.getFolio(), "Convocatoria", c.getId(), "ENVIADA_AL_PLENO", usuario, null);
    return c;
  }

  /** The Pleno approves the call or returns it with observations (required when returning). */
  @Transactional
  public void decidir(Long ejercicioId, String decision, String observaciones, String usuario) {
    String error = ReglasConvocatoria.revisarDecision(decision, observaciones);
    if (error != null) {
      throw new ValidacionException(error);
    }
    Convocatoria c = deEjercicio(ejercicioId);
    if (EjercicioBpmn.DEVOLVER.equals(decision)) {
      c.setEstado(Convocatoria.EstadoConvocatoria.DEVUELTA);
      c.setObservaciones(observaciones);
      auditoria.registrar(c.getEjercicio().getFolio(), "Convocatoria", c.getId(), "DEVUELTA", usuario, observaciones);
    } else {
      c.setEstado(Convocatoria.EstadoConvocatoria.APROBADA);
      auditoria.registrar(c.getEjercicio().getFolio(), "Convocatoria", c.getId(), "APROBADA", usuario, observaciones);
    }
  }

  /** The dates of a published call that the edition's process waits for. */
  public record Calendario(Date inicioCocreacion, Date inicioPlan, Date cierreRegistro, Date recordatorioRegistro) {}

  /**
   * Publishes the approved call (a new version, visible on the portal from now on), queues the
   * invitations to every active agency's liaisons, and returns the dates of its timeline as the
   * process needs them.
   */
  @Transactional
  public Calendario publicar(Long ejercicioId) {
    Convocatoria c = deEjercicio(ejercicioId);
    if (c.getEstado() != Convocatoria.EstadoConvocatoria.APROBADA) {
      throw new IllegalStateException("Only an approved call can be published: " + c.getEstado());
    }
    c.setEstado(Convocatoria.EstadoConvocatoria.PUBLICADA);
    c.setVersion(c.getVersion() + 1);
    c.setPublicada(plazos.instante());
    String folio = c.getEjercicio().getFolio();
    auditoria.registrar(
        folio, "Convocatoria", c.getId(), "PUBLICADA", Auditoria.SISTEMA,
        Mensajes.texto("convocatoria.auditoria.version", String.valueOf(c.getVersion())));
    for (SujetoObligado sujeto : sujetos.activos()) {
      notificador.aGrupo(folio, "INVITACION_CONVOCATORIA", sujeto.grupo(), c.getTitulo(), c.getFechaCierreRegistro());
    }
    notificador.aGrupo(folio, "CONVOCATORIA_PUBLICADA", Grupos.COMISION, c.getTitulo());
    return new Calendario(
        plazos.inicioDelDia(c.getFechaInicioCocreacion()),
        plazos.inicioDelDia(c.getFechaInicioPlan()),
        cierreRegistro(c),
        recordatorioRegistro(c));
  }

  /** The registration cut-off: the end (23:59:59 local) of the call's closing date. */
  public Date cierreRegistro(Convocatoria c) {
    return plazos.finDelDia(c.getFechaCierreRegistro());
  }

  /**
   * When the agencies that have not registered are reminded: 09:00 local, the configured number of
   * days before the closing date (never before now).
   */
  Date recordatorioRegistro(Convocatoria c) {
    Instant fecha =
        plazos
            .inicioDelDia(c.getFechaCierreRegistro().minusDays(propiedades.diasRecordatorioRegistro()))
            .toInstant()
            .plus(Duration.ofHours(9));
    Instant ahora = plazos.instante();
    return Date.from(fecha.isBefore(ahora) ? ahora : fecha);
  }
}
