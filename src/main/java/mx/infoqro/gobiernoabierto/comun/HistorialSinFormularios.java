package mx.infoqro.gobiernoabierto.comun;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's history level: everything of {@code full} except the values of forms, i.e. the
 * task-local variables a {@link ListenerFormulario} prefills and a person submits, and the "form
 * property" details of a task's form submission. Decisions submitted by a form land in the process
 * scope (see {@link Formulario.Decision}) and keep their history.
 *
 * <p>Why: a text field of a form may hold more than the 4,000 characters of a String variable's
 * history columns ({@code ACT_HI_VARINST.TEXT_}, {@code ACT_HI_DETAIL.TEXT_}), and Tasklist
 * submits a textarea as an untyped value, i.e. a String, even when {@link Formularios} prefilled
 * it as Json. The runtime row of such a variable is never written with the long text: the
 * submission updates it and the completion deletes it in the same command, so the engine only
 * issues the DELETE. Only its history would be written, and history of form values is also where
 * personal data would outlive the case (the entities keep what must be kept, and the decision log
 * says who decided what). So no history is produced for them at all.
 *
 * <p>Its id is stored in {@code ACT_GE_PROPERTY} (name {@code historyLevel}) and must be unique;
 * a database created with {@code full} is moved to this level once at start-up ({@link
 * HistorialSinFormulariosPlugin}).
 */
public final class HistorialSinFormularios extends AbstractHistoryLevel {

  /** The value of {@code camunda.bpm.history-level}. */
  public static final String NOMBRE = "full-sin-formularios";

  /** Stored in the database: distinct from the built-in levels 0 to 3. */
  public static final int ID = 31;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NOMBRE;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType tipo, Object entidad) {
    if (entidad instanceof VariableInstanceEntity variable) {
      return variable.getTaskId() == null;
    }
    if (entidad instanceof HistoricVariableUpdateEventEntity detalle) {
      return detalle.getTaskId() == null;
    }
    if (tipo == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      // a task's form submission; the variables it set follow the rules above
      return !(entidad instanceof DelegateTask);
    }
    return true;
  }
}
