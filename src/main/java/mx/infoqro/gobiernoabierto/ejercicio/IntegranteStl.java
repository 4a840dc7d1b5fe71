package mx.infoqro.gobiernoabierto.ejercicio;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A member of the Secretariado Técnico Local of an edition (public information). */
@Entity
@Table(name = "integrante_stl")
@Getter
@Setter
@NoArgsConstructor
public class IntegranteStl {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  @Column(nullable = false, length = 200)
  private String nombre;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SectorStl sector;

  @Column(length = 300)
  private String organizacion;

  @Column(length = 100)
  private String cargo;

  /** The three parties of the tripartite forum. */
  public enum SectorStl {
    COMISION,
    GOBIERNO,
    SOCIEDAD_CIVIL
  }
}
