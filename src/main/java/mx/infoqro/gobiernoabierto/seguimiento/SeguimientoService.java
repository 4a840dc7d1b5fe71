package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of an approved commitment over the plan period: it goes into implementation with its
 * report cycle, each period's report is opened, and a late report is reminded and then escalated.
 * What a report says and how it is verified is {@link ReportesAvance}; the final evaluation {@link
 * EvaluacionFinal}. Every decision is written to the decision log in the same transaction.
 */
@Service
@Transactional
public class SeguimientoService {

  static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ConsultaCompromisos compromisos;
  private final ConsultaEjercicios ejercicios;
  private final ReporteAvanceRepository reportes;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final GobiernoAbiertoProperties propiedades;
  private final Plazos plazos;

  SeguimientoService(
      ConsultaCompromisos compromisos,
      ConsultaEjercicios ejercicios,
      ReporteAvanceRepository reportes,
      Auditoria auditoria,
      Notificador notificador,
      GobiernoAbiertoProperties propiedades,
      Plazos plazos) {
    this.compromisos = compromisos;
    this.ejercicios = ejercicios;
    this.reportes = reportes;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.propiedades = propiedades;
    this.plazos = plazos;
  }

  /** What the process needs to follow a commitment: its report cycle, plan end and agency group. */
  public record InicioSeguimiento(String cicloReporte, Date fechaFinPlan, String grupoResponsable) {}

  /**
   * Puts an approved commitment into implementation (APROBADO → EN_IMPLEMENTACION, logged) and
   * computes its report cycle from the plan period of the edition's call. Idempotent when the
   * commitment is already in implementation.
   */
  public InicioSeguimiento iniciar(Long ejercicioId, Long compromisoId) {
    Compromiso compromiso = compromisos.compromiso(compromisoId);
    if (!compromiso.getEjercicio().getId().equals(ejercicioId)) {
      throw new IllegalArgumentException(
          "Compromiso " + compromiso.getFolio() + " does not belong to ejercicio " + ejercicioId);
    }
    if (compromiso.getEstado() != EstadoCompromiso.APROBADO
        && compromiso.getEstado() != EstadoCompromiso.EN_IMPLEMENTACION) {
      throw new IllegalStateException(
          "Compromiso " + compromiso.getFolio() + " is " + compromiso.getEstado() + ", not APROBADO");
    }
    Convocatoria convocatoria = convocatoria(ejercicioId);
    PeriodosPlan periodos = periodos(convocatoria);
    if (compromiso.getEstado() == EstadoCompromiso.APROBADO) {
      compromiso.setEstado(EstadoCompromiso.EN_IMPLEMENTACION);
      auditoria.registrar(
          compromiso.getFolio(),
          ENTIDAD_COMPROMISO,
          compromiso.getId(),
          EstadoCompromiso.EN_IMPLEMENTACION.name(),
          Auditoria.SISTEMA,
          Mensajes.texto(
              "seguimiento.auditoria.implementacion",
              FECHA.format(periodos.inicio()),
              FECHA.format(periodos.fin()),
              String.valueOf(periodos.numeroPeriodos())));
    }
    return new InicioSeguimiento(
        periodos.cicloReporte(propiedades.zonaHoraria()),
        plazos.finDelDia(convocatoria.getFechaFinPlan()),
        compromiso.getSujetoResponsable().grupo());
  }

  /**
   * Opens the progress report of the next period of the commitment (PENDIENTE, with its cut-off
   * date) and returns its id.
   */
  public Long abrirReporte(Long compromisoId) {
    Compromiso compromiso = compromisos.compromiso(compromisoId);
    PeriodosPlan periodos = periodos(convocatoria(compromiso.getEjercicio().getId()));
    int periodo =
        reportes.findByCompromisoIdOrderByPeriodo(compromisoId).stream()
                .mapToInt(ReporteAvance::getPeriodo)
                .max()
                .orElse(0)
            + 1;
    ReporteAvance reporte = new ReporteAvance();
    reporte.setCompromiso(compromiso);
    reporte.setPeriodo(periodo);
    reporte.setFechaCorte(periodos.fechaCorte(periodo));
    return reportes.save(reporte).getId();
  }

  /** Reminds the responsible agency's liaisons that the report of the period is pending. */
  public void recordarReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    Compromiso compromiso = reporte.getCompromiso();
    notificador.aGrupo(
        compromiso.getFolio(),
        NOTIFICACION_RECORDATORIO_REPORTE,
        compromiso.getSujetoResponsable().grupo(),
        compromiso.getFolio(),
        compromiso.getTitulo(),
        String.valueOf(reporte.getPeriodo()),
        FECHA.format(reporte.getFechaCorte()));
  }

  /** Escalates a report not sent in time to the Pleno, and logs the escalation. */
  public void escalarReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    Compromiso compromiso = reporte.getCompromiso();
    notificador.aGrupo(
        compromiso.getFolio(),
        NOTIFICACION_ESCALAMIENTO_REPORTE,
        Grupos.PLENO,
        compromiso.getFolio(),
        compromiso.getTitulo(),
        String.valueOf(reporte.getPeriodo()),
        compromiso.getSujetoResponsable().getNombre());
    auditoria.registrar(
        compromiso.getFolio(),
        ENTIDAD_REPORTE,
        reporte.getId(),
        ESCALADO,
        Auditoria.SISTEMA,
        Mensajes.texto("seguimiento.auditoria.escalado", String.valueOf(reporte.getPeriodo())));
  }

  private PeriodosPlan periodos(Convocatoria convocatoria) {
    if (convocatoria.getFechaInicioPlan() == null || convocatoria.getFechaFinPlan() == null) {
      throw new IllegalStateException(
          "The call of ejercicio " + convocatoria.getEjercicio().getId() + " has no plan period");
    }
    return new PeriodosPlan(
        convocatoria.getFechaInicioPlan(), convocatoria.getFechaFinPlan(), propiedades.mesesPeriodoReporte());
  }

  private Convocatoria convocatoria(Long ejercicioId) {
    return ejercicios
        .convocatoria(ejercicioId)
        .orElseThrow(() -> new IllegalStateException("Ejercicio " + ejercicioId + " has no call"));
  }

  private ReporteAvance reporte(Long id) {
    return reportes.findById(id).orElseThrow(() -> new IllegalArgumentException("ReporteAvance " + id));
  }
}
