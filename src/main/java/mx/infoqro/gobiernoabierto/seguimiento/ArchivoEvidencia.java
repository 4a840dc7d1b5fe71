package mx.infoqro.gobiernoabierto.seguimiento;

import jakarta.persistence.*;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import mx.infoqro.gobiernoabierto.comun.DatosContacto;

/**
 * An evidence file of a progress report: its metadata (the content is in rows of {@code
 * fragmento_archivo_evidencia}, {@link AlmacenArchivos}). The id is generated and is the only name
 * the storage and the public address use; {@code nombre} is the cleaned original name.
 */
@Entity
@Table(name = "archivo_evidencia")
@Getter
@Setter
@NoArgsConstructor
public class ArchivoEvidencia {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "reporte_id", nullable = false)
  private Long reporteId;

  @Column(nullable = false, length = 200)
  private String nombre;

  @Column(nullable = false, length = 100)
  private String tipoContenido;

  private long tamanio;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private EstadoArchivo estado;

  @Column(nullable = false, length = 64)
  private String subidoPor;

  @Column(nullable = false)
  private Instant subido;

  private Instant escaneado;

  @Column(length = 200)
  private String firmaAntivirus;

  /** The name the public sees (the commitment's page, the address, the download, open data): contact data masked. */
  public String nombrePublico() {
    return nombrePublico(nombre);
  }

  /** {@code nombre} with contact data masked in its base name; the extension is kept. */
  public static String nombrePublico(String nombre) {
    int punto = nombre.lastIndexOf('.');
    return punto <= 0 ? DatosContacto.ocultar(nombre) : DatosContacto.ocultar(nombre.substring(0, punto)) + nombre.substring(punto);
  }

  /** Where a file is: waiting for the antivirus, scanned clean, or refused by it after a quarantine. */
  public enum EstadoArchivo {
    CUARENTENA,
    DISPONIBLE,
    RECHAZADO
  }
}
