package mx.infoqro.gobiernoabierto.seguimiento;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import org.springframework.stereotype.Component;

/**
 * The links of the mails to a commitment's followers ({@link SeguidoresCompromiso}, {@link
 * AvisosSeguidores}) and their tokens: the commitment's public page, the edition's final report,
 * the confirmation of a follow (its token stored only as a hash) and the one-click unfollow.
 */
@Component
class EnlacesSeguidor {

  private static final SecureRandom ALEATORIO = new SecureRandom();

  private final Organismo organismo;

  EnlacesSeguidor(Organismo organismo) {
    this.organismo = organismo;
  }

  /** The public page of a commitment. */
  String urlCompromiso(String folio) {
    return organismo.getSitio() + "/compromisos/" + folio;
  }

  /** The public page of an edition's final report. */
  String urlInformeFinal(String folioEdicion) {
    return organismo.getSitio() + "/informe-final/" + folioEdicion;
  }

  /** The link that confirms a pending follow. */
  String urlConfirmacion(String token) {
    return organismo.getSitio() + "/compromisos/seguir/" + token;
  }

  /** The one-click unfollow link of a follower. */
  String urlBaja(SeguidorCompromiso s) {
    return organismo.getSitio() + "/compromisos/dejar-de-seguir/" + s.getTokenBaja();
  }

  /** Whether a token from a link can be one of ours (before it is looked up). */
  static boolean tokenPlausible(String token) {
    return token != null && token.length() >= 20 && token.length() <= 64;
  }

  /** A new random token (256 bits, URL-safe). */
  static String token() {
    byte[] bytes = new byte[32];
    ALEATORIO.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a confirmation token: its SHA-256, in hex. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
