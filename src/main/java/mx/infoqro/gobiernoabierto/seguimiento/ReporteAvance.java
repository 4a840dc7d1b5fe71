package mx.infoqro.gobiernoabierto.seguimiento;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;

/** A periodic progress report of a commitment, verified by comision before publication. */
@Entity
@Table(name = "reporte_avance")
@Getter
@Setter
@NoArgsConstructor
public class ReporteAvance {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "compromiso_id", nullable = false)
  private Compromiso compromiso;

  /** Period number within the plan (1, 2, …). */
  private int periodo;

  private LocalDate fechaCorte;

  @Column(length = 8000)
  private String narrativa;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoReporte estado = EstadoReporte.PENDIENTE;

  @Column(length = 4000)
  private String observaciones;

  @Column(length = 64)
  private String reportadoPor;

  private Instant reportado;

  @Column(length = 64)
  private String verificadoPor;

  private Instant verificado;

  private Instant publicado;

  @OneToMany(mappedBy = "reporte", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<AvanceHito> avances = new ArrayList<>();

  @OneToMany(mappedBy = "reporte", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Evidencia> evidencias = new ArrayList<>();

  public enum EstadoReporte {
    PENDIENTE,
    ENVIADO,
    DEVUELTO,
    VERIFICADO,
    PUBLICADO
  }
}
