package mx.infoqro.gobiernoabierto.comun;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
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
 *   <li>a per-address limit: at most {@code gobierno-abierto.limite-envios.maximo} submissions of one
 *       form from one address in the last {@code ...ventana} (a sliding window); beyond it {@link
 *       DemasiadasSolicitudesException}, answered with the Spanish 429 page. Submissions are counted
 *       in the database (table {@code envio_formulario}), so the limit holds across every node of a
 *       cluster, whichever node the proxy sends each submission to.
 *   <li>a honeypot: the hidden field {@value #CAMPO_TRAMPA} (fragment {@code fragments/formulario ::
 *       trampa}, property {@link FormularioPublico#getSitioWeb()} of every form object) that people
 *       never see and bots fill in; a filled one is answered as a success and nothing is stored.
 * </ul>
 *
 * <p>Every public form's POST begins with {@link #esRobot(String, HttpServletRequest,
 * FormularioPublico)}, which does both (the style of those handlers: {@link FormularioPublico}).
 *
 * <p>Addresses are never stored nor logged: a row keeps only the SHA-256 of form and address, and
 * rows older than the window are deleted.
 */
@Component
public class ProteccionFormularios {

  /** Name of the honeypot field. */
  public static final String CAMPO_TRAMPA = "sitioWeb";

  /** Old rows are deleted once every this many submissions counted by a node. */
  private static final int LIMPIEZA_CADA = 500;

  private final JdbcTemplate jdbc;
  private final int maximo;
  private final Duration ventana;
  private final Clock reloj;
  private final AtomicInteger desdeLimpieza = new AtomicInteger();

  @Autowired
  ProteccionFormularios(
      JdbcTemplate jdbc,
      @Value("${gobierno-abierto.limite-envios.maximo:5}") int maximo,
      @Value("${gobierno-abierto.limite-envios.ventana:PT10M}") Duration ventana) {
    this(jdbc, maximo, ventana, Clock.systemUTC());
  }

  /** With the clock given (tests move it). */
  ProteccionFormularios(JdbcTemplate jdbc, int maximo, Duration ventana, Clock reloj) {
    this.jdbc = jdbc;
    this.maximo = maximo;
    this.ventana = ventana;
    this.reloj = reloj;
  }

  /**
   * Counts one submission of {@code formulario} from the request's address (the client's, behind a
   * proxy that sends X-Forwarded-For). Call it before validating, so invalid submissions count too.
   *
   * @throws DemasiadasSolicitudesException when the address exceeded the limit for this form
   */
  public void contar(String formulario, HttpServletRequest peticion) {
    String clave = huella(formulario + "|" + peticion.getRemoteAddr());
    Instant ahora = reloj.instant();
    Timestamp desde = Timestamp.from(ahora.minus(ventana));
    // Two statements, no lock: simultaneous submissions of one address may each see the other's row
    // or not, so the limit can be passed by the few requests that arrive in the same instant.
    jdbc.update("insert into envio_formulario (clave, instante) values (?, ?)", clave, Timestamp.from(ahora));
    Integer envios =
        jdbc.queryForObject(
            "select count(*) from envio_formulario where clave = ? and instante > ?", Integer.class, clave, desde);
    if (desdeLimpieza.incrementAndGet() % LIMPIEZA_CADA == 0) {
      jdbc.update("delete from envio_formulario where instante <= ?", desde);
    }
    if (envios != null && envios > maximo) {
      throw new DemasiadasSolicitudesException();
    }
  }

  /**
   * The first step of every public form's POST: counts the submission of {@code formulario} from
   * the request's address ({@link #contar}, before any validation, so invalid ones count too), then
   * reads the honeypot of the submitted form object. The one place the honeypot is read.
   *
   * @return whether the honeypot was filled in, i.e. a bot sent it: answer as a success, store
   *     and send nothing
   * @throws DemasiadasSolicitudesException when the address exceeded the limit for this form
   */
  public boolean esRobot(String formulario, HttpServletRequest peticion, FormularioPublico enviado) {
    contar(formulario, peticion);
    return esRobot(enviado.getSitioWeb());
  }

  /** Whether the honeypot field was filled in, i.e. the submission comes from a bot. */
  static boolean esRobot(String trampa) {
    return trampa != null && !trampa.isEmpty();
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
