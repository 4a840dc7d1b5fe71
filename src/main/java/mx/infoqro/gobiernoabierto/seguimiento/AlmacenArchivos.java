package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The content of evidence files in the database, on H2 and PostgreSQL alike: rows of at most {@link
 * #FRAGMENTO} bytes, written one at a time while the SHA-256 is computed, read one at a time, so a
 * file is never whole in memory; a range starts at its row.
 */
@Component
class AlmacenArchivos {

  static final int FRAGMENTO = 256 * 1024;

  private final JdbcTemplate jdbc;

  AlmacenArchivos(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What was written: size and SHA-256 (hex) of the bytes stored. */
  record Escrito(long tamanio, String sha256) {}

  /** Writes the stream's bytes as the content of {@code archivoId} (its metadata row must exist). */
  Escrito escribir(String archivoId, InputStream contenido) throws IOException {
    MessageDigest sha = sha256();
    DigestInputStream entrada = new DigestInputStream(contenido, sha);
    long total = 0;
    int orden = 0;
    for (byte[] datos; (datos = entrada.readNBytes(FRAGMENTO)).length > 0; orden++) {
      jdbc.update("insert into fragmento_archivo_evidencia (archivo_id, orden, datos) values (?, ?, ?)", archivoId, orden, datos);
      total += datos.length;
    }
    return new Escrito(total, HexFormat.of().formatHex(sha.digest()));
  }

  /** The content of {@code archivoId} from byte {@code desde}, read one row at a time. */
  InputStream leer(String archivoId, long desde) {
    return new Lectura(archivoId, desde);
  }

  void borrar(String archivoId) {
    jdbc.update("delete from fragmento_archivo_evidencia where archivo_id = ?", archivoId);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private final class Lectura extends InputStream {
    private final String archivoId;
    private int orden;
    private byte[] actual = new byte[0];
    private int posicion;
    private boolean fin;

    Lectura(String archivoId, long desde) {
      this.archivoId = archivoId;
      this.orden = (int) (desde / FRAGMENTO);
      cargar();
      posicion = (int) Math.min(actual.length, desde % FRAGMENTO);
    }

    private void cargar() {
      List<byte[]> fila =
          jdbc.query(
              "select datos from fragmento_archivo_evidencia where archivo_id = ? and orden = ?",
              (rs, i) -> rs.getBytes(1),
              archivoId,
              orden++);
      fin = fila.isEmpty();
      actual = fin ? new byte[0] : fila.get(0);
      posicion = 0;
    }

    /** Skips whole rows without reading them (a range of a large PDF starts at its row). */
    @Override
    public long skip(long n) {
      if (n <= 0 || fin) {
        return 0;
      }
      long posicionAbsoluta = (long) (orden - 1) * FRAGMENTO + posicion + n;
      int fila = (int) (posicionAbsoluta / FRAGMENTO);
      if (fila != orden - 1) {
        orden = fila;
        cargar();
      }
      posicion = (int) Math.min(actual.length, posicionAbsoluta % FRAGMENTO);
      return n;
    }

    @Override
    public int read() {
      byte[] uno = new byte[1];
      return read(uno, 0, 1) < 0 ? -1 : uno[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int desde, int cuantos) {
      if (cuantos == 0) {
        return 0;
      }
      while (posicion >= actual.length) {
        if (fin) {
          return -1;
        }
        cargar();
        if (fin) {
          return -1;
        }
      }
      int n = Math.min(cuantos, actual.length - posicion);
      System.arraycopy(actual, posicion, b, desde, n);
      posicion += n;
      return n;
    }
  }
}
