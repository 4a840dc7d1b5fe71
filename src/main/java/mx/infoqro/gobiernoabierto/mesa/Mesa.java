package mx.infoqro.gobiernoabierto.mesa;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.registro.Registro;

/**
 * The co-creation table of one axis in one edition, folio {@code EGA-<year>-M-<n>}. An axis
 * without quorum also gets a Mesa, declared void with its public reason.
 */
@Entity
@Table(name = "mesa", uniqueConstraints = @UniqueConstraint(columnNames = {"ejercicio_id", "eje_id"}))
@Getter
@Setter
@NoArgsConstructor
public class Mesa {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  @ManyToOne(optional = false)
  @JoinColumn(name = "eje_id", nullable = false)
  private EjeTematico eje;

  @Column(nullable = false, unique = true, length = 30)
  private String folio;

  /** Camunda user id of the facilitator who took the table's first task. */
  @Column(length = 64)
  private String facilitador;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoMesa estado;

  /** Public reason of a void table. */
  @Column(length = 2000)
  private String motivoDesierta;

  @ManyToMany
  @JoinTable(
      name = "mesa_integrante",
      joinColumns = @JoinColumn(name = "mesa_id"),
      inverseJoinColumns = @JoinColumn(name = "registro_id"))
  private Set<Registro> integrantes = new LinkedHashSet<>();

  private Instant creada;

  private Instant cerrada;

  /** The folio of table {@code n} of an edition. */
  public static String folioDe(String folioEjercicio, int n) {
    return folioEjercicio + "-M-" + n;
  }

  public enum EstadoMesa {
    INSTALADA,
    DESIERTA,
    CERRADA
  }
}
