package mx.infoqro.gobiernoabierto.actualizacion;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One run of the migrations of running instances: at a start, or asked for again by an
 * administrator on {@code /gestion/versiones}. Its counts grow batch by batch while it runs.
 */
@Entity
@Table(name = "migracion_ejecucion")
@Getter
@NoArgsConstructor
public class EjecucionMigracion {

  /** Who asked for the run. */
  public enum Origen {
    ARRANQUE,
    ADMINISTRACION
  }

  public enum Estado {
    EN_CURSO,
    TERMINADA,
    /** The node stopped (or died) before the run ended; the next start migrates what is left. */
    INTERRUMPIDA
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant inicio;

  private Instant fin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Origen origen;

  /** Camunda user id of the administrator, or {@code sistema} at a start. */
  @Column(nullable = false, length = 64)
  private String usuario;

  /** Host and process of the node that ran it. */
  @Column(length = 200)
  private String nodo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Estado estado;

  /** Instances found on an earlier version when the run began. */
  private int total;

  private int migradas;

  /** Instances that stayed on their version, each with its reason ({@link InstanciaNoMigrada}). */
  private int pendientes;

  EjecucionMigracion(Origen origen, String usuario, String nodo, Instant inicio) {
    this.origen = origen;
    this.usuario = usuario;
    this.nodo = nodo;
    this.inicio = inicio;
    this.estado = Estado.EN_CURSO;
  }

  void contar(int total, int migradas, int pendientes) {
    this.total = total;
    this.migradas = migradas;
    this.pendientes = pendientes;
  }

  void terminar(Estado estado, Instant fin) {
    this.estado = estado;
    this.fin = fin;
  }
}
