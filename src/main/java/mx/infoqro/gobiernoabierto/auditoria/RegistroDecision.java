package mx.infoqro.gobiernoabierto.auditoria;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/**
 * One decision of the exercise (approve, return, validate, publish, verify…): who, when, what and
 * why. Append-only: rows are never updated or deleted.
 */
@Entity
@Immutable
@Table(name = "registro_decision")
@Getter
@NoArgsConstructor
public class RegistroDecision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Folio of the case the decision belongs to, e.g. {@code EGA-2026-C-003}. */
  @Column(nullable = false, length = 40)
  private String folio;

  /** Kind of entity decided upon, e.g. {@code Convocatoria}. */
  @Column(nullable = false, length = 40)
  private String entidad;

  private Long entidadId;

  /** What was decided, e.g. {@code APROBADA}, {@code DEVUELTA}. */
  @Column(nullable = false, length = 40)
  private String decision;

  /** Camunda user id, or {@code sistema} for automatic steps. */
  @Column(nullable = false, length = 64)
  private String usuario;

  @Column(nullable = false)
  private Instant fecha;

  /** Up to 8,000 characters: a person's observations (4,000 at most) with what the step adds (V15). */
  @Column(length = 8000)
  private String motivo;

  public RegistroDecision(
      String folio, String entidad, Long entidadId, String decision, String usuario, Instant fecha, String motivo) {
    this.folio = folio;
    this.entidad = entidad;
    this.entidadId = entidadId;
    this.decision = decision;
    this.usuario = usuario;
    this.fecha = fecha;
    this.motivo = motivo;
  }
}
