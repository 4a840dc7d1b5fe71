package mx.infoqro.gobiernoabierto.comun;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that binds a Camunda Form: its components are named as the form's keys (one
 * place for each field's name) and {@link #value()} is the form's id ({@code forms/<id>.form}),
 * whose labels, required fields and maximum lengths {@link Formularios} also enforces on the server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Formulario {
  /** The form's id, as in {@code camunda:formRef}. */
  String value();

  /**
   * A component of a form record that holds the decision a gateway reads: it lands in the process
   * scope, so it is never prefilled as a task-local variable, and a stale value of an earlier round
   * is removed when the task is created.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Decision {}
}
