package mx.infoqro.gobiernoabierto.compromiso;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The changeable content of one version of a commitment, as it was (JSON of {@link
 * ContenidoVersion}): written once, never updated (no setters).
 */
@Entity
@Table(name = "version_compromiso")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VersionCompromiso {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "compromiso_id", nullable = false, updatable = false)
  private Long compromisoId;

  @Column(nullable = false, updatable = false)
  private int numero;

  @Column(nullable = false, updatable = false, length = 100000)
  private String contenido;

  @Column(nullable = false, updatable = false)
  private Instant creado;

  /** The change that produced it; null for version 1, the approved plan. */
  @Column(name = "cambio_id", updatable = false)
  private Long cambioId;

  VersionCompromiso(Long compromisoId, int numero, String contenido, Instant creado, Long cambioId) {
    this.compromisoId = compromisoId;
    this.numero = numero;
    this.contenido = contenido;
    this.creado = creado;
    this.cambioId = cambioId;
  }
}
