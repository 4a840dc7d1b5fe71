package mx.infoqro.gobiernoabierto.rendicion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.Escenarios;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.compromiso.PlanAccionService;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.seguimiento.AvanceHito;
import mx.infoqro.gobiernoabierto.seguimiento.Evidencia;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvanceRepository;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the public side: an edition with its call published, one table, commitments on the
 * axes given, the plan integrated, signed and published through {@link PlanAccionService} (so its
 * PDF is rendered as in production), and published reports written through the repositories.
 * Every call makes a new edition (tests share one context).
 */
@Component
public class PlanPublicadoPrueba {

  private final Escenarios escenarios;
  private final ConvocatoriaRepository convocatorias;
  private final CompromisoRepository compromisos;
  private final ReporteAvanceRepository reportes;
  private final PlanAccionService planes;
  private final Plazos plazos;
  private final TransactionTemplate tx;

  PlanPublicadoPrueba(
      Escenarios escenarios,
      ConvocatoriaRepository convocatorias,
      CompromisoRepository compromisos,
      ReporteAvanceRepository reportes,
      PlanAccionService planes,
      Plazos plazos,
      TransactionTemplate tx) {
    this.escenarios = escenarios;
    this.convocatorias = convocatorias;
    this.compromisos = compromisos;
    this.reportes = reportes;
    this.planes = planes;
    this.plazos = plazos;
    this.tx = tx;
  }

  public record Plan(Ejercicio ejercicio, Mesa mesa, SujetoObligado sujeto, List<Compromiso> compromisos) {}

  /** An edition whose call is published and whose table drafted {@code n} commitments, not yet a plan. */
  public Plan borradores(int n, String titulo) {
    Ejercicio ejercicio = escenarios.ejercicio();
    tx.executeWithoutResult(
        s -> {
          Convocatoria c = convocatorias.findByEjercicioId(ejercicio.getId()).orElseThrow();
          c.setEstado(Convocatoria.EstadoConvocatoria.PUBLICADA);
          c.setPublicada(Instant.now());
        });
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "anticorrupcion", sujeto);
    List<Compromiso> lista = new ArrayList<>();
    LocalDate hoy = plazos.hoy();
    for (int i = 0; i < n; i++) {
      Compromiso c = escenarios.compromiso(mesa, sujeto);
      int k = i;
      lista.add(
          tx.execute(
              s -> {
                Compromiso m = compromisos.findById(c.getId()).orElseThrow();
                m.setTitulo(titulo + " " + (k + 1));
                m.setValores("TRANSPARENCIA,PARTICIPACION_CIUDADANA");
                m.setOtrosActores("Observatorio Ciudadano de Querétaro");
                m.setFechaInicio(hoy.minusMonths(6));
                m.setFechaFin(hoy.plusMonths(6));
                // first milestone already due, second still running
                m.getHitos().get(0).setFechaInicio(hoy.minusMonths(6));
                m.getHitos().get(0).setFechaFin(hoy.minusDays(10));
                m.getHitos().get(1).setFechaInicio(hoy.minusDays(10));
                m.getHitos().get(1).setFechaFin(hoy.plusMonths(6));
                return m;
              }));
    }
    return new Plan(ejercicio, mesa, sujeto, lista);
  }

  /** The drafts approved, integrated into the plan, signed by the Pleno and published (PDF rendered). */
  public Plan publicar(Plan plan) {
    return publicar(plan, true);
  }

  /** As {@link #publicar(Plan)}; without {@code enImplementacion} the commitments stay APROBADO, ready for the follow-up process. */
  public Plan publicar(Plan plan, boolean enImplementacion) {
    tx.executeWithoutResult(
        s -> plan.compromisos().forEach(c -> compromisos.findById(c.getId()).orElseThrow().setEstado(EstadoCompromiso.APROBADO)));
    Long ejercicioId = plan.ejercicio().getId();
    planes.integrar(ejercicioId);
    planes.firmar(ejercicioId, true, null, "pleno");
    planes.publicar(ejercicioId);
    if (!enImplementacion) {
      return plan;
    }
    tx.executeWithoutResult(
        s -> plan.compromisos().forEach(c -> compromisos.findById(c.getId()).orElseThrow().setEstado(EstadoCompromiso.EN_IMPLEMENTACION)));
    return plan;
  }

  /** A plan of {@code n} published commitments titled {@code titulo} 1…n. */
  public Plan publicado(int n, String titulo) {
    return publicar(borradores(n, titulo));
  }

  /**
   * A report of the commitment written as published (its milestones take its values, as the
   * follow-up's publication does).
   */
  public ReporteAvance reporte(
      Compromiso compromiso, int periodo, ReporteAvance.EstadoReporte estado, int[] porcentajes, String narrativa, String... urls) {
    return tx.execute(
        s -> {
          Compromiso c = compromisos.findById(compromiso.getId()).orElseThrow();
          ReporteAvance r = new ReporteAvance();
          r.setCompromiso(c);
          r.setPeriodo(periodo);
          r.setFechaCorte(plazos.hoy().minusDays(5));
          r.setNarrativa(narrativa);
          r.setEstado(estado);
          r.setObservaciones("Observación interna de la Comisión " + periodo);
          r.setReportadoPor("enlace");
          r.setReportado(Instant.now());
          if (estado == ReporteAvance.EstadoReporte.PUBLICADO) {
            r.setVerificado(Instant.now());
            r.setPublicado(Instant.now());
          }
          for (int i = 0; i < c.getHitos().size(); i++) {
            Hito h = c.getHitos().get(i);
            AvanceHito a = new AvanceHito();
            a.setReporte(r);
            a.setHito(h);
            a.setPorcentaje(porcentajes[i]);
            a.setEstado(porcentajes[i] == 100 ? Hito.EstadoHito.COMPLETADO : porcentajes[i] == 0 ? Hito.EstadoHito.NO_INICIADO : Hito.EstadoHito.EN_PROCESO);
            r.getAvances().add(a);
            if (estado == ReporteAvance.EstadoReporte.PUBLICADO) {
              h.setPorcentaje(a.getPorcentaje());
              h.setEstado(a.getEstado());
            }
          }
          for (String url : urls) {
            Evidencia e = new Evidencia();
            e.setReporte(r);
            e.setDescripcion("Evidencia en " + url);
            e.setUrl(url);
            r.getEvidencias().add(e);
          }
          return reportes.save(r);
        });
  }
}
