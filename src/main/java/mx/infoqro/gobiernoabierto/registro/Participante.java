package mx.infoqro.gobiernoabierto.registro;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;

/** A person registered in one edition. Personal data: shown only to its owner and to comision. */
@Entity
@Table(
    name = "participante",
    uniqueConstraints = @UniqueConstraint(columnNames = {"ejercicio_id", "correo"}))
@Getter
@Setter
@NoArgsConstructor
public class Participante {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  @Column(nullable = false, length = 200)
  private String nombre;

  @Column(nullable = false, length = 200)
  private String correo;

  @Column(length = 30)
  private String telefono;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Sector sector;

  /** Organisation shown publicly as the author of the person's contributions. */
  @Column(length = 300)
  private String organizacion;

  /** The agency of a liaison (sector GOBIERNO). */
  @ManyToOne
  @JoinColumn(name = "sujeto_obligado_id")
  private SujetoObligado sujetoObligado;

  @Column(length = 120)
  private String municipio;

  /** Optional, only for participation statistics, published in aggregate. */
  @Column(length = 30)
  private String genero;

  @Column(nullable = false, length = 20)
  private String avisoPrivacidadVersion;

  @Column(nullable = false)
  private Instant consentimiento;

  private Instant confirmado;

  /** Set when the person opposed the commission's communications (ARCO opposition): no mail. */
  private Instant noContactar;

  private Instant creado = Instant.now();
}
