package mx.infoqro.gobiernoabierto.rendicion;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The form on a commitment's page to follow it: the address, the consent to the short privacy
 * notice, the honeypot. The rules live in {@link mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso#solicitar}.
 */
@Getter
@Setter
@NoArgsConstructor
public class FormularioSeguir {
  private String correo;
  private boolean consentimiento;
  /** Honeypot (comun.ProteccionFormularios). */
  private String sitioWeb;
}
