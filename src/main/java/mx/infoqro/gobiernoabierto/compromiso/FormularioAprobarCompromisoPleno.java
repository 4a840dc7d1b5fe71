package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AprobarCompromisoPleno: the draft (read-only), the Pleno's decision
 * ({@code decisionPleno}, read by the model) and observations.
 */
@Formulario("aprobar-compromiso-pleno")
public record FormularioAprobarCompromisoPleno(
    String folio,
    String ronda,
    String titulo,
    String eje,
    String sujetoResponsable,
    String problema,
    String descripcion,
    String hitosResumen,
    String observacionesAnteriores,
    @Formulario.Decision String decisionPleno,
    String observaciones)
    implements FormularioDecisionCompromiso {

  /** The Pleno's decision on the draft and its observations (the draft is read-only). */
  public static FormularioAprobarCompromisoPleno decision(String decision, String observaciones) {
    return new FormularioAprobarCompromisoPleno(null, null, null, null, null, null, null, null, null, decision, observaciones);
  }

  /** The form as it opens on the draft {@code v}. */
  static FormularioAprobarCompromisoPleno de(VistaCompromiso v) {
    return new FormularioAprobarCompromisoPleno(
        v.folio(), v.ronda(), v.titulo(), v.eje(), v.sujetoResponsable(), v.problema(), v.descripcion(),
        v.hitosResumen(), v.observacionesAnteriores(), null, null);
  }

  @Override
  public String decision() {
    return decisionPleno;
  }
}
