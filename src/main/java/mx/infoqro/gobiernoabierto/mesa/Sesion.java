package mx.infoqro.gobiernoabierto.mesa;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A session of a table: when and where, then its attendance and minutes (acta). */
@Entity
@Table(name = "sesion")
@Getter
@Setter
@NoArgsConstructor
public class Sesion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mesa_id", nullable = false)
  private Mesa mesa;

  private int numero;

  @Column(nullable = false)
  private OffsetDateTime fechaHora;

  /** Physical place, or empty for an online session. */
  @Column(length = 500)
  private String lugar;

  /** Link of an online session. */
  @Column(length = 500)
  private String enlace;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoSesion estado = EstadoSesion.PROGRAMADA;

  private Integer asistentes;

  /** Attendance list as published: organisations and agencies, never e-mails or phones. */
  @Column(length = 4000)
  private String listaAsistencia;

  @Column(length = 20000)
  private String acta;

  private Instant actaPublicada;

  public enum EstadoSesion {
    PROGRAMADA,
    CELEBRADA,
    CANCELADA
  }
}
