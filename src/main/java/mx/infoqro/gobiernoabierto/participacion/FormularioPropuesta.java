package mx.infoqro.gobiernoabierto.participacion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.comun.FormularioPublico;

/** The proposal form of the personal page; limits are those of the {@code propuesta} columns. */
@Getter
@Setter
@NoArgsConstructor
public class FormularioPropuesta implements FormularioPublico {

  /** Largest text the {@code propuesta} columns hold. */
  public static final int MAXIMO = 4000;

  @NotNull(message = "{participacion.propuesta.mesa.requerida}")
  private Long mesaId;

  @NotBlank(message = "{participacion.propuesta.problema.requerido}")
  @Size(max = MAXIMO, message = "{participacion.propuesta.problema.largo}")
  private String problema;

  @Size(max = MAXIMO, message = "{participacion.propuesta.causa.largo}")
  private String causa;

  @NotBlank(message = "{participacion.propuesta.propuesta.requerida}")
  @Size(max = MAXIMO, message = "{participacion.propuesta.propuesta.largo}")
  private String propuesta;

  /** Honeypot (comun.ProteccionFormularios). */
  private String sitioWeb;
}
