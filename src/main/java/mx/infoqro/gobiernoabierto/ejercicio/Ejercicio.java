package mx.infoqro.gobiernoabierto.ejercicio;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One edition of the exercise, folio {@code EGA-<year>}. */
@Entity
@Table(name = "ejercicio")
@Getter
@Setter
@NoArgsConstructor
public class Ejercicio {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private int anio;

  @Column(nullable = false, unique = true, length = 20)
  private String folio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private FaseEjercicio fase = FaseEjercicio.CONVOCATORIA;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoEjercicio estado = EstadoEjercicio.EN_CURSO;

  @Column(length = 64)
  private String processInstanceId;

  /** Axes offered by this edition's call. */
  @ManyToMany
  @JoinTable(
      name = "ejercicio_eje",
      joinColumns = @JoinColumn(name = "ejercicio_id"),
      inverseJoinColumns = @JoinColumn(name = "eje_id"))
  @OrderBy("orden")
  private Set<EjeTematico> ejes = new LinkedHashSet<>();

  /** Final report of the edition, its approval and its publication. */
  @Column(length = 20000)
  private String informeFinal;

  /** Last observations of the Pleno when it returned the final report. */
  @Column(length = 4000)
  private String observacionesInforme;

  private Instant informeFinalPublicado;

  private Instant creado;

  private Instant cerrado;

  public Ejercicio(int anio) {
    this.anio = anio;
    this.folio = folioDe(anio);
  }

  /** The folio of the edition of a year. */
  public static String folioDe(int anio) {
    return "EGA-" + anio;
  }

  public enum EstadoEjercicio {
    EN_CURSO,
    CERRADO
  }
}
