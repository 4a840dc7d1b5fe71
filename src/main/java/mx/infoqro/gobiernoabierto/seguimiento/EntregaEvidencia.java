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
 * download), {@code nosniff}, a CSP that sandboxes whatever the browser renders, the SHA-256 as
 * ETag. The body is a {@link Resource} with its length, so Spring MVC answers {@code Range}
 * requests itself (206, several ranges, 416), and the content streams from the database.
 */
public final class EntregaEvidencia {

  /** Nothing the file holds may run, load or be framed elsewhere. */
  public static final String CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

  private static final Set<String> EN_LINEA = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp");

  private EntregaEvidencia() {}

  /** The answer serving {@code archivo} from {@code servicio}; {@code publico}: cacheable by anyone. */
  public static ResponseEntity<Resource> respuesta(ArchivoEvidencia archivo, ArchivosEvidencia servicio, boolean publico) {
    String tipo = archivo.getTipoContenido();
    MediaType medio = MediaType.parseMediaType(tipo.startsWith("text/") ? tipo + ";charset=UTF-8" : tipo);
    ContentDisposition disposicion =
        (EN_LINEA.contains(tipo) ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(archivo.getNombre(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(medio)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposicion.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", CSP)
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
