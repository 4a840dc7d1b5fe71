package mx.infoqro.gobiernoabierto.registro;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;

/** One cell of an edition's participation snapshot, taken when its registration closed. */
@Entity
@Table(name = "estadistica_registro")
@Getter
@Setter
@NoArgsConstructor
class EstadisticaRegistro {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EstadisticasRegistro.Dimension dimension;

  @Column(nullable = false, length = 200)
  private String categoria;

  private int personas;

  @Column(nullable = false)
  private Instant tomada;
}
