package mx.infoqro.gobiernoabierto.compromiso;

/**
 * What the three decision forms on a draft (STL, agency, Pleno) have in common: the read-only view
 * of the draft ({@link VistaCompromiso}, the same keys in the three forms) and the observations.
 * Each form's record adds its own decision, which the model reads.
 */
interface FormularioDecisionCompromiso {

  /** The decision, one of the values the form offers. */
  String decision();

  String observaciones();
}
