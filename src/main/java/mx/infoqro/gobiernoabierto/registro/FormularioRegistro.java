package mx.infoqro.gobiernoabierto.registro;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;
import lombok.Getter;
import lombok.Setter;

/**
 * The registration form as the browser posts it. Bean Validation checks the shape of each field;
 * the rules that need the edition (axes, agencies) are {@link ReglasRegistro}'s.
 */
@Getter
@Setter
public class FormularioRegistro implements FormularioPublico {

  @NotBlank(message = "{registro.error.nombre}")
  @Size(max = 200, message = "{registro.error.nombre-largo}")
  private String nombre;

  @NotBlank(message = "{registro.error.correo}")
  @Size(max = 200, message = "{registro.error.correo-formato}")
  private String correo;

  @Size(max = 30, message = "{registro.error.telefono}")
  private String telefono;

  @NotNull(message = "{registro.error.sector}")
  private Sector sector;

  @Size(max = 300, message = "{registro.error.organizacion-larga}")
  private String organizacion;

  private Long sujetoObligadoId;

  @NotBlank(message = "{registro.error.municipio}")
  private String municipio;

  @NotEmpty(message = "{registro.error.ejes}")
  private List<String> ejes = new ArrayList<>();

  private String genero;

  @AssertTrue(message = "{registro.error.consentimiento}")
  private boolean consentimiento;

  /** The honeypot (comun.ProteccionFormularios): people never see it. */
  private String sitioWeb;

  /** The submitted data, trimmed, empty texts as null. */
  DatosRegistro datos() {
    return new DatosRegistro(
        limpio(nombre),
        limpio(correo),
        limpio(telefono),
        sector,
        limpio(organizacion),
        sujetoObligadoId,
        limpio(municipio),
        ejes,
        limpio(genero),
        consentimiento);
  }

  private static String limpio(String texto) {
    if (texto == null) {
      return null;
    }
    String limpio = texto.strip();
    return limpio.isEmpty() ? null : limpio;
  }
}
