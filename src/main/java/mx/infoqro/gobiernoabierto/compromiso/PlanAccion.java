package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;

/** The local action plan of an edition: its approved commitments, signed off by the Pleno. */
@Entity
@Table(name = "plan_accion")
@Getter
@Setter
@NoArgsConstructor
public class PlanAccion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false, unique = true)
  private Ejercicio ejercicio;

  private int numeroCompromisos;

  private Instant generado;

  @Column(length = 64)
  private String firmadoPor;

  private Instant firmado;

  private Instant publicado;
}
