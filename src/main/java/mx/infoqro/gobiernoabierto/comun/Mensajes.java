package mx.infoqro.gobiernoabierto.comun;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts people read, from {@code messages.properties} (es-MX): the one file the portal's
 * templates, the e-mails and the Java code share. Usable without Spring (pure rules and their unit
 * tests). Like Spring's message source, a text is passed through {@link MessageFormat} only when
 * it has arguments (so a lone apostrophe needs no escaping there).
 */
public final class Mensajes {

  /** The language of every text: Spanish of Mexico. */
  public static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  private static final ResourceBundle TEXTOS =
      ResourceBundle.getBundle(
          "messages", ES_MX, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Mensajes() {}

  /**
   * The text of {@code clave} with its arguments.
   *
   * @throws java.util.MissingResourceException when the key is not in messages.properties
   */
  public static String texto(String clave, Object... argumentos) {
    String patron = TEXTOS.getString(clave);
    return argumentos.length == 0 ? patron : new MessageFormat(patron, ES_MX).format(argumentos);
  }
}
