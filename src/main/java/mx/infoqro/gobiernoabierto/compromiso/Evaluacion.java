package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The evaluation of a commitment with the OGP IRM scales: verifiable and relevant are set at
 * approval; potential, completion and whether it opened government at the end of the plan.
 */
@Entity
@Table(name = "evaluacion")
@Getter
@Setter
@NoArgsConstructor
public class Evaluacion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "compromiso_id", nullable = false, unique = true)
  private Compromiso compromiso;

  private Boolean verificable;
  private Boolean relevante;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Potencial potencial;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Cumplimiento cumplimiento;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AperturaGobierno abrioGobierno;

  @Column(length = 4000)
  private String comentario;

  @Column(length = 2000)
  private String evidencia;

  @Column(length = 64)
  private String evaluadoPor;

  private Instant evaluado;

  public Evaluacion(Compromiso compromiso) {
    this.compromiso = compromiso;
  }

  public enum Potencial {
    INCIERTO,
    MODESTO,
    SUSTANCIAL
  }

  public enum Cumplimiento {
    SIN_EVIDENCIA,
    NO_INICIADO,
    LIMITADO,
    SUSTANCIAL,
    COMPLETO
  }

  public enum AperturaGobierno {
    EMPEORO,
    NO_CAMBIO,
    MARGINAL,
    SIGNIFICATIVO,
    SOBRESALIENTE
  }
}
