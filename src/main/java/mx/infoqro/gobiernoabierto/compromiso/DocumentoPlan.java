package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * One version of a published action plan's PDF, the document of record: rendered once, stored with
 * its SHA-256, never updated (a later approved change adds a new version).
 */
@Entity
@Table(name = "documento_plan")
@Getter
@Setter
@NoArgsConstructor
class DocumentoPlan {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_accion_id", nullable = false, updatable = false)
  private PlanAccion plan;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, updatable = false)
  private byte[] contenido;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private long tamanio;

  @Column(nullable = false, updatable = false)
  private Instant generado;
}
