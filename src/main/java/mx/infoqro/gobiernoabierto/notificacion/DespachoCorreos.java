package mx.infoqro.gobiernoabierto.notificacion;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's dispatcher: makes the first attempt to send every message {@link Notificador} wrote,
 * in batches, outside the transaction that wrote it. A message whose first attempt fails is handed
 * to its own delivery process ({@code envio-notificacion}: retries 10 minutes apart, then an
 * incident in Cockpit), in the transaction that records the failed attempt.
 *
 * <p>Why not one process per message from the start: a process instance and its job cost the
 * writing transaction (a registration) about as much as the rest of its work, and its job two more
 * commits; mail servers are up almost always, so only the rare failed message pays for that.
 *
 * <p>Every node runs it (every {@code gobierno-abierto.correo.despacho-cada}, when the job executor
 * runs: {@link DespachoCorreosProgramado}); a node reserves the messages it is about to send until
 * {@code reservada_hasta} (the job executor's lock time), with a conditional update, so no two
 * nodes send the same message, and the messages of a node that died are sent by another once their
 * reservation expires. A message is sent twice only if its node died between the mail server's
 * acceptance and the commit that marks its batch sent, as with the jobs. Tests call {@link
 * #despachar()} or {@link #entregar(Long)} themselves.
 */
@Component
public class DespachoCorreos {

  /**
   * Messages reserved, sent and marked sent in one transaction at a time: a node that dies in the
   * middle of a batch leaves at most this many messages that may be sent a second time.
   */
  static final int LOTE = 25;

  private static final Logger LOG = LoggerFactory.getLogger(DespachoCorreos.class);

  private static final String PENDIENTE =
      " enviada is null and intentos = 0 and (reservada_hasta is null or reservada_hasta < ?)";

  /**
   * The oldest messages waiting for their first attempt, at most a batch. "enviada, id" is the order
   * of the index ix_notificacion_pendiente (V37; enviada is null in every row read): H2 then reads
   * the first rows of the index instead of every waiting message to sort them.
   */
  static final String PENDIENTES =
      "select id from notificacion where" + PENDIENTE + " order by enviada, id fetch first " + LOTE + " rows only";

  /** Reserves one message if it is still waiting (found by the same index, by enviada and id). */
  static final String RESERVAR = "update notificacion set reservada_hasta = ? where id = ? and" + PENDIENTE;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaccion;
  private final EnvioCorreoService envio;
  private final EnvioNotificacionProcesos procesos;
  private final Plazos plazos;
  private final Duration reserva;

  DespachoCorreos(
      JdbcTemplate jdbc,
      TransactionTemplate transaccion,
      EnvioCorreoService envio,
      EnvioNotificacionProcesos procesos,
      Plazos plazos,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis:40000}") long reservaMs) {
    this.jdbc = jdbc;
    this.transaccion = transaccion;
    this.envio = envio;
    this.procesos = procesos;
    this.plazos = plazos;
    this.reserva = Duration.ofMillis(reservaMs);
  }

  /**
   * Makes the first attempt of every message waiting for it, batch after batch, until none is left.
   *
   * @return how many messages were sent (those whose attempt failed now have their process)
   */
  public int despachar() {
    int enviados = 0;
    List<Long> lote;
    do {
      lote = reservar(pendientes());
      if (!lote.isEmpty()) {
        enviados += intentar(lote);
      }
    } while (lote.size() == LOTE);
    return enviados;
  }

  /**
   * The first attempt of one message, if it is still waiting for it (not sent, not failed, not
   * reserved by another node); true when it was sent now.
   */
  public boolean entregar(Long id) {
    List<Long> reservada = reservar(List.of(id));
    return !reservada.isEmpty() && intentar(reservada) == 1;
  }

  /** The next batch ({@link #PENDIENTES}). */
  private List<Long> pendientes() {
    return jdbc.queryForList(PENDIENTES, Long.class, Timestamp.from(plazos.instante()));
  }

  /**
   * Reserves, in one transaction, those of the messages still waiting (another node may have taken
   * some since they were read): the update's condition is checked again on the locked row.
   */
  private List<Long> reservar(List<Long> candidatas) {
    if (candidatas.isEmpty()) {
      return List.of();
    }
    Instant ahora = plazos.instante();
    Timestamp hasta = Timestamp.from(ahora.plus(reserva));
    return transaccion.execute(
        estado -> {
          List<Long> reservadas = new ArrayList<>();
          for (Long id : candidatas) {
            if (jdbc.update(RESERVAR, hasta, id, Timestamp.from(ahora)) == 1) {
              reservadas.add(id);
            }
          }
          return reservadas;
        });
  }

  /**
   * Sends reserved messages (one transaction marks them sent); each that failed gets its attempt
   * recorded and its delivery process started, in one transaction per message. A batch stops
   * trying new messages once a quarter of the reservation is spent, so that the message it is
   * sending (at most the mail timeouts, 30 s) ends before the reservation does and no other node
   * can take it meanwhile; the messages not tried are released for the next round. Returns how
   * many were sent.
   */
  private int intentar(List<Long> reservadas) {
    EnvioCorreoService.ResultadoLote resultado =
        envio.enviarLote(reservadas, System.nanoTime() + reserva.toNanos() / 4);
    resultado.fallos().forEach(
        (id, fallo) -> {
          transaccion.executeWithoutResult(
              estado -> {
                envio.registrarFallo(id, fallo.getDetalle());
                procesos.iniciar(id);
              });
          LOG.warn("{} Se reintentará en su propio proceso de envío.", fallo.getMessage());
        });
    for (Long id : resultado.sinIntentar()) {
      jdbc.update("update notificacion set reservada_hasta = null where id = ? and enviada is null", id);
    }
    return resultado.enviados();
  }
}
