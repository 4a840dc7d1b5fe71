package mx.infoqro.gobiernoabierto.mesa;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.registro.Participante;

/** A participant's proposal to a table and its public reasoned response. Never deleted. */
@Entity
@Table(name = "propuesta")
@Getter
@Setter
@NoArgsConstructor
public class Propuesta {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mesa_id", nullable = false)
  private Mesa mesa;

  /** The session where it was presented, if any (portal proposals have none). */
  @ManyToOne
  @JoinColumn(name = "sesion_id")
  private Sesion sesion;

  /** The registered author, if known; public pages show only {@link #autorPublico}. */
  @ManyToOne
  @JoinColumn(name = "participante_id")
  private Participante participante;

  /** How the author is shown publicly: an organisation, an agency, or "Participante". */
  @Column(nullable = false, length = 300)
  private String autorPublico;

  @Column(nullable = false, length = 4000)
  private String problema;

  @Column(length = 4000)
  private String causa;

  @Column(nullable = false, length = 4000)
  private String propuesta;

  private Instant recibida;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private DecisionRespuesta respuestaDecision;

  @Column(length = 4000)
  private String respuestaRazon;

  private Instant respuestaFecha;

  @Column(length = 64)
  private String respuestaUsuario;

  /** The id of the commitment the proposal was taken into, once drafted (a later phase's row). */
  @Column(name = "compromiso_id")
  private Long compromisoId;

  /** The proposal this one was merged with. */
  @ManyToOne
  @JoinColumn(name = "fusionada_con_id")
  private Propuesta fusionadaCon;

  public boolean respondida() {
    return respuestaDecision != null;
  }

  /** The three possible reasoned responses. */
  public enum DecisionRespuesta {
    INCORPORADA,
    FUSIONADA,
    NO_INCORPORADA
  }
}
