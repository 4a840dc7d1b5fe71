package mx.infoqro.gobiernoabierto.registro;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;

/** The registration of a participant in an edition, with the axes they want to work on. */
@Entity
@Table(name = "registro")
@Getter
@Setter
@NoArgsConstructor
public class Registro {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  @OneToOne(optional = false)
  @JoinColumn(name = "participante_id", nullable = false, unique = true)
  private Participante participante;

  @ManyToMany
  @JoinTable(
      name = "registro_eje",
      joinColumns = @JoinColumn(name = "registro_id"),
      inverseJoinColumns = @JoinColumn(name = "eje_id"))
  private Set<EjeTematico> ejes = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EstadoRegistro estado = EstadoRegistro.PENDIENTE_CONFIRMACION;

  /** Set when the registration window closes: no change afterwards. */
  private Instant congelado;

  private Instant creado = Instant.now();

  /** Whether this registration counts for the quorum of the tables. */
  public boolean cuenta() {
    return estado == EstadoRegistro.CONFIRMADO || estado == EstadoRegistro.VALIDADO;
  }

  public enum EstadoRegistro {
    /** E-mail not confirmed yet (double opt-in). */
    PENDIENTE_CONFIRMACION,
    /** Confirmed; a civil-society registration counts from here. */
    CONFIRMADO,
    /** An agency liaison confirmed, waiting for validation by comision. */
    PENDIENTE_VALIDACION,
    /** An agency liaison validated by comision. */
    VALIDADO,
    RECHAZADO
  }
}
