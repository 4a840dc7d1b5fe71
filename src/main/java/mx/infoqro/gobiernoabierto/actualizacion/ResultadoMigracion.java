package mx.infoqro.gobiernoabierto.actualizacion;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** What a run did with the instances of one earlier definition of a process. */
@Entity
@Table(name = "migracion_resultado")
@Getter
@NoArgsConstructor
public class ResultadoMigracion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long ejecucionId;

  @Column(nullable = false, length = 100)
  private String proceso;

  /** The engine's version number of the definition the instances were on. */
  private int versionDefinicion;

  /** Model versions (version tags; 0 before tags) from and to. */
  private int desde;

  private int hasta;

  private int migradas;

  private int pendientes;

  /** The steps' descriptions, or why no plan exists. */
  @Column(length = 4000)
  private String descripcion;

  ResultadoMigracion(Long ejecucionId, String proceso, int versionDefinicion, int desde, int hasta, String descripcion) {
    this.ejecucionId = ejecucionId;
    this.proceso = proceso;
    this.versionDefinicion = versionDefinicion;
    this.desde = desde;
    this.hasta = hasta;
    this.descripcion = recortar(descripcion, 4000);
  }

  void contar(int migradas, int pendientes) {
    this.migradas = migradas;
    this.pendientes = pendientes;
  }

  static String recortar(String texto, int maximo) {
    return texto == null || texto.length() <= maximo ? texto : texto.substring(0, maximo - 1) + "…";
  }
}
