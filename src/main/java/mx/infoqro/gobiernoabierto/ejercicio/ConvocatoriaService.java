package mx.infoqro.gobiernoabierto.ejercicio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligadoService;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public call: its preparation, the Pleno's decision and its publication. */
@Service
public class ConvocatoriaService {

  /** OGP standard: the timeline is public at least two weeks before co-creation starts. */
  static final int DIAS_MINIMOS_ANTES_DE_COCREACION = 14;

  private final ConvocatoriaRepository convocatorias;
  private final EjercicioRepository ejercicios;
  private final EjeTematicoRepository ejes;
  private final SujetoObligadoService sujetos;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final Plazos plazos;

  ConvocatoriaService(
      ConvocatoriaRepository convocatorias,
      EjercicioRepository ejercicios,
      EjeTematicoRepository ejes,
      SujetoObligadoService sujetos,
      Auditoria auditoria,
      Notificador notificador,
      Plazos plazos) {
    this.convocatorias = convocatorias;
    this.ejercicios = ejercicios;
    this.ejes = ejes;
    this.sujetos = sujetos;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.plazos = plazos;
  }

  /** The call of an edition. */
  @Transactional(readOnly = true)
  public Convocatoria deEjercicio(Long ejercicioId) {
    return convocatorias
        .findByEjercicioId(ejercicioId)
        .orElseThrow(() -> new IllegalArgumentException("El ejercicio " + ejercicioId + " no tiene convocatoria"));
  }

  /** Claves of the axes the edition offers. */
  @Transactional(readOnly = true)
  public List<String> ejesOfrecidos(Long ejercicioId) {
    return ejercicios.findById(ejercicioId).orElseThrow().getEjes().stream().map(EjeTematico::getClave).toList();
  }

