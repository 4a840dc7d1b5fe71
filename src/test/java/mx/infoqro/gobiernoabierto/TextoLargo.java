package mx.infoqro.gobiernoabierto;

/** Texts as long as a form allows, for the tests that fill fields to their limit. */
public final class TextoLargo {

  private TextoLargo() {}

  /**
   * A text of exactly {@code n} UTF-16 characters (what form-js and the server count) with Spanish
   * accents, punctuation and characters of several scripts, some outside the Basic Multilingual
   * Plane; {@code semilla} makes it distinct.
   */
  public static String de(int n, String semilla) {
    String patron = semilla + " — «Año de participación ciudadana»: ñandú, pingüino, acción; 漢字 😀 ¿qué sigue? ¡sí! ";
    StringBuilder sb = new StringBuilder(n + patron.length());
    while (sb.length() < n) {
      sb.append(patron);
    }
    sb.setLength(n);
    if (Character.isHighSurrogate(sb.charAt(n - 1)) || Character.isWhitespace(sb.charAt(n - 1))) {
      sb.setCharAt(n - 1, 'x'); // never half of a pair, nor a blank the form's reading trims
    }
    return sb.toString();
  }
}
