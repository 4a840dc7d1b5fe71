package mx.infoqro.gobiernoabierto.registro;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place for the personal links e-mailed to participants: the registration confirmation
 * ({@code /registro/confirmar/<token>}, a page whose button confirms) and the personal page ({@code /mi-participacion/<token>}).
 * A token is 256 random bits, URL-safe; the database keeps only its SHA-256, with an expiry
 * ({@code gobierno-abierto.enlaces.vigencia-confirmacion}, {@code ...vigencia-acceso}). A link can be
 * followed many times until it expires (following a confirmation link twice is harmless); a new
 * link is sent on request from the portal.
 */
@Service
public class EnlacesParticipante {

  /** What a link opens. */
  public enum Proposito {
    /** Double opt-in of a registration. */
    CONFIRMACION,
    /** The participant's personal page. */
    ACCESO
  }

  private static final SecureRandom ALEATORIO = new SecureRandom();

  private final EnlaceParticipanteRepository enlaces;
  private final Organismo organismo;
  private final Plazos plazos;
  private final Duration vigenciaConfirmacion;
  private final Duration vigenciaAcceso;

  EnlacesParticipante(
      EnlaceParticipanteRepository enlaces,
      Organismo organismo,
      Plazos plazos,
      @Value("${gobierno-abierto.enlaces.vigencia-confirmacion:P3D}") Duration vigenciaConfirmacion,
      @Value("${gobierno-abierto.enlaces.vigencia-acceso:P30D}") Duration vigenciaAcceso) {
    this.enlaces = enlaces;
    this.organismo = organismo;
    this.plazos = plazos;
    this.vigenciaConfirmacion = vigenciaConfirmacion;
    this.vigenciaAcceso = vigenciaAcceso;
  }

  /**
   * Issues a new link for the participant, in the caller's transaction (with the mail that carries
   * it). Returns the full URL to put in the mail; the token itself is not kept.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String emitir(Participante participante, Proposito proposito) {
    byte[] bytes = new byte[32];
    ALEATORIO.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant ahora = plazos.instante();
    EnlaceParticipante enlace = new EnlaceParticipante();
    enlace.setParticipante(participante);
    enlace.setProposito(proposito);
    enlace.setTokenHash(hash(token));
    enlace.setCreado(ahora);
    enlace.setExpira(ahora.plus(proposito == Proposito.CONFIRMACION ? vigenciaConfirmacion : vigenciaAcceso));
    enlaces.save(enlace);
    return organismo.getSitio() + ruta(proposito) + token;
  }

  /**
   * The participant a token opens for the purpose, if the token exists, is of that purpose and has
   * not expired. Unknown, mistyped, expired and wrong-purpose tokens all answer empty alike.
   */
  @Transactional(readOnly = true)
  public Optional<Participante> validar(String token, Proposito proposito) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    Instant ahora = plazos.instante();
    return enlaces
        .findByTokenHash(hash(token))
        .filter(e -> e.getProposito() == proposito)
        .filter(e -> e.getExpira().isAfter(ahora))
        .map(EnlaceParticipante::getParticipante);
  }

  /** Forgets every link of a participant (anonymisation): their old e-mails open nothing. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void revocar(Long participanteId) {
    enlaces.borrarDe(participanteId);
  }

  private static String ruta(Proposito proposito) {
    return proposito == Proposito.CONFIRMACION ? "/registro/confirmar/" : "/mi-participacion/";
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