  /**
   * Stores comision's draft of the call and sends it to the Pleno. Validates the whole timeline;
   * on any error nothing is stored.
   */
  @Transactional
  public Convocatoria guardar(Long ejercicioId, DatosConvocatoria datos, String usuario) {
    List<String> errores = validar(datos, plazos.hoy());
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
          .add(ejes.findByClave(clave).orElseThrow(() -> new ValidacionException("Eje temático desconocido: " + clave)));
    }
    auditoria.registrar(ejercicio.getFolio(), "Convocatoria", c.getId(), "ENVIADA_AL_PLENO", usuario, null);
    return c;
  }

  /** Rules of a call's content and timeline; returns the Spanish messages of every problem. */
  static List<String> validar(DatosConvocatoria d, LocalDate hoy) {
    List<String> errores = new ArrayList<>();
    if (d.titulo() == null) errores.add("Escriba el título de la convocatoria.");
    if (d.texto() == null) errores.add("Escriba el texto de la convocatoria.");
    if (d.contacto() == null) errores.add("Indique un contacto.");
    if (d.ejes() == null || d.ejes().isEmpty()) errores.add("Elija al menos un eje temático.");
    LocalDate[] fechas = {
      d.fechaAperturaRegistro(), d.fechaCierreRegistro(), d.fechaInicioCocreacion(), d.fechaFinCocreacion(),
      d.fechaLimiteAprobacion(), d.fechaInicioPlan(), d.fechaFinPlan()
    };
    String[] nombres = {
      "apertura del registro", "cierre del registro", "inicio de la co-creación", "fin de la co-creación",
      "límite de aprobación", "inicio del plan", "fin del plan"
    };
    boolean completas = true;
    for (int i = 0; i < fechas.length; i++) {
      if (fechas[i] == null) {
        errores.add("Indique la fecha de " + nombres[i] + ".");
        completas = false;
      }
    }
    if (!completas) {
      return errores;
    }
    for (int i = 1; i < fechas.length; i++) {
      if (fechas[i].isBefore(fechas[i - 1])) {
        errores.add("La fecha de " + nombres[i] + " no puede ser anterior a la de " + nombres[i - 1] + ".");
      }
    }
    if (!d.fechaCierreRegistro().isAfter(d.fechaAperturaRegistro())) {
      errores.add("El registro debe durar al menos un día.");
    }
    if (!d.fechaFinPlan().isAfter(d.fechaInicioPlan())) {
      errores.add("El periodo del plan debe durar al menos un día.");
    }
    if (d.fechaCierreRegistro().isBefore(hoy)) {
      errores.add("El cierre del registro no puede estar en el pasado.");
    }
    if (ChronoUnit.DAYS.between(hoy, d.fechaInicioCocreacion()) < DIAS_MINIMOS_ANTES_DE_COCREACION) {
      errores.add(
          "La co-creación debe empezar al menos "
              + DIAS_MINIMOS_ANTES_DE_COCREACION
              + " días después de hoy, para publicar el calendario con anticipación.");
    }
    return errores;
  }

  /** The Pleno approves the call or returns it with observations (required when returning). */
  @Transactional
  public void decidir(Long ejercicioId, String decision, String observaciones, String usuario) {
    Convocatoria c = deEjercicio(ejercicioId);
    if (EjercicioProcess.DEVOLVER.equals(decision)) {
      if (observaciones == null) {
        throw new ValidacionException("Para devolver la convocatoria escriba las observaciones.");
      }
      c.setEstado(Convocatoria.EstadoConvocatoria.DEVUELTA);
      c.setObservaciones(observaciones);
      auditoria.registrar(c.getEjercicio().getFolio(), "Convocatoria", c.getId(), "DEVUELTA", usuario, observaciones);
    } else if (EjercicioProcess.APROBAR.equals(decision)) {
      c.setEstado(Convocatoria.EstadoConvocatoria.APROBADA);
      auditoria.registrar(c.getEjercicio().getFolio(), "Convocatoria", c.getId(), "APROBADA", usuario, observaciones);
    } else {
      throw new ValidacionException("Elija si aprueba o devuelve la convocatoria.");
    }
  }

  /**
   * Publishes the approved call (a new version, visible on the portal from now on) and queues the
   * invitations to every active agency's liaisons.
   */
  @Transactional
  public Convocatoria publicar(Long ejercicioId) {
    Convocatoria c = deEjercicio(ejercicioId);
    if (c.getEstado() != Convocatoria.EstadoConvocatoria.APROBADA) {
      throw new IllegalStateException("Only an approved call can be published: " + c.getEstado());
    }
    Instant ahora = ClockUtil.getCurrentTime().toInstant();
    c.setEstado(Convocatoria.EstadoConvocatoria.PUBLICADA);
    c.setVersion(c.getVersion() + 1);
    c.setPublicada(ahora);
    String folio = c.getEjercicio().getFolio();
    auditoria.registrar(folio, "Convocatoria", c.getId(), "PUBLICADA", Auditoria.SISTEMA, "Versión " + c.getVersion());
    for (SujetoObligado sujeto : sujetos.activos()) {
      notificador.aGrupo(folio, "INVITACION_CONVOCATORIA", sujeto.grupo(), c.getTitulo(), c.getFechaCierreRegistro());
    }
    notificador.aGrupo(folio, "CONVOCATORIA_PUBLICADA", Grupos.COMISION, c.getTitulo());
    return c;
  }

  /** The registration cut-off: the end (23:59:59 local) of the call's closing date. */
  public java.util.Date cierreRegistro(Convocatoria c) {
    return plazos.finDelDia(c.getFechaCierreRegistro());
  }

  /**
   * When the agencies that have not registered are reminded: 09:00 local, the configured number of
   * days before the closing date (never before now).
   */
  public java.util.Date recordatorioRegistro(Convocatoria c, int diasAntes) {
    java.util.Date fecha =
        java.util.Date.from(
            plazos.inicioDelDia(c.getFechaCierreRegistro().minusDays(diasAntes)).toInstant().plus(java.time.Duration.ofHours(9)));
    java.util.Date ahora = ClockUtil.getCurrentTime();
    return fecha.before(ahora) ? ahora : fecha;
  }

  /** The fields of the call as comision edits them. */
  public record DatosConvocatoria(
      String titulo,
      String texto,
      String contacto,
      LocalDate fechaAperturaRegistro,
      LocalDate fechaCierreRegistro,
      LocalDate fechaInicioCocreacion,
      LocalDate fechaFinCocreacion,
      LocalDate fechaLimiteAprobacion,
      LocalDate fechaInicioPlan,
      LocalDate fechaFinPlan,
      List<String> ejes) {}
}
