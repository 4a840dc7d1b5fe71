package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A request to change a commitment in implementation (issue #28): its justification, evidence links
 * and changes field by field, reviewed by the STL and, when the rule says so, the Pleno. Approved, it
 * produces the commitment's next version ({@link #version}).
 */
@Entity
@Table(name = "cambio_compromiso")
@Getter
@Setter
@NoArgsConstructor
public class CambioCompromiso {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "compromiso_id", nullable = false)
  private Compromiso compromiso;

  /** The commitment's id while the request is open, null once decided: unique (one open request each). */
  @Column(name = "abierto_compromiso_id", unique = true)
  private Long abiertoCompromisoId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Estado estado = Estado.EN_REVISION_STL;

  @Column(nullable = false, length = 4000)
  private String justificacion;

  /** Evidence links, one per line. */
  @Column(length = 2000)
  private String evidencias;

  @Column(nullable = false, length = 100)
  private String solicitante;

  @Column(nullable = false)
  private Instant solicitado;

  /** Whether the Pleno decides after the STL (the rule cambio-compromiso-pleno). */
  private boolean requierePleno;

  /** How many times the STL returned it. */
  private int devoluciones;

  @Column(length = 4000)
  private String observaciones;

  /** Public reason of a rejection. */
  @Column(length = 4000)
  private String motivoRechazo;

  @Column(length = 100)
  private String decididoStl;

  @Column(length = 100)
  private String decididoPleno;

  private Instant decidido;

  /** The version of the commitment it produced, once applied. */
  private Integer version;

  @OneToMany(mappedBy = "cambio", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("orden")
  private List<CampoCambio> campos = new ArrayList<>();

  public void agregarCampo(CampoCambio campo) {
    campo.setCambio(this);
    campo.setOrden(campos.size() + 1);
    campos.add(campo);
  }

  public boolean abierto() {
    return abiertoCompromisoId != null;
  }

  /** Decided (rejected or applied) at {@code cuando}: no longer the commitment's open request. */
  void terminar(java.time.Instant cuando) {
    abiertoCompromisoId = null;
    decidido = cuando;
  }

  public enum Estado {
    EN_REVISION_STL,
    EN_APROBACION_PLENO,
    DEVUELTO,
    APROBADO,
    RECHAZADO
  }
}
