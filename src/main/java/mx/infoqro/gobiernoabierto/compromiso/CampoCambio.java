package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One changed field of a {@link CambioCompromiso}: its value before and after (text, ISO dates). */
@Entity
@Table(name = "campo_cambio")
@Getter
@Setter
@NoArgsConstructor
public class CampoCambio {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cambio_id", nullable = false)
  private CambioCompromiso cambio;

  private int orden;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Campo campo;

  /** The milestone it changes (null for a field of the commitment; the new one once applied). */
  @ManyToOne
  @JoinColumn(name = "hito_id")
  private Hito hito;

  @Column(length = 8000)
  private String valorAnterior;

  @Column(length = 8000)
  private String valorNuevo;

  public CampoCambio(Campo campo, Hito hito, String valorAnterior, String valorNuevo) {
    this.campo = campo;
    this.hito = hito;
    this.valorAnterior = valorAnterior;
    this.valorNuevo = valorNuevo;
  }

  /** What may change; {@link #alcance()} marks a change of scope or of responsible agency. */
  public enum Campo {
    DESCRIPCION(true),
    COMO_RESUELVE(true),
    SUJETO_RESPONSABLE(true),
    OTROS_ACTORES(false),
    HITO_DESCRIPCION(false),
    HITO_PRODUCTO(false),
    HITO_FECHA_INICIO(false),
    HITO_FECHA_FIN(false),
    HITO_RETIRADO(false),
    HITO_NUEVO(false);

    private final boolean alcance;

    Campo(boolean alcance) {
      this.alcance = alcance;
    }

    public boolean alcance() {
      return alcance;
    }
  }
}
