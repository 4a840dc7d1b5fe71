package mx.infoqro.gobiernoabierto.privacidad;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;

/**
 * What the portal form {@code /derechos-arco} sends. The shape of each field here; the request's
 * rules, the conditional ones included (rectification needs the data to correct, opposition the
 * processing), are {@link ReglasArco#validarSolicitud}'s, checked by the service.
 */
@Getter
@Setter
public class FormularioArco implements FormularioPublico {

  @NotBlank(message = "{arco.error.nombre}")
  @Size(max = 200, message = "{arco.error.nombre.largo}")
  private String nombre;

  @NotBlank(message = "{arco.error.correo}")
  @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{arco.error.correo.formato}")
  @Size(max = 200, message = "{arco.error.correo.largo}")
  private String correo;

  @NotNull(message = "{arco.error.derecho}")
  private DerechoArco derecho;

  @Size(max = 4000, message = "{arco.error.rectificar.largo}")
  private String datosRectificar;

  private TratamientoArco tratamiento;

  @Size(max = 2000, message = "{arco.error.tratamiento-descripcion.largo}")
  private String tratamientoDescripcion;

  @NotBlank(message = "{arco.error.descripcion}")
  @Size(max = 4000, message = "{arco.error.descripcion.largo}")
  private String descripcion;

  @AssertTrue(message = "{arco.error.acepto}")
  private boolean acepto;

  /** Honeypot (comun.ProteccionFormularios). */
  private String sitioWeb;
}
