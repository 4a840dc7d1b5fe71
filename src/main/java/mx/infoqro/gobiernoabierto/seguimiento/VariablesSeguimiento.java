package mx.infoqro.gobiernoabierto.seguimiento;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the id variables of the follow-up process, whatever numeric type the caller used. */
final class VariablesSeguimiento {

  private VariablesSeguimiento() {}

  static Long id(VariableScope scope, String nombre) {
    Object valor = scope.getVariable(nombre);
    if (valor == null) {
      throw new IllegalStateException("Missing process variable " + nombre);
    }
    return valor instanceof Number n ? n.longValue() : Long.valueOf(valor.toString());
  }
}
