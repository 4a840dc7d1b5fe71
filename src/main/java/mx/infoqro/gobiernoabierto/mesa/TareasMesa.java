package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.MesaProcess.*;

import mx.infoqro.gobiernoabierto.mesa.MesaService.Vista;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What every task listener of the table process shares. */
public final class TareasMesa {

  private TareasMesa() {}

  /** The table's id, a process variable set by the calling process. */
  public static Long mesaId(VariableScope ambito) {
    Object valor = ambito.getVariable(VAR_MESA_ID);
    if (!(valor instanceof Number numero)) {
      throw new IllegalStateException("La instancia no tiene la variable " + VAR_MESA_ID);
    }
    return numero.longValue();
  }

  /** The read-only header of every form: the table's folio and axis. */
  public static void encabezado(DelegateTask tarea, Vista vista) {
    tarea.setVariableLocal(CAMPO_MESA_FOLIO, vista.folio());
    tarea.setVariableLocal(CAMPO_MESA_EJE, vista.eje());
  }
}
