package mx.infoqro.gobiernoabierto.comun;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that protects the portal's public forms against bulk submissions, besides the CSRF
 * token every form carries (system.SeguridadWeb):
 *
 * <ul>
 *   <li>a per-address limit: at most {@code gobierno-abierto.limite-envios.maximo} submissions of one
 *       form from one address in {@code ...ventana}; beyond it {@link DemasiadasSolicitudesException},
 *       answered with the Spanish 429 page. Counters live in this node's memory (with several nodes,
 *       each counts its own share: a limit per node, not per cluster).
 *   <li>a honeypot: the hidden field {@value #CAMPO_TRAMPA} (fragment {@code fragments/formulario ::
 *       trampa}) that people never see and bots fill in; a filled one is answered as a success and
 *       nothing is stored.
 * </ul>
 *
 * <p>Addresses are kept only in memory, for the window, and never logged.
 */
@Component
public class ProteccionFormularios {

  /** Name of the honeypot field. */
  public static final String CAMPO_TRAMPA = "sitioWeb";

  private final int maximo;
  private final Cache<String, AtomicInteger> contadores;

  @Autowired
  ProteccionFormularios(
      @Value("${gobierno-abierto.limite-envios.maximo:5}") int maximo,
      @Value("${gobierno-abierto.limite-envios.ventana:PT10M}") Duration ventana) {
    this(maximo, ventana, Ticker.systemTicker());
  }

  /** With the clock of the window given (tests move it). */
  ProteccionFormularios(int maximo, Duration ventana, Ticker reloj) {
    this.maximo = maximo;
    this.contadores =
        Caffeine.newBuilder().expireAfterWrite(ventana).maximumSize(100_000).ticker(reloj).build();
  }

  /**
   * Counts one submission of {@code formulario} from the request's address (the client's, behind a
   * proxy that sends X-Forwarded-For). Call it before validating, so invalid submissions count too.
   *
   * @throws DemasiadasSolicitudesException when the address exceeded the limit for this form
   */
  public void contar(String formulario, HttpServletRequest peticion) {
    String clave = formulario + "|" + peticion.getRemoteAddr();
    // The window starts with an address's first submission (expireAfterWrite is set on creation only)
    int envios = contadores.get(clave, k -> new AtomicInteger()).incrementAndGet();
    if (envios > maximo) {
      throw new DemasiadasSolicitudesException();
    }
  }

  /** Whether the honeypot field was filled in, i.e. the submission comes from a bot. */
  public static boolean esRobot(String trampa) {
    return trampa != null && !trampa.isEmpty();
  }
}
