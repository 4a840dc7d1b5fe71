package mx.infoqro.gobiernoabierto.registro;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A personal link e-mailed to a participant; only the hash of its token is stored. */
@Entity
@Table(name = "enlace_participante")
@Getter
@Setter
@NoArgsConstructor
class EnlaceParticipante {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "participante_id", nullable = false)
  private Participante participante;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnlacesParticipante.Proposito proposito;

  @Column(nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Column(nullable = false)
  private Instant expira;

  @Column(nullable = false)
  private Instant creado;
}
