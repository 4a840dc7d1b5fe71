package mx.infoqro.gobiernoabierto.notificacion;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A message of the transactional outbox: written in the same transaction as the business change
 * that causes it, delivered afterwards. Addressed to an e-mail or to a Camunda group.
 */
@Entity
@Table(name = "notificacion")
@Getter
@Setter
@NoArgsConstructor
public class Notificacion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Case it belongs to, e.g. {@code EGA-2026}. */
  @Column(nullable = false, length = 40)
  private String folio;

  /** Kind of message, e.g. {@code RECORDATORIO_REGISTRO}. */
  @Column(nullable = false, length = 40)
  private String tipo;

  @Column(length = 200)
  private String destinatarioCorreo;

  @Column(length = 64)
  private String destinatarioGrupo;

  @Column(nullable = false, length = 300)
  private String asunto;

  @Column(nullable = false, length = 20000)
  private String cuerpo;

  private Instant creada;

  private Instant enviada;

  private int intentos;

  @Column(length = 2000)
  private String ultimoError;

  /** File name of the optional attachment, e.g. {@code sesiones.ics}. */
  @Column(length = 200)
  private String adjuntoNombre;

  /** Content type of the attachment, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}. */
  @Column(length = 100)
  private String adjuntoTipo;

  /** Text content of the attachment. */
  @Column(length = 100000)
  private String adjuntoContenido;
}
