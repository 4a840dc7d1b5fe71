package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A dated milestone of a commitment. */
@Entity
@Table(name = "hito")
@Getter
@Setter
@NoArgsConstructor
public class Hito {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "compromiso_id", nullable = false)
  private Compromiso compromiso;

  @Column(nullable = false, length = 1000)
  private String descripcion;

  @Column(length = 1000)
  private String productoEsperado;

  private LocalDate fechaInicio;

  @Column(nullable = false)
  private LocalDate fechaFin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoHito estado = EstadoHito.NO_INICIADO;

  /** Last verified percentage of completion, 0–100. */
  private int porcentaje;

  /** Removed by an approved change: kept for its reports, out of the commitment's progress (V44). */
  private boolean retirado;

  @Column(length = 2000)
  private String motivoRetiro;

  public Hito(String descripcion, String productoEsperado, LocalDate fechaInicio, LocalDate fechaFin) {
    this.descripcion = descripcion;
    this.productoEsperado = productoEsperado;
    this.fechaInicio = fechaInicio;
    this.fechaFin = fechaFin;
  }

  public enum EstadoHito {
    NO_INICIADO,
    EN_PROCESO,
    COMPLETADO,
    RETRASADO
  }
}
