package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * The type of an uploaded file decided from its bytes (Apache Tika's magic numbers), never from its
 * name or the browser's header: a renamed executable stays an executable. The name only tells a
 * CSV from other plain text. Office files are zip archives: their entries are read (inflated, not
 * trusted from the headers) to tell a DOCX from an XLSX and to refuse a zip bomb or macros.
 */
final class TiposArchivo {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv";
  static final String TEXTO = "text/plain";

  /** An archive may not inflate to more than this in total (a 10 MB DOCX holds far less)... */
  static final long MAXIMO_DESCOMPRIMIDO = 200L * 1024 * 1024;

  /** ...nor hold more entries than this. */
  static final int MAXIMO_ENTRADAS = 5000;

  private static final MimeTypes TIPOS = MimeTypes.getDefaultMimeTypes();

  private TiposArchivo() {}

  /** The media type of the file's content (without parameters), office archives resolved. */
  static String detectar(Path archivo, String nombre) throws IOException {
    MediaType tipo;
    try (TikaInputStream entrada = TikaInputStream.get(Files.newInputStream(archivo))) {
      tipo = TIPOS.detect(entrada, new Metadata(), new ParseContext()).getBaseType();
    }
    String detectado = tipo.toString();
    if (detectado.equals(TEXTO) && nombre.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return CSV;
    }
    if (detectado.equals("application/zip")
        || detectado.equals("application/x-tika-ooxml")
        || detectado.startsWith("application/vnd.oasis.opendocument.")) {
      String office = inspeccionarArchivoZip(archivo);
      return office != null ? office : detectado;
    }
    return detectado;
  }

  /**
   * Inflates every entry of a zip archive, counting; refuses a bomb or macros; returns the OOXML
   * type its parts say (null when it is not a Word or Excel document).
   */
  static String inspeccionarArchivoZip(Path archivo) throws IOException {
    boolean word = false;
    boolean excel = false;
    long total = 0;
    int entradas = 0;
    byte[] bufer = new byte[64 * 1024];
    try (ZipFile zip = new ZipFile(archivo.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entrada = e.nextElement();
        if (++entradas > MAXIMO_ENTRADAS) {
          throw ValidacionException.de("evidencia.zip-bomba");
        }
        String nombre = entrada.getName();
        if (nombre.endsWith("vbaProject.bin")) {
          throw ValidacionException.de("evidencia.macros");
        }
        word |= nombre.equals("word/document.xml");
        excel |= nombre.equals("xl/workbook.xml");
        try (InputStream datos = zip.getInputStream(entrada)) {
          for (int n; (n = datos.read(bufer)) > 0; ) {
            total += n;
            if (total > MAXIMO_DESCOMPRIMIDO) {
              throw ValidacionException.de("evidencia.zip-bomba");
            }
          }
        }
      }
    } catch (ZipException dañado) {
      throw ValidacionException.de("evidencia.ilegible");
    }
    return word ? DOCX : excel ? XLSX : null;
  }
}
