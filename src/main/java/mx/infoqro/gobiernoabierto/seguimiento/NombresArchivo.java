package mx.infoqro.gobiernoabierto.seguimiento;

import java.text.Normalizer;

/**
 * The original name of an uploaded file, kept as metadata only (the storage name is a generated id):
 * without folders (a browser may send {@code C:\…\x.pdf}, an attacker {@code ../../x}), control
 * characters or characters that break a header or a file system, accents kept (NFC), at most {@link
 * #MAXIMO} characters with the extension kept.
 */
final class NombresArchivo {

  static final int MAXIMO = 200;
  private static final String SIN_NOMBRE = "archivo";

  private NombresArchivo() {}

  static String limpiar(String original) {
    String nombre = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
    int barra = Math.max(nombre.lastIndexOf('/'), nombre.lastIndexOf('\\'));
    nombre = nombre.substring(barra + 1);
    StringBuilder limpio = new StringBuilder();
    nombre
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || "<>:\"|?*;%".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                limpio.append('_');
              } else {
                limpio.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
              }
            });
    nombre = limpio.toString().trim().replaceAll(" {2,}", " ");
    nombre = nombre.replaceAll("^\\.+", "").trim();
    if (nombre.isEmpty()) {
      return SIN_NOMBRE;
    }
    return recortar(nombre);
  }

  private static String recortar(String nombre) {
    if (nombre.codePointCount(0, nombre.length()) <= MAXIMO) {
      return nombre;
    }
    int punto = nombre.lastIndexOf('.');
    String extension = punto > 0 && nombre.length() - punto <= 10 ? nombre.substring(punto) : "";
    String base = nombre.substring(0, nombre.length() - extension.length());
    int cabe = MAXIMO - extension.length();
    return base.substring(0, base.offsetByCodePoints(0, cabe)).trim() + extension;
  }
}
