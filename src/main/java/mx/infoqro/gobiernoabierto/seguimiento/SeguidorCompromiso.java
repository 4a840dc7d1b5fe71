package mx.infoqro.gobiernoabierto.seguimiento;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;

/**
 * Someone who follows a commitment and hears of its verified reports, completed milestones,
 * evaluation and the plan's final report. Personal data: never public; removed on an ARCO
 * cancellation ({@link SeguidoresCompromiso#olvidar}).
 */
@Entity
@Table(name = "seguidor_compromiso")
@Getter
@Setter
@NoArgsConstructor
class SeguidorCompromiso {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "compromiso_id", nullable = false)
  private Compromiso compromiso;

  @Column(nullable = false, length = 200)
  private String correo;

  /** The registered participant, when the follow came from their personal page or their proposal. */
  @Column(name = "participante_id")
  private Long participanteId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Origen origen;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Estado estado = Estado.PENDIENTE;

  @Column(length = 64)
  private String tokenConfirmacionHash;

  private Instant confirmacionExpira;

  /** Carried by every mail to this follower: one click ends the follow. */
  @Column(nullable = false, length = 64, unique = true)
  private String tokenBaja;

  @Column(length = 20)
  private String avisoPrivacidadVersion;

  private Instant consentimiento;

  @Column(nullable = false)
  private Instant creado;

  private Instant confirmado;

  private Instant baja;

  /** Where the follow came from. */
  enum Origen {
    /** The button on the commitment's page: confirmed by e-mail. */
    PORTAL,
    /** One click on the participant's personal page (their address is confirmed). */
    PARTICIPACION,
    /** The author of a proposal the commitment incorporated, when the plan was published. */
    PROPUESTA
  }

  enum Estado {
    PENDIENTE,
    ACTIVO,
    BAJA
  }
}
