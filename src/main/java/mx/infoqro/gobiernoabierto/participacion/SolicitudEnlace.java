package mx.infoqro.gobiernoabierto.participacion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;

/** The form of {@code /mi-participacion}: the e-mail to re-send the personal link to. */
@Getter
@Setter
@NoArgsConstructor
public class SolicitudEnlace implements FormularioPublico {

  @NotBlank(message = "{participacion.solicitud.correo.requerido}")
  @Email(message = "{participacion.solicitud.correo.invalido}")
  @Size(max = 200, message = "{participacion.solicitud.correo.largo}")
  private String correo;

  /** Honeypot (comun.ProteccionFormularios). */
  private String sitioWeb;
}
