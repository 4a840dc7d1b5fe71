package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of ClamAV's daemon over its INSTREAM protocol (TCP): {@code zINSTREAM\0}, then chunks of
 * {@code <4-byte big-endian length><bytes>}, a zero-length chunk at the end, and one answer
 * ({@code stream: OK} or {@code stream: <signature> FOUND}). An unreachable daemon or a broken
 * answer is an {@link IOException}: the caller keeps the file in quarantine.
 */
class ClienteClamd {

  /** The scan's outcome: clean, or the name of the signature found. */
  record Resultado(boolean limpio, String firma) {}

  private static final int FRAGMENTO = 64 * 1024;

  private final String host;
  private final int puerto;
  private final int espera;

  ClienteClamd(String host, int puerto, Duration espera) {
    this.host = host;
    this.puerto = puerto;
    this.espera = (int) espera.toMillis();
  }

  /** Scans the stream's bytes (read to its end, in chunks). */
  Resultado escanear(InputStream contenido) throws IOException {
    try (Socket socket = conectar()) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      byte[] bufer = new byte[FRAGMENTO];
      for (int n; (n = contenido.readNBytes(bufer, 0, bufer.length)) > 0; ) {
        out.writeInt(n);
        out.write(bufer, 0, n);
      }
      out.writeInt(0);
      out.flush();
      String respuesta = leerRespuesta(socket.getInputStream());
      if (respuesta.endsWith(" OK")) {
        return new Resultado(true, null);
      }
      if (respuesta.endsWith(" FOUND")) {
        String firma = respuesta.substring(respuesta.indexOf(':') + 1, respuesta.length() - " FOUND".length()).trim();
        return new Resultado(false, firma);
      }
      throw new IOException("clamd answered: " + respuesta);
    }
  }

  /** Whether the daemon answers {@code PING}. */
  boolean disponible() {
    try (Socket socket = conectar()) {
      socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
      return "PONG".equals(leerRespuesta(socket.getInputStream()));
    } catch (IOException e) {
      return false;
    }
  }

  private Socket conectar() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, puerto), Math.min(espera, 3000));
      socket.setSoTimeout(espera);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static String leerRespuesta(InputStream in) throws IOException {
    ByteArrayOutputStream respuesta = new ByteArrayOutputStream();
    for (int b; (b = in.read()) > 0 && respuesta.size() < 1024; ) {
      respuesta.write(b);
    }
    return respuesta.toString(StandardCharsets.US_ASCII).trim();
  }
}
