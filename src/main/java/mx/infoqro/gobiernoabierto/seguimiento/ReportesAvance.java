package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioReportarAvance.Avance;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.AvanceCapturado;
import mx.infoqro.gobiernoabierto.seguimiento.ReglasSeguimiento.HitoResumen;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance.EstadoReporte;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a progress report: sent by the agency (status and percentage per milestone,
 * narrative, evidence links), verified or returned by the commission, published to the milestones.
 * The texts live in the report's rows; the forms show them through their prefill. Rules in {@link
 * ReglasSeguimiento}; every decision is written to the decision log.
 */
@Service
@Transactional
public class ReportesAvance {

  private final ReporteAvanceRepository reportes;
  private final Auditoria auditoria;
  private final Plazos plazos;
  private final AvisosSeguidores avisos;

  private final ApplicationEventPublisher eventos;

  ReportesAvance(
      ReporteAvanceRepository reportes, Auditoria auditoria, Plazos plazos, AvisosSeguidores avisos,
      ApplicationEventPublisher eventos) {
    this.eventos = eventos;
    this.avisos = avisos;
    this.reportes = reportes;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /**
   * Task_ReportarAvance as it opens: one row per milestone (the values of this report when it was
   * already sent and returned, otherwise the milestone's last verified status), its narrative and
   * evidence, and the commission's observations when it returned it.
   */
  @Transactional(readOnly = true)
  public FormularioReportarAvance formularioReporte(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    Map<Long, AvanceHito> anteriores = new HashMap<>();
    reporte.getAvances().forEach(a -> anteriores.put(a.getHito().getId(), a));
    List<Avance> avances = new ArrayList<>();
    for (Hito hito : reporte.getCompromiso().getHitos()) {
      AvanceHito anterior = anteriores.get(hito.getId());
      avances.add(
          new Avance(
              hito.getId(),
              Mensajes.texto("seguimiento.avance.hito", hito.getDescripcion(), SeguimientoService.FECHA.format(hito.getFechaFin())),
              anterior != null ? anterior.getEstado() : hito.getEstado(),
              anterior != null ? anterior.getPorcentaje() : hito.getPorcentaje(),
              anterior != null ? anterior.getComentario() : null));
    }
    return new FormularioReportarAvance(
        compromiso(reporte),
        periodo(reporte),
        reporte.getObservaciones(),
        avances,
        reporte.getNarrativa(),
        reporte.getEvidencias().stream().map(e -> new EvidenciaEnlace(e.getDescripcion(), e.getUrl())).toList());
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
      Long reporteId, List<Avance> filasAvance, String narrativa, List<EvidenciaEnlace> filasEvidencia, String usuario) {
    ReporteAvance reporte = reporte(reporteId);
    if (reporte.getEstado() != EstadoReporte.PENDIENTE && reporte.getEstado() != EstadoReporte.DEVUELTO) {
      throw new IllegalStateException("Reporte " + reporteId + " is " + reporte.getEstado());
    }
    Compromiso compromiso = reporte.getCompromiso();
    List<HitoResumen> hitos =
        compromiso.getHitos().stream().map(h -> new HitoResumen(h.getId(), h.getDescripcion())).toList();
    List<AvanceCapturado> avances = ReglasSeguimiento.avances(filasAvance, hitos);
    String texto = ReglasSeguimiento.narrativa(narrativa);
    List<EvidenciaEnlace> evidencias = ReglasSeguimiento.evidencias(filasEvidencia);

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
    reporte.getEvidencias().removeIf(e -> !evidencias.contains(new EvidenciaEnlace(e.getDescripcion(), e.getUrl())));
    for (EvidenciaEnlace capturada : evidencias) {
      boolean existe =
          reporte.getEvidencias().stream()
              .anyMatch(e -> capturada.equals(new EvidenciaEnlace(e.getDescripcion(), e.getUrl())));
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
        compromiso.getFolio(), ENTIDAD_REPORTE, reporte.getId(), EstadoReporte.ENVIADO.name(), usuario,
        Mensajes.texto("seguimiento.auditoria.enviado", String.valueOf(reporte.getPeriodo())));
  }

  /** Task_VerificarReporte as it opens: the sent report, read-only, and no decision. */
  @Transactional(readOnly = true)
  public FormularioVerificarReporte formularioVerificacion(Long reporteId) {
    ReporteAvance reporte = reporte(reporteId);
    String avances =
        reporte.getAvances().stream()
            .map(
                a ->
                    a.getComentario() != null
                        ? Mensajes.texto(
                            "seguimiento.verificacion.avance-comentado", a.getHito().getDescripcion(),
                            ReglasSeguimiento.etiqueta(a.getEstado()), String.valueOf(a.getPorcentaje()), a.getComentario())
                        : Mensajes.texto(
                            "seguimiento.verificacion.avance", a.getHito().getDescripcion(),
                            ReglasSeguimiento.etiqueta(a.getEstado()), String.valueOf(a.getPorcentaje())))
            .collect(Collectors.joining("\n"));
    String evidencias =
        reporte.getEvidencias().isEmpty()
            ? Mensajes.texto("seguimiento.verificacion.sin-evidencias")
            : reporte.getEvidencias().stream()
                .map(e -> Mensajes.texto("seguimiento.verificacion.evidencia", e.getDescripcion(), e.getUrl()))
                .collect(Collectors.joining("\n"));
    return new FormularioVerificarReporte(
        compromiso(reporte), periodo(reporte), reporte.getReportadoPor(), avances, reporte.getNarrativa(), evidencias,
        null, null);
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
    if (VERIFICAR.equals(decision)) {
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
        reporte.getCompromiso().getFolio(), ENTIDAD_REPORTE, reporte.getId(), EstadoReporte.PUBLICADO.name(),
        Auditoria.SISTEMA, Mensajes.texto("seguimiento.auditoria.publicado", String.valueOf(reporte.getPeriodo())));
    eventos.publishEvent(new ReportePublicado(reporte.getCompromiso().getEjercicio().getId()));
  }

  /** "EGA-2027-C-001 — Título": the commitment as the report forms name it. */
  private static String compromiso(ReporteAvance reporte) {
    return Mensajes.texto(
        "seguimiento.compromiso", reporte.getCompromiso().getFolio(), reporte.getCompromiso().getTitulo());
  }

  /** "Periodo 1, con corte al 31/03/2027". */
  private static String periodo(ReporteAvance reporte) {
    return Mensajes.texto(
        "seguimiento.periodo", String.valueOf(reporte.getPeriodo()), SeguimientoService.FECHA.format(reporte.getFechaCorte()));
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

  private Instant ahora() {
    return plazos.ahora().toInstant();
  }
}
