package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Organismo;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic steps of an ARCO request around the staff's task: the messages to the person and
 * to the staff, and the closing of the request (not confirmed, or answered).
 */
@Service
@Transactional
public class TramiteArco {

  private final SolicitudArcoRepository solicitudes;
  private final Plazos plazos;
  private final Notificador notificador;
  private final Auditoria auditoria;
  private final Organismo organismo;

  TramiteArco(
      SolicitudArcoRepository solicitudes, Plazos plazos, Notificador notificador, Auditoria auditoria, Organismo organismo) {
    this.solicitudes = solicitudes;
    this.plazos = plazos;
    this.notificador = notificador;
    this.auditoria = auditoria;
    this.organismo = organismo;
  }

  /** Task_EnviarConfirmacionIdentidad: mails the link; returns when the confirmation expires. */
  public Date enviarConfirmacion(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    LocalDate limite = plazos.calendario().sumar(plazos.hoy(), ReglasArco.DIAS_CONFIRMACION);
    notificador.aCorreo(
        s.getFolio(),
        NOTIFICACION_CONFIRMAR,
        s.getCorreo(),
        s.getFolio(),
        organismo.getSitio() + "/derechos-arco/confirmar/" + s.getToken(),
        limite.toString());
    return plazos.finDelDia(limite);
  }

  /** Task_CerrarSolicitudNoConfirmada: the identity was never confirmed; the request closes. */
  public void cerrarNoConfirmada(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    s.setEstado(EstadoSolicitudArco.NO_CONFIRMADA);
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), NO_CONFIRMADA, Auditoria.SISTEMA,
        Mensajes.texto("arco.auditoria.no-confirmada", String.valueOf(ReglasArco.DIAS_CONFIRMACION)));
  }

  /** Task_RecordarVencimientoArco: reminds the data-protection staff of the coming deadline. */
  public void recordarVencimiento(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    notificador.aGrupo(s.getFolio(), NOTIFICACION_RECORDATORIO, Grupos.DATOS_PERSONALES,
        s.getFolio(), s.getDerecho().name(), fecha(s.getVencimiento()));
  }

  /** Task_NotificarProrrogaArco: tells the person of the extension, its reason and new date. */
  public void notificarProrroga(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    notificador.aCorreo(s.getFolio(), NOTIFICACION_PRORROGA, s.getCorreo(),
        s.getFolio(), s.getProrrogaMotivo(), fecha(s.getProrrogaFecha()));
  }

  /**
   * Task_EnviarRespuestaArco: sends the answer (and, for access, tells that the data file is
   * ready) and closes the request.
   */
  public void enviarRespuesta(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    notificador.aCorreo(s.getFolio(), NOTIFICACION_RESPUESTA, s.getCorreo(), s.getFolio(), s.getRespuestaTexto());
    if (s.getDerecho() == DerechoArco.ACCESO) {
      notificador.aCorreo(s.getFolio(), NOTIFICACION_ACCESO, s.getCorreo(), s.getFolio());
      s.setArchivoAccesoEntregado(plazos.instante());
    }
    s.setEstado(EstadoSolicitudArco.RESPONDIDA);
  }

  private String fecha(Instant instante) {
    return instante == null ? "" : plazos.dia(instante).toString();
  }
}
