package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoProcess.VAR_REPORTE_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReportarAvance: on create, prefills the report form (one row per milestone, narrative,
 * evidence, the commission's observations when it was returned) as task-local variables; on
 * complete, hands what the agency submitted to {@link SeguimientoService#registrarReporte}.
 */
@Component("reportarAvanceListener")
class ReportarAvanceListener implements TaskListener {

  static final String CAMPO_COMPROMISO = "compromiso";
  static final String CAMPO_PERIODO = "periodoReporte";
  static final String CAMPO_OBSERVACIONES_DEVOLUCION = "observacionesDevolucion";
  static final String CAMPO_AVANCES = "avances";
  static final String CAMPO_NARRATIVA = "narrativa";
  static final String CAMPO_EVIDENCIAS = "evidencias";

  private final SeguimientoService servicio;
  private final Auditoria auditoria;

  ReportarAvanceListener(SeguimientoService servicio, Auditoria auditoria) {
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long reporteId = VariablesSeguimiento.id(tarea, VAR_REPORTE_ID);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      var datos = servicio.datosReporte(reporteId);
      tarea.setVariableLocal(CAMPO_COMPROMISO, datos.folio() + " — " + datos.titulo());
      tarea.setVariableLocal(
          CAMPO_PERIODO,
          "Periodo " + datos.periodo() + ", con corte al " + SeguimientoService.FECHA.format(datos.fechaCorte()));
      tarea.setVariableLocal(CAMPO_OBSERVACIONES_DEVOLUCION, datos.observaciones());
      tarea.setVariableLocal(CAMPO_AVANCES, FormularioTarea.json(datos.avances()));
      tarea.setVariableLocal(CAMPO_NARRATIVA, datos.narrativa());
      tarea.setVariableLocal(CAMPO_EVIDENCIAS, FormularioTarea.json(datos.evidencias()));
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      servicio.registrarReporte(
          reporteId,
          FormularioTarea.filas(tarea, CAMPO_AVANCES),
          FormularioTarea.texto(tarea, CAMPO_NARRATIVA),
          FormularioTarea.filas(tarea, CAMPO_EVIDENCIAS),
          auditoria.actor(tarea));
    }
  }
}
