package mx.infoqro.gobiernoabierto.comun;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The one way to read the id variables (ejercicioId, mesaId, compromisoId...) of a process. */
public final class VariablesProceso {

  private VariablesProceso() {}

  /**
   * The id held by the variable {@code nombre}, whatever numeric type the caller used (the engine,
   * REST or a test may store it as Integer, Long or text).
   *
   * @throws IllegalStateException when the variable is missing: the model or its caller is wrong
   */
  public static Long id(VariableScope ambito, String nombre) {
    Object valor = ambito.getVariable(nombre);
    if (valor instanceof Number numero) {
      return numero.longValue();
    }
    if (valor instanceof String texto && !texto.isBlank()) {
      return Long.valueOf(texto.strip());
    }
    throw new IllegalStateException("Missing process variable " + nombre);
  }
}
