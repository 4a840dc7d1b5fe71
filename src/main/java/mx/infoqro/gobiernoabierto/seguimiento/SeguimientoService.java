package mx.infoqro.gobiernoabierto.seguimiento;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.ConsultaCompromisos;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.Evaluaciones;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.AvanceCapturado;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.EvaluacionCapturada;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.EvidenciaCapturada;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.HitoResumen;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of an approved commitment: the plan's report periods, the lifecycle of each
 * progress report (opened, sent by the agency, verified or returned by the commission, published),
 * reminders and escalation of late reports, and the final evaluation with the OGP IRM scales. Every
 * decision is written to the decision log in the same transaction.
 */
@Service
@Transactional
public class SeguimientoService {

  static final String ENTIDAD_COMPROMISO = "Compromiso";
  static final String ENTIDAD_REPORTE = "ReporteAvance";
  static final String ENTIDAD_EVALUACION = "Evaluacion";
  static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ConsultaCompromisos compromisos;
  private final ConsultaEjercicios ejercicios;
  private final ReporteAvanceRepository reportes;
  private final Evaluaciones evaluaciones;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final GobiernoAbiertoProperties propiedades;
  private final Plazos plazos;
  private final AvisosSeguidores avisos;

  SeguimientoService(
      ConsultaCompromisos compromisos,
      ConsultaEjercicios ejercicios,
      ReporteAvanceRepository reportes,
      Evaluaciones evaluaciones,
      Auditoria auditoria,
      Notificador notificador,
      GobiernoAbiertoProperties propiedades,
      Plazos plazos,
      AvisosSeguidores avisos) {
    this.avisos = avisos;
    this.compromisos = compromisos;
    this.ejercicios = ejercicios;
    this.reportes = reportes;
    this.evaluaciones = evaluaciones;
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
    Compromiso compromiso = compromiso(compromisoId);
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
          "Inicia la implementación del plan de acción: del "
              + FECHA.format(periodos.inicio())
              + " al "
              + FECHA.format(periodos.fin())
              + ", con "
              + periodos.numeroPeriodos()
              + " reportes de avance.");
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
    Compromiso compromiso = compromiso(compromisoId);
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

  /** What the report form shows and prefills. */
  public record DatosReporte(
      String folio,
      String titulo,
      int periodo,
      LocalDate fechaCorte,
      EstadoReporte estado,
      String observaciones,
      String narrativa,
      List<Map<String, Object>> avances,
      List<Map<String, Object>> evidencias) {}

