package mx.infoqro.gobiernoabierto.gestion;

import mx.infoqro.gobiernoabierto.comun.Mensajes;
import java.util.List;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.notificacion.ConsultaNotificaciones;
import mx.infoqro.gobiernoabierto.notificacion.EnvioNotificacionBpmn;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The mail outbox as the commission reads it: every message with its delivery state (sent,
 * pending, failed with an incident in {@code envio-notificacion}). The list never shows a person's
 * address; reading a message sent to a person is an access to personal data and is recorded in the
 * decision log.
 */
@Service
public class BandejaCorreos {

  public static final int POR_PAGINA = 50;

  /** Entity name recorded in the decision log for messages. */
  static final String ENTIDAD = "Notificacion";

  /** Delivery state of a message. */
  public enum Estado {
    /** Delivered to the mail server. */
    ENVIADO,
    /** Waiting for its delivery job (maybe after failed attempts that will be retried). */
    PENDIENTE,
    /** Every retry failed: an incident waits in Cockpit. */
    FALLIDO
  }

  /** One row of the list: no personal address, only whether it went to a person or a group. */
  public record Fila(
      Long id, String creada, String folio, String tipo, String grupo, String asunto, Estado estado, int intentos) {}

  /** One message, complete. */
  public record Mensaje(
      Long id,
      String creada,
      String enviada,
      String folio,
      String tipo,
      String destinatarioCorreo,
      String destinatarioGrupo,
      String asunto,
      String cuerpo,
      Estado estado,
      int intentos,
      String ultimoError) {}

  private final ConsultaNotificaciones notificaciones;
  private final RuntimeService runtimeService;
  private final Auditoria auditoria;

  BandejaCorreos(ConsultaNotificaciones notificaciones, RuntimeService runtimeService, Auditoria auditoria) {
    this.notificaciones = notificaciones;
    this.runtimeService = runtimeService;
    this.auditoria = auditoria;
  }

  /** Page {@code pagina} (from 0) of the messages that match the filter, newest first. */
  @Transactional(readOnly = true)
  public Page<Fila> pagina(FiltroCorreos filtro, int pagina) {
    return notificaciones
        .pagina(filtro.folio(), filtro.tipo(), pagina, POR_PAGINA)
        .map(
            n ->
                new Fila(
                    n.getId(),
                    fecha(n.getCreada()),
                    n.getFolio(),
                    n.getTipo(),
                    n.getDestinatarioGrupo(),
                    n.getAsunto(),
                    estado(n),
                    n.getIntentos()));
  }

  /** The kinds of message present in the outbox (options of the filter). */
  @Transactional(readOnly = true)
  public List<String> tipos() {
    return notificaciones.tipos();
  }

  /**
   * Message {@code id} for staff member {@code usuario}; when it was sent to a person's address the
   * reading is recorded in the decision log as an access to personal data.
   */
  @Transactional
  public Optional<Mensaje> leer(Long id, String usuario) {
    return notificaciones
        .notificacion(id)
        .map(
            n -> {
              if (StringUtils.hasText(n.getDestinatarioCorreo())) {
                auditoria.registrarAccesoDatosPersonales(
                    n.getFolio(), ENTIDAD, n.getId(), usuario, Mensajes.texto("gestion.auditoria.lectura-correo", n.getTipo()));
              }
              return new Mensaje(
                  n.getId(),
                  fecha(n.getCreada()),
                  n.getEnviada() == null ? null : fecha(n.getEnviada()),
                  n.getFolio(),
                  n.getTipo(),
                  n.getDestinatarioCorreo(),
                  n.getDestinatarioGrupo(),
                  n.getAsunto(),
                  n.getCuerpo(),
                  estado(n),
                  n.getIntentos(),
                  n.getUltimoError());
            });
  }

  /** Sent if marked so; failed if its delivery instance holds an incident; otherwise pending. */
  Estado estado(Notificacion n) {
    if (n.getEnviada() != null) {
      return Estado.ENVIADO;
    }
    boolean incidente =
        runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(EnvioNotificacionBpmn.KEY)
                .processInstanceBusinessKey(EnvioNotificacionBpmn.claveNegocio(n.getId()))
                .withIncident()
                .count()
            > 0;
    return incidente ? Estado.FALLIDO : Estado.PENDIENTE;
  }

  private static String fecha(java.time.Instant instante) {
    return instante == null ? "" : ConsultaAuditoria.FECHA_HORA.format(instante.atZone(ConsultaAuditoria.ZONA));
  }
}
