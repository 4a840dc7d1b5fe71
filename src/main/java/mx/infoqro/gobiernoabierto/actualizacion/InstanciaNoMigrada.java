package mx.infoqro.gobiernoabierto.actualizacion;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An instance a run left on its version, and why (in Spanish); the decision log has it too. */
@Entity
@Table(name = "migracion_pendiente")
@Getter
@NoArgsConstructor
public class InstanciaNoMigrada {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long ejecucionId;

  @Column(nullable = false, length = 100)
  private String proceso;

  private int versionDefinicion;

  private int desde;

  private int hasta;

  @Column(nullable = false, length = 64)
  private String instancia;

  /** The instance's business key (its folio), if it has one. */
  @Column(length = 255)
  private String folio;

  @Column(nullable = false, length = 4000)
  private String motivo;

  InstanciaNoMigrada(ResultadoMigracion resultado, String instancia, String folio, String motivo) {
    this.ejecucionId = resultado.getEjecucionId();
    this.proceso = resultado.getProceso();
    this.versionDefinicion = resultado.getVersionDefinicion();
    this.desde = resultado.getDesde();
    this.hasta = resultado.getHasta();
    this.instancia = instancia;
    this.folio = folio;
    this.motivo = ResultadoMigracion.recortar(motivo, 4000);
  }
}
