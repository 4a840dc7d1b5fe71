package mx.infoqro.gobiernoabierto.rendicion;

import mx.infoqro.gobiernoabierto.comun.Formulario;

/**
 * The form of Task_AtenderAvisoEstandar: the edition and the warning (read-only), the commission's
 * acknowledgement and its optional note (kept in the decision log).
 */
@Formulario("atender-aviso-estandar")
public record FormularioAtenderAvisoEstandar(String ejercicioFolio, String aviso, Boolean avisoEnterado, String nota) {

  /** The commission acknowledges the warning, with an optional note. */
  public static FormularioAtenderAvisoEstandar enterado(String nota) {
    return new FormularioAtenderAvisoEstandar(null, null, true, nota);
  }
}
