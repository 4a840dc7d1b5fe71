package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that refuses to give more than {@code limite} bytes: the byte past the limit
 * throws {@link LimiteExcedido} while the upload is still being read, so an oversized file is
 * never read to its end nor kept.
 */
final class LimiteBytes extends FilterInputStream {

  /** Thrown when the stream holds more than the limit. */
  static final class LimiteExcedido extends IOException {
    LimiteExcedido() {
      super("size limit exceeded");
    }
  }

  private final long limite;
  private long leidos;

  LimiteBytes(InputStream entrada, long limite) {
    super(entrada);
    this.limite = limite;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      contar(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int desde, int cuantos) throws IOException {
    int n = super.read(b, desde, cuantos);
    if (n > 0) {
      contar(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long saltados = super.skip(n);
    contar(saltados);
    return saltados;
  }

  private void contar(long n) throws LimiteExcedido {
    leidos += n;
    if (leidos > limite) {
      throw new LimiteExcedido();
    }
  }

  long leidos() {
    return leidos;
  }
}
