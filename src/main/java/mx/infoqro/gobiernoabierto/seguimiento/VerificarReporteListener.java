package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoProcess.VAR_DECISION_VERIFICACION;
import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoProcess.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_VerificarReporte: on create, shows the sent report read-only (task-local variables) and
 * clears the previous round's decision; on complete, hands the decision and observations to
 * {@link SeguimientoService#verificarReporte}. The decision itself lands in the report path's scope,
 * where the gateway reads it.
 */
@Component("verificarReporteListener")
class VerificarReporteListener implements TaskListener {

  static final String CAMPO_COMPROMISO = "compromiso";
  static final String CAMPO_PERIODO = "periodoReporte";
  static final String CAMPO_REPORTADO_POR = "reportadoPor";
  static final String CAMPO_NARRATIVA = "narrativa";
  static final String CAMPO_RESUMEN_AVANCES = "resumenAvances";
  static final String CAMPO_RESUMEN_EVIDENCIAS = "resumenEvidencias";
  static final String CAMPO_OBSERVACIONES = "observaciones";

  private final SeguimientoService servicio;
  private final Auditoria auditoria;

  VerificarReporteListener(SeguimientoService servicio, Auditoria auditoria) {
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long reporteId = VariablesSeguimiento.id(tarea, VAR_REPORTE_ID);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      var datos = servicio.datosVerificacion(reporteId);
      tarea.setVariableLocal(CAMPO_COMPROMISO, datos.folio() + " — " + datos.titulo());
      tarea.setVariableLocal(
          CAMPO_PERIODO,
          "Periodo " + datos.periodo() + ", con corte al " + SeguimientoService.FECHA.format(datos.fechaCorte()));
      tarea.setVariableLocal(CAMPO_REPORTADO_POR, datos.reportadoPor());
      tarea.setVariableLocal(CAMPO_NARRATIVA, datos.narrativa());
      tarea.setVariableLocal(CAMPO_RESUMEN_AVANCES, datos.resumenAvances());
      tarea.setVariableLocal(CAMPO_RESUMEN_EVIDENCIAS, datos.resumenEvidencias());
      tarea.setVariableLocal(CAMPO_OBSERVACIONES, null);
      // A returned and corrected report is decided anew: the form must not open with the last decision
      tarea.getExecution().setVariable(VAR_DECISION_VERIFICACION, null);
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      servicio.verificarReporte(
          reporteId,
          FormularioTarea.texto(tarea, VAR_DECISION_VERIFICACION),
          FormularioTarea.texto(tarea, CAMPO_OBSERVACIONES),
          auditoria.actor(tarea));
    }
  }
}
