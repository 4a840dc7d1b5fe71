package mx.infoqro.gobiernoabierto.ejercicio;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The installation of the Secretariado Técnico Local: its act and participation rules. */
@Entity
@Table(name = "instalacion_stl")
@Getter
@Setter
@NoArgsConstructor
public class InstalacionStl {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false, unique = true)
  private Ejercicio ejercicio;

  @Column(nullable = false)
  private LocalDate fechaInstalacion;

  @Column(nullable = false, length = 10000)
  private String reglasParticipacion;

  @Column(nullable = false, length = 20000)
  private String actaInstalacion;

  private Instant publicada;
}