  /**
   * The report as its form shows it: one row per milestone (the values of this report when it was
   * already sent and returned, otherwise the milestone's last verified status) and its evidence.
   */
  @Transactional(readOnly = true)
  public DatosReporte datosReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    Compromiso compromiso = reporte.getCompromiso();
    Map<Long, AvanceHito> anteriores = new HashMap<>();
    reporte.getAvances().forEach(a -> anteriores.put(a.getHito().getId(), a));
    List<Map<String, Object>> avances = new ArrayList<>();
    for (Hito hito : compromiso.getHitos()) {
      AvanceHito anterior = anteriores.get(hito.getId());
      Map<String, Object> fila = new LinkedHashMap<>();
      fila.put("hitoId", hito.getId());
      fila.put("hito", hito.getDescripcion() + " (vence el " + FECHA.format(hito.getFechaFin()) + ")");
      fila.put("estado", (anterior != null ? anterior.getEstado() : hito.getEstado()).name());
      fila.put("porcentaje", anterior != null ? anterior.getPorcentaje() : hito.getPorcentaje());
      fila.put("comentario", anterior != null ? anterior.getComentario() : null);
      avances.add(fila);
    }
    List<Map<String, Object>> evidencias = new ArrayList<>();
    for (Evidencia evidencia : reporte.getEvidencias()) {
      Map<String, Object> fila = new LinkedHashMap<>();
      fila.put("descripcion", evidencia.getDescripcion());
      fila.put("url", evidencia.getUrl());
      evidencias.add(fila);
    }
    return new DatosReporte(
        compromiso.getFolio(),
        compromiso.getTitulo(),
        reporte.getPeriodo(),
        reporte.getFechaCorte(),
        reporte.getEstado(),
        reporte.getObservaciones(),
        reporte.getNarrativa(),
        avances,
        evidencias);
  }

  /**
   * Stores what the agency reports (status and percentage per milestone, narrative, evidence links)
   * after validating it, and marks the report ENVIADO. Evidence rows the agency removed on a
   * corrected report are superseded by the new list.
   *
   * @throws mx.infoqro.gobiernoabierto.comun.ValidacionException when the report is incomplete or
   *     invalid; nothing is changed then
   */
  public void registrarReporte(
      Long reporteId,
      List<Map<String, Object>> filasAvance,
      String narrativa,
      List<Map<String, Object>> filasEvidencia,
      String usuario) {
    ReporteAvance reporte = reporte(reporteId);
    if (reporte.getEstado() != EstadoReporte.PENDIENTE && reporte.getEstado() != EstadoReporte.DEVUELTO) {
      throw new IllegalStateException("Reporte " + reporteId + " is " + reporte.getEstado());
    }
    Compromiso compromiso = reporte.getCompromiso();
    List<HitoResumen> hitos =
        compromiso.getHitos().stream().map(h -> new HitoResumen(h.getId(), h.getDescripcion())).toList();
    List<AvanceCapturado> avances = ReglasSeguimiento.avances(filasAvance, hitos);
    String texto = ReglasSeguimiento.narrativa(narrativa);
    List<EvidenciaCapturada> evidencias = ReglasSeguimiento.evidencias(filasEvidencia);

    Map<Long, AvanceHito> existentes = new HashMap<>();
    reporte.getAvances().forEach(a -> existentes.put(a.getHito().getId(), a));
    for (AvanceCapturado capturado : avances) {
      AvanceHito avance = existentes.get(capturado.hitoId());
      if (avance == null) {
        avance = new AvanceHito();
        avance.setReporte(reporte);
        avance.setHito(hito(compromiso, capturado.hitoId()));
        reporte.getAvances().add(avance);
      }
      avance.setEstado(capturado.estado());
      avance.setPorcentaje(capturado.porcentaje());
      avance.setComentario(capturado.comentario());
    }
    // Keep the evidence rows that did not change; the rest is replaced by what was sent
    reporte.getEvidencias().removeIf(e -> !evidencias.contains(new EvidenciaCapturada(e.getDescripcion(), e.getUrl())));
    for (EvidenciaCapturada capturada : evidencias) {
      boolean existe =
          reporte.getEvidencias().stream()
              .anyMatch(e -> capturada.equals(new EvidenciaCapturada(e.getDescripcion(), e.getUrl())));
      if (!existe) {
        Evidencia evidencia = new Evidencia();
        evidencia.setReporte(reporte);
        evidencia.setTipo(Evidencia.TipoEvidencia.ENLACE);
        evidencia.setDescripcion(capturada.descripcion());
        evidencia.setUrl(capturada.url());
        reporte.getEvidencias().add(evidencia);
      }
    }
    reporte.setNarrativa(texto);
    reporte.setEstado(EstadoReporte.ENVIADO);
    reporte.setReportadoPor(usuario);
    reporte.setReportado(ahora());
    auditoria.registrar(
        compromiso.getFolio(),
        ENTIDAD_REPORTE,
        reporte.getId(),
        EstadoReporte.ENVIADO.name(),
        usuario,
        "Reporte de avance del periodo " + reporte.getPeriodo() + " enviado para verificación.");
  }

  /** What the verification form shows, read-only. */
  public record DatosVerificacion(
      String folio,
      String titulo,
      int periodo,
      LocalDate fechaCorte,
      String reportadoPor,
      String narrativa,
      String resumenAvances,
      String resumenEvidencias) {}

  /** The sent report as the commission reviews it. */
  @Transactional(readOnly = true)
  public DatosVerificacion datosVerificacion(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    String avances =
        reporte.getAvances().stream()
            .map(
                a ->
                    "• "
                        + a.getHito().getDescripcion()
                        + ": "
                        + ReglasSeguimiento.etiqueta(a.getEstado())
                        + ", "
                        + a.getPorcentaje()
                        + " %"
                        + (a.getComentario() != null ? ". " + a.getComentario() : ""))
            .collect(Collectors.joining("\n"));
    String evidencias =
        reporte.getEvidencias().isEmpty()
            ? "Sin evidencias."
            : reporte.getEvidencias().stream()
                .map(e -> "• " + e.getDescripcion() + ": " + e.getUrl())
                .collect(Collectors.joining("\n"));
    return new DatosVerificacion(
        reporte.getCompromiso().getFolio(),
        reporte.getCompromiso().getTitulo(),
        reporte.getPeriodo(),
        reporte.getFechaCorte(),
        reporte.getReportadoPor(),
        reporte.getNarrativa(),
        avances,
        evidencias);
  }

  /**
   * The commission's verification of the evidence: VERIFICAR marks the report VERIFICADO (it is
   * published next); DEVOLVER, which needs observations, returns it to the agency (DEVUELTO).
   * Logged either way.
   */
  public void verificarReporte(Long reporteId, String decision, String observaciones, String usuario) {
    ReglasSeguimiento.decisionVerificacion(decision, observaciones);
    ReporteAvance reporte = reporte(reporteId);
    if (reporte.getEstado() != EstadoReporte.ENVIADO) {
      throw new IllegalStateException("Reporte " + reporteId + " is " + reporte.getEstado() + ", not ENVIADO");
    }
    String texto = observaciones == null || observaciones.isBlank() ? null : observaciones.trim();
    reporte.setObservaciones(texto);
    EstadoReporte estado;
    if (SeguimientoProcess.VERIFICAR.equals(decision)) {
      estado = EstadoReporte.VERIFICADO;
      reporte.setVerificadoPor(usuario);
      reporte.setVerificado(ahora());
    } else {
      estado = EstadoReporte.DEVUELTO;
    }
    reporte.setEstado(estado);
    auditoria.registrar(
        reporte.getCompromiso().getFolio(), ENTIDAD_REPORTE, reporte.getId(), estado.name(), usuario, texto);
  }

  /**
   * Publishes a verified report (PUBLICADO) and carries its per-milestone status and percentage to
   * the commitment's milestones, unless a later period was already published. Idempotent.
   */
  public void publicarReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    if (reporte.getEstado() == EstadoReporte.PUBLICADO) {
      return;
    }
    if (reporte.getEstado() != EstadoReporte.VERIFICADO) {
      throw new IllegalStateException("Reporte " + reporteId + " is " + reporte.getEstado() + ", not VERIFICADO");
    }
    boolean hayPosteriorPublicado =
        reportes.findByCompromisoIdOrderByPeriodo(reporte.getCompromiso().getId()).stream()
            .anyMatch(r -> r.getPeriodo() > reporte.getPeriodo() && r.getEstado() == EstadoReporte.PUBLICADO);
    avisos.reportePublicado(reporte);
    if (!hayPosteriorPublicado) {
      for (AvanceHito avance : reporte.getAvances()) {
        avance.getHito().setEstado(avance.getEstado());
        avance.getHito().setPorcentaje(avance.getPorcentaje());
      }
    }
    reporte.setEstado(EstadoReporte.PUBLICADO);
    reporte.setPublicado(ahora());
    auditoria.registrar(
        reporte.getCompromiso().getFolio(),
        ENTIDAD_REPORTE,
        reporte.getId(),
        EstadoReporte.PUBLICADO.name(),
        Auditoria.SISTEMA,
        "Reporte de avance del periodo " + reporte.getPeriodo() + " publicado en el tablero público.");
  }

  /** Reminds the responsible agency's liaisons that the report of the period is pending. */
  public void recordarReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    Compromiso compromiso = reporte.getCompromiso();
    notificador.aGrupo(
        compromiso.getFolio(),
        SeguimientoProcess.NOTIFICACION_RECORDATORIO_REPORTE,
        compromiso.getSujetoResponsable().grupo(),
        compromiso.getFolio(),
        compromiso.getTitulo(),
        reporte.getPeriodo(),
        FECHA.format(reporte.getFechaCorte()));
  }

  /** Escalates a report not sent in time to the Pleno, and logs the escalation. */
  public void escalarReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    Compromiso compromiso = reporte.getCompromiso();
    notificador.aGrupo(
        compromiso.getFolio(),
        SeguimientoProcess.NOTIFICACION_ESCALAMIENTO_REPORTE,
        Grupos.PLENO,
        compromiso.getFolio(),
        compromiso.getTitulo(),
        reporte.getPeriodo(),
        compromiso.getSujetoResponsable().getNombre());
    auditoria.registrar(
        compromiso.getFolio(),
        ENTIDAD_REPORTE,
        reporte.getId(),
        "ESCALADO",
        Auditoria.SISTEMA,
        "El reporte de avance del periodo "
            + reporte.getPeriodo()
            + " no se entregó en el plazo; se escala al Pleno.");
  }

  /** What the evaluation form shows and prefills. */
  public record DatosEvaluacion(
      String folio,
      String titulo,
      String sujetoResponsable,
      String criteriosAprobacion,
      String resumenSeguimiento,
      String potencial,
      String cumplimiento,
      String abrioGobierno,
      String comentario,
      String evidencia) {}

  /** The commitment, its approval criteria and its reports, as the evaluation form shows them. */
  @Transactional(readOnly = true)
  public DatosEvaluacion datosEvaluacion(Long compromisoId) {
    Compromiso compromiso = compromiso(compromisoId);
    Evaluacion evaluacion = compromisos.evaluacion(compromisoId).orElse(null);
    String criterios =
        "Verificable: "
            + siNo(evaluacion != null ? evaluacion.getVerificable() : null)
            + ". Relevante para los valores de gobierno abierto: "
            + siNo(evaluacion != null ? evaluacion.getRelevante() : null)
            + ".";
    List<ReporteAvance> lista = reportes.findByCompromisoIdOrderByPeriodo(compromisoId);
    String hitos =
        compromiso.getHitos().stream()
            .map(h -> "• " + h.getDescripcion() + ": " + ReglasSeguimiento.etiqueta(h.getEstado()) + ", " + h.getPorcentaje() + " %")
            .collect(Collectors.joining("\n"));
    String periodos =
        lista.isEmpty()
            ? "No se abrió ningún reporte de avance."
            : lista.stream()
                .map(r -> "• Periodo " + r.getPeriodo() + " (corte " + FECHA.format(r.getFechaCorte()) + "): " + ReglasSeguimiento.etiqueta(r.getEstado()))
                .collect(Collectors.joining("\n"));
    String resumen = "Hitos (último avance publicado):\n" + hitos + "\n\nReportes de avance:\n" + periodos;
    return new DatosEvaluacion(
        compromiso.getFolio(),
        compromiso.getTitulo(),
        compromiso.getSujetoResponsable().getNombre(),
        criterios,
        resumen,
        evaluacion != null && evaluacion.getPotencial() != null ? evaluacion.getPotencial().name() : null,
        evaluacion != null && evaluacion.getCumplimiento() != null ? evaluacion.getCumplimiento().name() : null,
        evaluacion != null && evaluacion.getAbrioGobierno() != null ? evaluacion.getAbrioGobierno().name() : null,
        evaluacion != null ? evaluacion.getComentario() : null,
        evaluacion != null ? evaluacion.getEvidencia() : null);
  }

  /**
   * Records the final evaluation with the IRM scales (potential, completion, whether it opened
   * government), keeping the verifiable/relevant criteria set at approval, and marks the commitment
   * EVALUADO. Logged.
   *
   * @throws mx.infoqro.gobiernoabierto.comun.ValidacionException when a scale or the comment is
   *     missing or invalid; nothing is changed then
   */
  public void evaluar(
      Long compromisoId,
      String potencial,
      String cumplimiento,
      String abrioGobierno,
      String comentario,
      String evidencia,
      String usuario) {
    EvaluacionCapturada capturada =
        ReglasSeguimiento.evaluacion(potencial, cumplimiento, abrioGobierno, comentario, evidencia);
    Compromiso compromiso = compromiso(compromisoId);
    if (compromiso.getEstado() != EstadoCompromiso.EN_IMPLEMENTACION) {
      throw new IllegalStateException(
          "Compromiso " + compromiso.getFolio() + " is " + compromiso.getEstado() + ", not EN_IMPLEMENTACION");
    }
    Evaluacion evaluacion = evaluaciones.deCompromiso(compromiso);
    evaluacion.setPotencial(capturada.potencial());
    evaluacion.setCumplimiento(capturada.cumplimiento());
    evaluacion.setAbrioGobierno(capturada.abrioGobierno());
    evaluacion.setComentario(capturada.comentario());
    evaluacion.setEvidencia(capturada.evidencia());
    evaluacion.setEvaluadoPor(usuario);
    evaluacion.setEvaluado(ahora());
    compromiso.setEstado(EstadoCompromiso.EVALUADO);
    avisos.evaluado(compromiso, capturada.cumplimiento());
    auditoria.registrar(
        compromiso.getFolio(),
        ENTIDAD_EVALUACION,
        evaluacion.getId(),
        EstadoCompromiso.EVALUADO.name(),
        usuario,
        "Potencial: "
            + ReglasSeguimiento.etiqueta(capturada.potencial())
            + "; cumplimiento: "
            + ReglasSeguimiento.etiqueta(capturada.cumplimiento())
            + "; ¿abrió el gobierno?: "
            + ReglasSeguimiento.etiqueta(capturada.abrioGobierno())
            + ". "
            + capturada.comentario());
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

  private Compromiso compromiso(Long id) {
    return compromisos.compromiso(id);
  }

  private ReporteAvance reporte(Long id) {
    return reportes.findById(id).orElseThrow(() -> new IllegalArgumentException("ReporteAvance " + id));
  }

  private static Hito hito(Compromiso compromiso, Long hitoId) {
    return compromiso.getHitos().stream()
        .filter(h -> Objects.equals(h.getId(), hitoId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Hito " + hitoId));
  }

  private static String siNo(Boolean valor) {
    return valor == null ? "sin definir" : valor ? "sí" : "no";
  }

  private static Instant ahora() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
