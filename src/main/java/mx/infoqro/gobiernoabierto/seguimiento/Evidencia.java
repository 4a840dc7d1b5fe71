package mx.infoqro.gobiernoabierto.seguimiento;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Evidence of progress: a link (or, from the portal, a file of limited type and size). */
@Entity
@Table(name = "evidencia")
@Getter
@Setter
@NoArgsConstructor
public class Evidencia {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reporte_id", nullable = false)
  private ReporteAvance reporte;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TipoEvidencia tipo = TipoEvidencia.ENLACE;

  @Column(length = 1000)
  private String url;

  @Column(length = 300)
  private String nombreArchivo;

  @Column(length = 100)
  private String tipoContenido;

  private Long tamanio;

  @Column(nullable = false, length = 1000)
  private String descripcion;

  public enum TipoEvidencia {
    ENLACE,
    ARCHIVO
  }
}
