package mx.infoqro.gobiernoabierto.sujeto;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A government body bound by transparency law; its liaisons form the group {@code so-<clave>}. */
@Entity
@Table(name = "sujeto_obligado")
@Getter
@Setter
@NoArgsConstructor
public class SujetoObligado {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Short key, lower case, used in the liaisons' group id, e.g. {@code salud}. */
  @Column(nullable = false, unique = true, length = 40)
  private String clave;

  @Column(nullable = false, length = 300)
  private String nombre;

  @Column(length = 40)
  private String siglas;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TipoSujeto tipo;

  /** Official liaison's institutional e-mail for invitations and reminders. */
  @Column(length = 200)
  private String correoEnlace;

  private boolean activo = true;

  public SujetoObligado(String clave, String nombre, String siglas, TipoSujeto tipo) {
    this.clave = clave;
    this.nombre = nombre;
    this.siglas = siglas;
    this.tipo = tipo;
  }

  /** The Camunda group of this agency's liaisons. */
  public String grupo() {
    return grupoDe(clave);
  }

  public static String grupoDe(String clave) {
    return PREFIJO_GRUPO + clave;
  }

  /** The agency key of a liaisons' group id, if it is one ({@code so-salud} → {@code salud}). */
  public static java.util.Optional<String> claveDeGrupo(String grupo) {
    return grupo != null && grupo.startsWith(PREFIJO_GRUPO)
        ? java.util.Optional.of(grupo.substring(PREFIJO_GRUPO.length()))
        : java.util.Optional.empty();
  }

  private static final String PREFIJO_GRUPO = "so-";

  public enum TipoSujeto {
    ESTATAL,
    MUNICIPAL,
    AUTONOMO,
    UNIVERSIDAD,
    SINDICATO,
    PARTIDO,
    OTRO
  }
}
