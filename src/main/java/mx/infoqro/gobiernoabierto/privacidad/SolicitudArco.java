package mx.infoqro.gobiernoabierto.privacidad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.registro.Participante;

/**
 * A request to exercise an ARCO right (access, rectification, cancellation, opposition) over the
 * personal data the commission holds of a person, identified by the e-mail they registered with.
 * Personal data: seen only by the data-protection staff.
 */
@Entity
@Table(name = "solicitud_arco")
@Getter
@Setter
@NoArgsConstructor
public class SolicitudArco {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** {@code ARCO-<year>-<nnnn>}, also the process business key. */
  @Column(nullable = false, unique = true, length = 40)
  private String folio;

  /** The most recent registration with the request's e-mail, if any. */
  @ManyToOne
  @JoinColumn(name = "participante_id")
  private Participante participante;

  /** The name the requester gave on the form (null for requests received otherwise). */
  @Column(length = 200)
  private String nombre;

  @Column(nullable = false, length = 200)
  private String correo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DerechoArco derecho;

  @Column(nullable = false, length = 4000)
  private String descripcion;

  /** Rectification: which data are wrong and what they should say, in the person's words. */
  @Column(length = 4000)
  private String datosRectificar;

  /** Opposition: the processing opposed. */
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private TratamientoArco tratamiento;

  @Column(length = 2000)
  private String tratamientoDescripcion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EstadoSolicitudArco estado = EstadoSolicitudArco.PENDIENTE_IDENTIDAD;

  /** Secret of the identity-confirmation link. */
  @Column(nullable = false, unique = true, length = 64)
  private String token;

  private Instant identidadConfirmada;

  @Column(nullable = false)
  private Instant recibida;

  /** Deadline in force (20 business days from the confirmation, or the extended one). */
  private Instant vencimiento;

  /** The first deadline; the extension counts from it. */
  private Instant vencimientoOriginal;

  @Column(length = 4000)
  private String prorrogaMotivo;

  /** The extended deadline, when extended. */
  private Instant prorrogaFecha;

  /** Rectification: the corrections validated by the staff (JSON object field -> new value). */
  @Column(length = 4000)
  private String correcciones;

  @Column(length = 8000)
  private String respuestaTexto;

  private Instant respuestaFecha;

  @Column(length = 64)
  private String respuestaUsuario;

  /** Access: the person's data as a JSON document. */
  @Column(length = 200000)
  private String archivoAcceso;

  private Instant archivoAccesoEntregado;

  /** When the right was carried out on the data. */
  private Instant ejecutada;
}
