package mx.infoqro.gobiernoabierto.mesa;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;

/**
 * A session of the Secretariado Técnico Local (its own, not a table's): when, where and what for,
 * then its attendance by party, agreements and minutes, public once published.
 */
@Entity
@Table(name = "sesion_stl")
@Getter
@Setter
@NoArgsConstructor
public class SesionStl {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  private int numero;

  @Column(nullable = false)
  private OffsetDateTime fechaHora;

  @Column(length = 500)
  private String lugar;

  @Column(length = 500)
  private String enlace;

  @Column(nullable = false, length = 4000)
  private String ordenDia;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadoSesionStl estado = EstadoSesionStl.PROGRAMADA;

  private Integer asistentesComision;
  private Integer asistentesGobierno;
  private Integer asistentesSociedadCivil;

  /** As published: names of members and their organisations, never e-mails or phones. */
  @Column(length = 4000)
  private String listaAsistencia;

  @Column(length = 20000)
  private String acuerdos;

  @Column(length = 20000)
  private String acta;

  /** When the session was recorded as held. */
  private Instant celebrada;

  /** When its minutes and agreements became public. */
  private Instant actaPublicada;

  public enum EstadoSesionStl {
    PROGRAMADA,
    CELEBRADA,
    SIN_QUORUM
  }
}
