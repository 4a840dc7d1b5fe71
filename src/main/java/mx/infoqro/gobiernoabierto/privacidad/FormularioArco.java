package mx.infoqro.gobiernoabierto.privacidad;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * What the portal form {@code /derechos-arco} sends. Field rules here; the conditional ones
 * (rectification needs the data to correct, opposition the processing) and the service's rules
 * ({@link ReglasArco#validarSolicitud}) are checked by the controller.
 */
@Getter
@Setter
public class FormularioArco {

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
}
