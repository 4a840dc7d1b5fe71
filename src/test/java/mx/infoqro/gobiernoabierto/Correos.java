package mx.infoqro.gobiernoabierto;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading a received message as its reader would: its text and HTML parts (decoded, line ends as
 * {@code \n}), its attachments, its recipients and the links in its text.
 */
public final class Correos {

  /**
   * An absolute http(s) link; group 1 is its path (with query), from the first slash after the host,
   * without the punctuation of the sentence that may follow it.
   */
  private static final Pattern ENLACE =
      Pattern.compile("https?://[^/\\s\"'<>]+(/(?:[^\\s\"'<>]*[^\\s\"'<>.,;:!?)])?)?");

  private Correos() {}

  /** The text/plain body of a message (not an attached .txt), or {@code null} when it has none. */
  public static String texto(Part mensaje) throws MessagingException, IOException {
    return partes(mensaje).get("text/plain");
  }

  /** The text/html body of a message, or {@code null} when it has none. */
  public static String html(Part mensaje) throws MessagingException, IOException {
    return partes(mensaje).get("text/html");
  }

  /** The first text/plain and text/html parts that are not attachments, by content type. */
  public static Map<String, String> partes(Part parte) throws MessagingException, IOException {
    Map<String, String> partes = new HashMap<>();
    reunir(parte, partes);
    return partes;
  }

  private static void reunir(Part parte, Map<String, String> partes) throws MessagingException, IOException {
    if (parte.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) parte.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        reunir(multi.getBodyPart(i), partes);
      }
    } else if (!Part.ATTACHMENT.equalsIgnoreCase(parte.getDisposition())) {
      for (String tipo : List.of("text/plain", "text/html")) {
        if (parte.isMimeType(tipo)) {
          partes.putIfAbsent(tipo, ((String) parte.getContent()).replace("\r\n", "\n"));
        }
      }
    }
  }

  /** The parts sent as attachments, in order. */
  public static List<Part> adjuntos(Part parte) throws MessagingException, IOException {
    List<Part> lista = new ArrayList<>();
    if (parte.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) parte.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        lista.addAll(adjuntos(multi.getBodyPart(i)));
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(parte.getDisposition())) {
      lista.add(parte);
    }
    return lista;
  }

  /** The bare addresses of one kind of recipient (none when the header is absent). */
  public static List<String> destinatarios(Message m, Message.RecipientType tipo) throws MessagingException {
    Address[] direcciones = m.getRecipients(tipo);
    List<String> lista = new ArrayList<>();
    if (direcciones != null) {
      for (Address a : direcciones) {
        lista.add(a instanceof InternetAddress ia ? ia.getAddress() : a.toString());
      }
    }
    return lista;
  }

  /** Every absolute link in a text, in order. */
  public static List<String> enlaces(String texto) {
    List<String> lista = new ArrayList<>();
    Matcher m = ENLACE.matcher(texto);
    while (m.find()) {
      lista.add(m.group());
    }
    return lista;
  }

  /** The path of the first link in the text whose path starts with {@code prefijo}; fails if none. */
  public static String ruta(String texto, String prefijo) {
    Matcher m = ENLACE.matcher(texto);
    while (m.find()) {
      if (m.group(1) != null && m.group(1).startsWith(prefijo)) {
        return m.group(1);
      }
    }
    throw new AssertionError("No link to " + prefijo + " in: " + texto);
  }
}
