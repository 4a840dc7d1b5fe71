package mx.infoqro.gobiernoabierto.seguimiento;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;

/**
 * Copies a photograph without its metadata (EXIF with the GPS position and the camera's serial
 * number, XMP, IPTC, comments), segment by segment, streamed: JPEG keeps only JFIF (APP0), the
 * colour profile (APP2) and Adobe's colour transform (APP14); PNG drops its text, time and eXIf
 * chunks; WebP its EXIF and XMP chunks (and their flags). The pixels are copied untouched.
 */
final class LimpiezaMetadatos {

  private static final Set<String> PNG_FUERA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

  private LimpiezaMetadatos() {}

  /** Writes {@code destino} as {@code origen} of {@code tipo} without metadata. */
  static void limpiar(String tipo, Path origen, Path destino) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(origen)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(destino)))) {
      switch (tipo) {
        case "image/jpeg" -> jpeg(in, out);
        case "image/png" -> png(in, out);
        case "image/webp" -> webp(in, out);
        default -> throw new IllegalArgumentException(tipo);
      }
    } catch (EOFException truncado) {
      throw ValidacionException.de("evidencia.ilegible");
    }
    if (tipo.equals("image/webp")) {
      try (RandomAccessFile f = new RandomAccessFile(destino.toFile(), "rw")) {
        f.seek(4);
        f.writeInt(Integer.reverseBytes((int) (f.length() - 8)));
      }
    }
  }

  private static void jpeg(DataInputStream in, DataOutputStream out) throws IOException {
    if (in.readUnsignedShort() != 0xFFD8) {
      throw ValidacionException.de("evidencia.ilegible");
    }
    out.writeShort(0xFFD8);
    while (true) {
      int marcador = in.readUnsignedByte();
      if (marcador != 0xFF) {
        throw ValidacionException.de("evidencia.ilegible");
      }
      do {
        marcador = in.readUnsignedByte();
      } while (marcador == 0xFF);
      if (marcador == 0xD9 || marcador == 0x01 || (marcador >= 0xD0 && marcador <= 0xD7)) {
        out.writeByte(0xFF);
        out.writeByte(marcador);
        if (marcador == 0xD9) {
          return;
        }
        continue;
      }
      int longitud = in.readUnsignedShort();
      boolean fuera = marcador == 0xFE || (marcador >= 0xE1 && marcador <= 0xEF && marcador != 0xE2 && marcador != 0xEE);
      if (fuera) {
        in.skipNBytes(longitud - 2L);
        continue;
      }
      out.writeByte(0xFF);
      out.writeByte(marcador);
      out.writeShort(longitud);
      copiar(in, out, longitud - 2L);
      if (marcador == 0xDA) {
        in.transferTo(out); // the entropy-coded image data up to the end: pixels, untouched
        return;
      }
    }
  }

  private static void png(DataInputStream in, DataOutputStream out) throws IOException {
    byte[] firma = in.readNBytes(8);
    out.write(firma);
    while (true) {
      int longitud = in.readInt();
      byte[] tipo = in.readNBytes(4);
      String nombre = new String(tipo, java.nio.charset.StandardCharsets.US_ASCII);
      if (PNG_FUERA.contains(nombre)) {
        in.skipNBytes(longitud + 4L);
        continue;
      }
      out.writeInt(longitud);
      out.write(tipo);
      copiar(in, out, longitud + 4L);
      if (nombre.equals("IEND")) {
        return;
      }
    }
  }

  private static void webp(DataInputStream in, DataOutputStream out) throws IOException {
    byte[] cabecera = in.readNBytes(12); // RIFF <size> WEBP: the size is rewritten at the end
    out.write(cabecera);
    while (true) {
      byte[] tipo = in.readNBytes(4);
      if (tipo.length < 4) {
        return;
      }
      String nombre = new String(tipo, java.nio.charset.StandardCharsets.US_ASCII);
      long longitud = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
      long conRelleno = longitud + (longitud & 1);
      if (nombre.equals("EXIF") || nombre.equals("XMP ")) {
        in.skipNBytes(conRelleno);
        continue;
      }
      out.write(tipo);
      out.writeInt(Integer.reverseBytes((int) longitud));
      if (nombre.equals("VP8X")) {
        out.writeByte(in.readUnsignedByte() & ~0x0C); // the EXIF (0x08) and XMP (0x04) flags
        conRelleno--;
      }
      copiar(in, out, conRelleno);
    }
  }

  private static void copiar(InputStream in, OutputStream out, long cuantos) throws IOException {
    byte[] bufer = new byte[8192];
    long faltan = cuantos;
    while (faltan > 0) {
      int n = in.read(bufer, 0, (int) Math.min(bufer.length, faltan));
      if (n < 0) {
        throw new EOFException();
      }
      out.write(bufer, 0, n);
      faltan -= n;
    }
  }
}
