package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_RevisarCompromisoStl: the draft (read-only), the commitment criteria the STL
 * checks (none checked when it opens), its decision ({@code decisionStl}, read by the model) and
 * observations.
 */
@Formulario("revisar-compromiso-stl")
public record FormularioRevisarCompromisoStl(
    String folio,
    String ronda,
    String titulo,
    String eje,
    String sujetoResponsable,
    String problema,
    String descripcion,
    String hitosResumen,
    String observacionesAnteriores,
    Boolean especifico,
    Boolean verificable,
    Boolean relevante,
    Boolean hitosConFechas,
    Boolean conSujetoResponsable,
    @Formulario.Decision String decisionStl,
    String observaciones)
    implements FormularioDecisionCompromiso {

  /**
   * The STL's review: the criteria it checks (null: unchecked), its decision and observations (the
   * draft is read-only).
   */
  public static FormularioRevisarCompromisoStl revision(
      Boolean especifico, Boolean verificable, Boolean relevante, Boolean hitosConFechas, Boolean conSujetoResponsable,
      String decision, String observaciones) {
    return new FormularioRevisarCompromisoStl(
        null, null, null, null, null, null, null, null, null, especifico, verificable, relevante, hitosConFechas,
        conSujetoResponsable, decision, observaciones);
  }

  /** The STL's review with every criterion checked. */
  public static FormularioRevisarCompromisoStl decision(String decision, String observaciones) {
    return revision(true, true, true, true, true, decision, observaciones);
  }

  /** The form as it opens on the draft {@code v}. */
  static FormularioRevisarCompromisoStl de(VistaCompromiso v) {
    return new FormularioRevisarCompromisoStl(
        v.folio(), v.ronda(), v.titulo(), v.eje(), v.sujetoResponsable(), v.problema(), v.descripcion(),
        v.hitosResumen(), v.observacionesAnteriores(), false, false, false, false, false, null, null);
  }

  @Override
  public String decision() {
    return decisionStl;
  }

  /** The review as the service takes it (an unchecked criterion is not met). */
  RevisionStl revision() {
    return new RevisionStl(
        decisionStl,
        Boolean.TRUE.equals(especifico),
        Boolean.TRUE.equals(verificable),
        Boolean.TRUE.equals(relevante),
        Boolean.TRUE.equals(hitosConFechas),
        Boolean.TRUE.equals(conSujetoResponsable),
        observaciones);
  }
}
