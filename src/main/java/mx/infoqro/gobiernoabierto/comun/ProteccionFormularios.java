package mx.infoqro.gobiernoabierto.comun;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place that protects the portal's public forms against bulk submissions, besides the CSRF
 * token every form carries (infraestructura.SeguridadWeb):
 *
 * <ul>
 *   <li>three limits over one sliding window ({@code gobierno-abierto.limite-envios.ventana}), so
 *       that a room full of people behind one public address (a workshop, a municipal office) is
 *       let in while a flood is stopped:
 *       <ul>
 *         <li>{@code ...por-direccion}: submissions of one form from one address;
 *         <li>{@code ...por-correo}: submissions naming one mailbox ({@link FormularioPublico#getCorreo()},
 *             {@linkplain #buzon normalised}), every form together, from any address: nobody floods
 *             someone's mailbox by changing address;
 *         <li>{@code ...por-formulario}: submissions of one form from every address together, the
 *             ceiling of a flood spread over many addresses.
 *       </ul>
 *       A submission beyond any of them gets {@link DemasiadasSolicitudesException}, answered with
 *       the Spanish 429 page, and is not counted: it changes nothing, and a flood refused from one
 *       address does not use up the allowance of the form's other people. Submissions are counted in
 *       the database (table {@code envio_formulario}), so the limits hold across every node of a
 *       cluster, whichever node the proxy sends each submission to. The limits are the same whether
 *       the mailbox is known or not: they never tell whether an address is registered.
 *   <li>a honeypot: the hidden field {@value #CAMPO_TRAMPA} (fragment {@code fragments/formulario ::
 *       trampa}, property {@link FormularioPublico#getSitioWeb()} of every form object) that people
 *       never see and bots fill in; a filled one is answered as a success and nothing is stored.
 * </ul>
 *
 * <p>Every public form's POST begins with {@link #esRobot(String, HttpServletRequest,
 * FormularioPublico)}, which does both (the style of those handlers: {@link FormularioPublico}).
 *
 * <p>Addresses and mailboxes are never stored nor logged: a row keeps only a SHA-256 of what it
 * counts, and rows older than the window are deleted.
 */
@Component
public class ProteccionFormularios {

  /** Name of the honeypot field. */
  public static final String CAMPO_TRAMPA = "sitioWeb";

  /** Old rows are deleted once every this many submissions counted by a node. */
  private static final int LIMPIEZA_CADA = 500;

  /** The three allowances of one window. */
  public record Limites(int porDireccion, int porCorreo, int porFormulario, Duration ventana) {
    public Limites {
      if (porDireccion < 1 || porCorreo < 1 || porFormulario < 1 || ventana.isNegative() || ventana.isZero()) {
        throw new IllegalArgumentException("gobierno-abierto.limite-envios: every maximum is at least 1, the window positive");
      }
    }
  }

  private final JdbcTemplate jdbc;
  private final Limites limites;
  private final Clock reloj;
  private final AtomicInteger desdeLimpieza = new AtomicInteger();

  @Autowired
  ProteccionFormularios(
      JdbcTemplate jdbc,
      @Value("${gobierno-abierto.limite-envios.por-direccion:60}") int porDireccion,
      @Value("${gobierno-abierto.limite-envios.por-correo:6}") int porCorreo,
      @Value("${gobierno-abierto.limite-envios.por-formulario:1000}") int porFormulario,
      @Value("${gobierno-abierto.limite-envios.ventana:PT10M}") Duration ventana) {
    this(jdbc, new Limites(porDireccion, porCorreo, porFormulario, ventana), Clock.systemUTC());
  }

  /** With the limits and the clock given (tests move it). */
  ProteccionFormularios(JdbcTemplate jdbc, Limites limites, Clock reloj) {
    this.jdbc = jdbc;
    this.limites = limites;
    this.reloj = reloj;
  }

  /** The limits in force. */
  public Limites limites() {
    return limites;
  }

  /**
   * Counts one submission of {@code formulario} from the request's address (the client's, behind a
   * proxy that sends X-Forwarded-For) naming {@code correo} (null or blank when the form has none).
   * Call it before validating, so invalid submissions count too.
   *
   * @throws DemasiadasSolicitudesException when a limit is reached; the submission is not counted
   */
  public void contar(String formulario, HttpServletRequest peticion, String correo) {
    Map<String, Integer> maximos = new HashMap<>();
    maximos.put(huella("direccion|" + formulario + "|" + peticion.getRemoteAddr()), limites.porDireccion());
    maximos.put(huella("formulario|" + formulario), limites.porFormulario());
    String buzon = buzon(correo);
    if (buzon != null) {
      maximos.put(huella("correo|" + buzon), limites.porCorreo());
    }
    Instant ahora = reloj.instant();
    Timestamp desde = Timestamp.from(ahora.minus(limites.ventana()));
    List<String> claves = new ArrayList<>(maximos.keySet());
    // Two statements, no lock: simultaneous submissions may each miss the other's row, so a limit
    // can be passed by the few requests that arrive in the same instant.
    String marcas = String.join(",", claves.stream().map(c -> "?").toList());
    List<Object> parametros = new ArrayList<>(claves);
    parametros.add(desde);
    jdbc.query(
        "select clave, count(*) from envio_formulario where clave in (" + marcas + ") and instante > ? group by clave",
        fila -> {
          if (fila.getInt(2) >= maximos.get(fila.getString(1))) {
            throw new DemasiadasSolicitudesException(limites.ventana());
          }
        },
        parametros.toArray());
    Timestamp instante = Timestamp.from(ahora);
    jdbc.batchUpdate(
        "insert into envio_formulario (clave, instante) values (?, ?)",
        claves.stream().map(c -> new Object[] {c, instante}).toList());
    if (desdeLimpieza.incrementAndGet() % LIMPIEZA_CADA == 0) {
      jdbc.update("delete from envio_formulario where instante <= ?", desde);
    }
  }

  /**
   * The first step of every public form's POST: counts the submission of {@code formulario} from
   * the request's address and naming the form object's mailbox ({@link #contar}, before any
   * validation, so invalid ones count too), then reads the honeypot of the submitted form object.
   * The one place the honeypot is read.
   *
   * @return whether the honeypot was filled in, i.e. a bot sent it: answer as a success, store
   *     and send nothing
   * @throws DemasiadasSolicitudesException when a limit is reached
   */
  public boolean esRobot(String formulario, HttpServletRequest peticion, FormularioPublico enviado) {
    contar(formulario, peticion, enviado.getCorreo());
    return esRobot(enviado.getSitioWeb());
  }

  /** Whether the honeypot field was filled in, i.e. the submission comes from a bot. */
  static boolean esRobot(String trampa) {
    return trampa != null && !trampa.isEmpty();
  }

  /**
   * The mailbox an e-mail delivers to, as the limit counts it: trimmed, in lower case and without a
   * {@code +tag} of its local part ({@code Ana+1@Ejemplo.mx} and {@code ana@ejemplo.mx} are one
   * mailbox); null when nothing was typed.
   */
  static String buzon(String correo) {
    if (correo == null || correo.isBlank()) {
      return null;
    }
    String buzon = correo.strip().toLowerCase(Locale.ROOT);
    int arroba = buzon.lastIndexOf('@');
    int mas = buzon.indexOf('+');
    if (arroba > 0 && mas > 0 && mas < arroba) {
      buzon = buzon.substring(0, mas) + buzon.substring(arroba);
    }
    return buzon;
  }

  private static String huella(String texto) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(texto.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
