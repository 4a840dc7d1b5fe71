package mx.infoqro.gobiernoabierto.registro;

import java.util.List;

/**
 * What a person submits on the registration form, already trimmed (empty texts are null).
 *
 * @param sujetoObligadoId the agency of a liaison (sector GOBIERNO), chosen from the list
 * @param ejes claves of the axes of interest
 * @param consentimiento the explicit consent to the short privacy notice
 */
public record DatosRegistro(
    String nombre,
    String correo,
    String telefono,
    Sector sector,
    String organizacion,
    Long sujetoObligadoId,
    String municipio,
    List<String> ejes,
    String genero,
    boolean consentimiento) {

  public DatosRegistro {
    ejes = ejes == null ? List.of() : List.copyOf(ejes);
  }
}
