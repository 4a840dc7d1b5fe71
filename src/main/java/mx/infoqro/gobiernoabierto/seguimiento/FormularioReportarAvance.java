package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;

/**
 * The form of Task_ReportarAvance: the commitment and period (read-only), the commission's
 * observations when it returned the report, one row per milestone (its status and percentage: the
 * report's own when it was returned, otherwise the milestone's last published ones), the narrative
 * and the evidence links.
 */
@Formulario("reportar-avance")
public record FormularioReportarAvance(
    String compromiso,
    String periodoReporte,
    String observacionesDevolucion,
    List<Avance> avances,
    String narrativa,
    List<EvidenciaEnlace> evidencias) {

  /**
   * The liaison reports the period: each milestone's row, the narrative and the evidence (the
   * commitment, period and earlier observations are read-only).
   */
  public static FormularioReportarAvance reporte(List<Avance> avances, String narrativa, List<EvidenciaEnlace> evidencias) {
    return new FormularioReportarAvance(null, null, null, avances, narrativa, evidencias);
  }

  /**
   * One milestone's row. {@code hitoId} is not a field of the form: it rides along in the row's
   * data when the form keeps it; otherwise rows follow the milestones' order.
   */
  public record Avance(Long hitoId, String hito, EstadoHito estado, Integer porcentaje, String comentario) {
    /** A milestone's status and percentage as reported, in the milestones' order (no id, no comment). */
    public static Avance reportado(EstadoHito estado, Integer porcentaje) {
      return new Avance(null, null, estado, porcentaje, null);
    }
  }
}
