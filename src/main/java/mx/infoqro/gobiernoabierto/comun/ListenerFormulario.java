package mx.infoqro.gobiernoabierto.comun;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The base of every listener of a user task with a Camunda Form, wired on {@code create} and
 * {@code complete}: on create the form is prefilled with the record {@link #prellenar} returns; on
 * complete the submitted form, read and checked against the form's rules, goes to {@link
 * #completar}, which hands it to one feature service (which validates the domain's rules and
 * stores it). See {@link Formularios}.
 *
 * @param <F> the form's record, annotated with {@link Formulario}
 */
public abstract class ListenerFormulario<F extends Record> implements TaskListener {

  private final Class<F> tipo;
  private Formularios formularios;

  protected ListenerFormulario(Class<F> tipo) {
    this.tipo = tipo;
  }

  @Autowired
  final void usar(Formularios formularios) {
    this.formularios = formularios;
  }

  /** The record this listener binds. */
  public final Class<F> tipo() {
    return tipo;
  }

  @Override
  public final void notify(DelegateTask tarea) {
    switch (tarea.getEventName()) {
      case EVENTNAME_CREATE -> formularios.escribir(tarea, prellenar(tarea));
      case EVENTNAME_COMPLETE -> completar(tarea, formularios.leer(tarea, tipo));
      default -> throw new IllegalStateException("Only create and complete are wired: " + tarea.getEventName());
    }
  }

  /** The form's values when the task is created (read-only views, current values, empty fields). */
  protected abstract F prellenar(DelegateTask tarea);

  /** Hands the submitted form to the feature's service. */
  protected abstract void completar(DelegateTask tarea, F formulario);
}
