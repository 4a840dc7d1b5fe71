package mx.infoqro.gobiernoabierto.ejercicio;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The public call of an edition. Never visible on the portal before {@link #publicada}. */
@Entity
@Table(name = "convocatoria")
@Getter
@Setter
@NoArgsConstructor
public class Convocatoria {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false, unique = true)
  private Ejercicio ejercicio;

  @Column(length = 300)
  private String titulo;

  @Column(length = 20000)
  private String texto;

  @Column(length = 500)
  private String contacto;

  private LocalDate fechaAperturaRegistro;
  private LocalDate fechaCierreRegistro;
  private LocalDate fechaInicioCocreacion;
  private LocalDate fechaFinCocreacion;
  private LocalDate fechaLimiteAprobacion;
  private LocalDate fechaInicioPlan;
  private LocalDate fechaFinPlan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoConvocatoria estado = EstadoConvocatoria.BORRADOR;

  /** Last observations of the Pleno when it returned the call. */
  @Column(length = 4000)
  private String observaciones;

  /** Published version number; each publication is a new version. */
  private int version;

  private Instant publicada;

  public Convocatoria(Ejercicio ejercicio) {
    this.ejercicio = ejercicio;
  }

  public enum EstadoConvocatoria {
    BORRADOR,
    EN_REVISION,
    DEVUELTA,
    APROBADA,
    PUBLICADA
  }
}
