package mx.infoqro.gobiernoabierto.compromiso;

/**
 * The decisions on a commitment's draft as their Camunda Forms submit them (read-only fields
 * empty, as the records' prefill does not travel back); pass them through
 * {@code Formularios.variables} to submit them as Tasklist does.
 */
public final class FormulariosCompromisoPrueba {

  private FormulariosCompromisoPrueba() {}

  /** The STL's review with every criterion checked. */
  public static FormularioRevisarCompromisoStl revisionStl(String decision, String observaciones) {
    return new FormularioRevisarCompromisoStl(
        null, null, null, null, null, null, null, null, null, true, true, true, true, true, decision, observaciones);
  }

  /** The agency's answer to the draft the STL approved. */
  public static FormularioAceptarCompromiso aceptacion(String decision, String observaciones) {
    return new FormularioAceptarCompromiso(null, null, null, null, null, null, null, null, null, decision, observaciones);
  }

  /** The Pleno's decision on the draft the agency accepted. */
  public static FormularioAprobarCompromisoPleno pleno(String decision, String observaciones) {
    return new FormularioAprobarCompromisoPleno(null, null, null, null, null, null, null, null, null, decision, observaciones);
  }
}
