package mx.infoqro.gobiernoabierto.rendicion;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;

/**
 * The form on a commitment's page to follow it: the address, the consent to the short privacy
 * notice, the honeypot. The shape of each field here; the rules (the address's format, the consent
 * recorded) live in {@link mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso#solicitar}.
 */
@Getter
@Setter
@NoArgsConstructor
public class FormularioSeguir implements FormularioPublico {

  @NotBlank(message = "{rendicion.seguir.error.correo}")
  @Size(max = 200, message = "{rendicion.seguir.error.correo-largo}")
  private String correo;

  @AssertTrue(message = "{rendicion.seguir.error.consentimiento}")
  private boolean consentimiento;

  /** Honeypot (comun.ProteccionFormularios). */
  private String sitioWeb;
}
