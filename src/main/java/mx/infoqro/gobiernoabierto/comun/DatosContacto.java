package mx.infoqro.gobiernoabierto.comun;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public pages, documents and open data show organisations, never a person's e-mail or phone
 * (DOMAIN.md). Free text written by people (a proposal, a commitment's "other actors", a report's
 * narrative) may still carry one; this hides them before the text leaves for the public. Pure.
 */
public final class DatosContacto {

  /** What replaces an e-mail address or a phone number in public text. */
  public static final String OMITIDO = "[dato de contacto omitido]";

  private static final Pattern CORREO = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");

  /**
   * A run of digits with the usual separators; it is a phone when it has 10 digits or more (Mexican
   * numbers have 10, with country code 12). Dates (8 digits) and folios (EGA-2026-C-003) stay.
   */
  private static final Pattern POSIBLE_TELEFONO = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{8,}\\d");

  private static final int DIGITOS_TELEFONO = 10;

  private DatosContacto() {}

  /** The text with every e-mail address and phone number replaced by {@link #OMITIDO}; null stays null. */
  public static String ocultar(String texto) {
    if (texto == null || texto.isEmpty()) {
      return texto;
    }
    // Most texts hold neither: no '@' means no address, fewer digits than a phone's means no phone
    boolean conArroba = texto.indexOf('@') >= 0;
    if (!conArroba && texto.chars().filter(Character::isDigit).limit(DIGITOS_TELEFONO).count() < DIGITOS_TELEFONO) {
      return texto;
    }
    String sinCorreos = conArroba ? CORREO.matcher(texto).replaceAll(Matcher.quoteReplacement(OMITIDO)) : texto;
    Matcher m = POSIBLE_TELEFONO.matcher(sinCorreos);
    StringBuilder resultado = new StringBuilder();
    while (m.find()) {
      long digitos = m.group().chars().filter(Character::isDigit).count();
      m.appendReplacement(resultado, Matcher.quoteReplacement(digitos >= DIGITOS_TELEFONO ? OMITIDO : m.group()));
    }
    m.appendTail(resultado);
    return resultado.toString();
  }
}
