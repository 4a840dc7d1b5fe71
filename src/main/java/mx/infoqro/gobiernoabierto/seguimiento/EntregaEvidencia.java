package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer that serves an evidence file (the public address and the staff's page): its type
 * as detected at upload, its length, {@code inline} only for PDF and images (everything else is a
 * download), {@code nosniff}, a CSP that sandboxes whatever the browser renders (PDFs: {@link #CSP_PDF}), the SHA-256 as
 * ETag. The body is a {@link Resource} with its length, so Spring MVC answers {@code Range}
 * requests itself (206, several ranges, 416), and the content streams from the database.
 */
public final class EntregaEvidencia {

  /** Nothing the file holds may run, load anything or be framed. */
  public static final String CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

  /**
   * PDFs without {@code sandbox}: Chromium refuses to run its PDF viewer in a sandboxed document
   * (crbug.com/413851) and shows "blocked"; the viewer runs isolated from the origin, and a PDF with
   * JavaScript, actions or embedded files is refused at upload ({@link InspeccionPdf}).
   */
  public static final String CSP_PDF = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

  private static final Set<String> EN_LINEA = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp");

  private EntregaEvidencia() {}

  /** The answer serving {@code archivo} from {@code servicio}; {@code publico}: cacheable by anyone. */
  public static ResponseEntity<Resource> respuesta(ArchivoEvidencia archivo, ArchivosEvidencia servicio, boolean publico) {
    String tipo = archivo.getTipoContenido();
    MediaType medio = MediaType.parseMediaType(tipo.startsWith("text/") ? tipo + ";charset=UTF-8" : tipo);
    ContentDisposition disposicion =
        (EN_LINEA.contains(tipo) ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(publico ? archivo.nombrePublico() : archivo.getNombre(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(medio)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposicion.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "application/pdf".equals(tipo) ? CSP_PDF : CSP)
        .header(HttpHeaders.ACCEPT_RANGES, "bytes")
        .eTag(archivo.getSha256())
        .cacheControl(publico ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic() : CacheControl.noStore())
        .body(new Contenido(archivo, servicio));
  }

  private static final class Contenido extends AbstractResource {
    private final ArchivoEvidencia archivo;
    private final ArchivosEvidencia servicio;

    Contenido(ArchivoEvidencia archivo, ArchivosEvidencia servicio) {
      this.archivo = archivo;
      this.servicio = servicio;
    }

    @Override
    public String getDescription() {
      return "evidence file " + archivo.getId();
    }

    @Override
    public InputStream getInputStream() {
      return servicio.contenido(archivo.getId(), 0);
    }

    @Override
    public long contentLength() {
      return archivo.getTamanio();
    }

    @Override
    public long lastModified() {
      return archivo.getSubido().toEpochMilli();
    }

    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public String getFilename() {
      return null;
    }
  }
}
