package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AceptarCompromiso: the draft (read-only), the responsible agency's decision
 * ({@code decisionEnlace}, read by the model) and observations.
 */
@Formulario("aceptar-compromiso")
public record FormularioAceptarCompromiso(
    String folio,
    String ronda,
    String titulo,
    String eje,
    String sujetoResponsable,
    String problema,
    String descripcion,
    String hitosResumen,
    String observacionesAnteriores,
    @Formulario.Decision String decisionEnlace,
    String observaciones)
    implements FormularioDecisionCompromiso {

  /** The liaison's answer to the draft and its observations (the draft is read-only). */
  public static FormularioAceptarCompromiso decision(String decision, String observaciones) {
    return new FormularioAceptarCompromiso(null, null, null, null, null, null, null, null, null, decision, observaciones);
  }

  /** The form as it opens on the draft {@code v}. */
  static FormularioAceptarCompromiso de(VistaCompromiso v) {
    return new FormularioAceptarCompromiso(
        v.folio(), v.ronda(), v.titulo(), v.eje(), v.sujetoResponsable(), v.problema(), v.descripcion(),
        v.hitosResumen(), v.observacionesAnteriores(), null, null);
  }

  @Override
  public String decision() {
    return decisionEnlace;
  }
}
