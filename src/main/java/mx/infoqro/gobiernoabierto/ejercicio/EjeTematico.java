package mx.infoqro.gobiernoabierto.ejercicio;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A thematic axis of the call (reference data, seeded by the first migration). */
@Entity
@Table(name = "eje_tematico")
@Getter
@Setter
@NoArgsConstructor
public class EjeTematico {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Short stable key used in forms and decision tables, e.g. {@code genero}. */
  @Column(nullable = false, unique = true, length = 40)
  private String clave;

  @Column(nullable = false, length = 200)
  private String nombre;

  @Column(length = 2000)
  private String descripcion;

  private int orden;

  private boolean activo = true;
}
