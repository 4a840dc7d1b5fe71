package mx.infoqro.gobiernoabierto.seguimiento;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.compromiso.Hito;

/** The status of one milestone as stated in one progress report. */
@Entity
@Table(name = "avance_hito")
@Getter
@Setter
@NoArgsConstructor
public class AvanceHito {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reporte_id", nullable = false)
  private ReporteAvance reporte;

  @ManyToOne(optional = false)
  @JoinColumn(name = "hito_id", nullable = false)
  private Hito hito;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Hito.EstadoHito estado;

  private int porcentaje;

  @Column(length = 2000)
  private String comentario;
}
