package mx.infoqro.gobiernoabierto.seguimiento;

import static mx.infoqro.gobiernoabierto.seguimiento.SeguimientoProcess.VAR_COMPROMISO_ID;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.FormularioTarea;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluarCompromiso: on create, prefills the evaluation form (the commitment, its approval
 * criteria, its follow-up summary and any evaluation already recorded) as task-local variables; on
 * complete, hands the IRM scales to {@link SeguimientoService#evaluar}.
 */
@Component("evaluarCompromisoListener")
class EvaluarCompromisoListener implements TaskListener {

  static final String CAMPO_COMPROMISO = "compromiso";
  static final String CAMPO_SUJETO = "sujetoResponsable";
  static final String CAMPO_CRITERIOS = "criteriosAprobacion";
  static final String CAMPO_RESUMEN = "resumenSeguimiento";
  static final String CAMPO_POTENCIAL = "potencial";
  static final String CAMPO_CUMPLIMIENTO = "cumplimiento";
  static final String CAMPO_ABRIO_GOBIERNO = "abrioGobierno";
  static final String CAMPO_COMENTARIO = "comentario";
  static final String CAMPO_EVIDENCIA = "evidencia";

  private final SeguimientoService servicio;
  private final Auditoria auditoria;

  EvaluarCompromisoListener(SeguimientoService servicio, Auditoria auditoria) {
    this.servicio = servicio;
    this.auditoria = auditoria;
  }

  @Override
  public void notify(DelegateTask tarea) {
    Long compromisoId = VariablesSeguimiento.id(tarea, VAR_COMPROMISO_ID);
    if (EVENTNAME_CREATE.equals(tarea.getEventName())) {
      var datos = servicio.datosEvaluacion(compromisoId);
      tarea.setVariableLocal(CAMPO_COMPROMISO, datos.folio() + " — " + datos.titulo());
      tarea.setVariableLocal(CAMPO_SUJETO, datos.sujetoResponsable());
      tarea.setVariableLocal(CAMPO_CRITERIOS, datos.criteriosAprobacion());
      tarea.setVariableLocal(CAMPO_RESUMEN, datos.resumenSeguimiento());
      tarea.setVariableLocal(CAMPO_POTENCIAL, datos.potencial());
      tarea.setVariableLocal(CAMPO_CUMPLIMIENTO, datos.cumplimiento());
      tarea.setVariableLocal(CAMPO_ABRIO_GOBIERNO, datos.abrioGobierno());
      tarea.setVariableLocal(CAMPO_COMENTARIO, datos.comentario());
      tarea.setVariableLocal(CAMPO_EVIDENCIA, datos.evidencia());
    } else if (EVENTNAME_COMPLETE.equals(tarea.getEventName())) {
      servicio.evaluar(
          compromisoId,
          FormularioTarea.texto(tarea, CAMPO_POTENCIAL),
          FormularioTarea.texto(tarea, CAMPO_CUMPLIMIENTO),
          FormularioTarea.texto(tarea, CAMPO_ABRIO_GOBIERNO),
          FormularioTarea.texto(tarea, CAMPO_COMENTARIO),
          FormularioTarea.texto(tarea, CAMPO_EVIDENCIA),
          auditoria.actor(tarea));
    }
  }
}
