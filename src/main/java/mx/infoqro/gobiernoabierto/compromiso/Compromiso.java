package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;

/** A commitment of the action plan, folio {@code EGA-<year>-C-<nnn>}, following the OGP template. */
@Entity
@Table(name = "compromiso")
@Getter
@Setter
@NoArgsConstructor
public class Compromiso {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ejercicio_id", nullable = false)
  private Ejercicio ejercicio;

  @ManyToOne
  @JoinColumn(name = "mesa_id")
  private Mesa mesa;

  @ManyToOne(optional = false)
  @JoinColumn(name = "eje_id", nullable = false)
  private EjeTematico eje;

  /** Sequence within the edition, the {@code nnn} of the folio. */
  private int numero;

  @Column(nullable = false, unique = true, length = 30)
  private String folio;

  @Column(nullable = false, length = 300)
  private String titulo;

  @Column(nullable = false, length = 4000)
  private String problema;

  @Column(length = 4000)
  private String statusQuo;

  @Column(nullable = false, length = 8000)
  private String descripcion;

  @Column(length = 4000)
  private String comoResuelve;

  /** Open-government values it is relevant to, comma separated (see {@link ValorGobiernoAbierto}). */
  @Column(length = 200)
  private String valores;

  @ManyToOne(optional = false)
  @JoinColumn(name = "sujeto_responsable_id", nullable = false)
  private SujetoObligado sujetoResponsable;

  @Column(length = 2000)
  private String otrosActores;

  @Column(length = 500)
  private String contacto;

  private LocalDate fechaInicio;
  private LocalDate fechaFin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EstadoCompromiso estado = EstadoCompromiso.BORRADOR;

  /** Current approval round (1 on the first review). */
  private int ronda = 1;

  /** Last observations with which a step returned it. */
  @Column(length = 4000)
  private String observaciones;

  /** Public reason when it ends as not approved: its last observations within a sentence (V15). */
  @Column(length = 8000)
  private String motivoNoAprobado;

  private Instant aprobado;

  /** Its milestones in force: one removed by an approved change is kept in the table, not here (V44). */
  @OneToMany(mappedBy = "compromiso", cascade = CascadeType.ALL, orphanRemoval = true)
  @org.hibernate.annotations.SQLRestriction("retirado = false")
  @OrderBy("fechaFin, id")
  private List<Hito> hitos = new ArrayList<>();

  private Instant creado;

  /** Its current version: 1 as approved in the plan, one more with each approved change (V44). */
  private int version = 1;

  /** When the last approved change was applied; null while it is the plan's version. */
  private Instant modificado;

  public static String folioDe(String folioEjercicio, int numero) {
    return folioEjercicio + "-C-" + String.format("%03d", numero);
  }

  public void agregarHito(Hito hito) {
    hito.setCompromiso(this);
    hitos.add(hito);
  }

  /** The four open-government values of the OGP template. */
  public enum ValorGobiernoAbierto {
    TRANSPARENCIA,
    RENDICION_DE_CUENTAS,
    PARTICIPACION_CIUDADANA,
    TECNOLOGIA_E_INNOVACION
  }
}
