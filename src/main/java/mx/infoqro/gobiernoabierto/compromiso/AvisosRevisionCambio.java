package mx.infoqro.gobiernoabierto.compromiso;

import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reminder and the escalation of a change request the STL has not reviewed in time. */
@Service
public class AvisosRevisionCambio {

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern(Mensajes.texto("portal.formato.fecha"), Mensajes.ES_MX);

  private final CambiosCompromiso cambios;
  private final Notificador notificador;
  private final Auditoria auditoria;
  private final Plazos plazos;

  AvisosRevisionCambio(CambiosCompromiso cambios, Notificador notificador, Auditoria auditoria, Plazos plazos) {
    this.cambios = cambios;
    this.notificador = notificador;
    this.auditoria = auditoria;
    this.plazos = plazos;
  }

  /** The STL's review is still pending at the reminder: its members are reminded. False when it no longer waits. */
  @Transactional
  public boolean recordarRevision(Long cambioId) {
    CambioCompromiso cambio = cambios.cambio(cambioId);
    if (cambio.getEstado() != Estado.EN_REVISION_STL) {
      return false;
    }
    Compromiso c = cambio.getCompromiso();
    notificador.aGrupo(c.getFolio(), CambioCompromisoBpmn.NOTIFICACION_RECORDATORIO, Grupos.STL, c.getFolio(), c.getTitulo(),
        plazos.dia(cambio.getSolicitado()).format(FECHA));
    return true;
  }

  /** The STL's review is overdue: the Pleno and the commission are told, and it is logged. */
  @Transactional
  public boolean escalarRevision(Long cambioId) {
    CambioCompromiso cambio = cambios.cambio(cambioId);
    if (cambio.getEstado() != Estado.EN_REVISION_STL) {
      return false;
    }
    Compromiso c = cambio.getCompromiso();
    for (String grupo : List.of(Grupos.PLENO, Grupos.COMISION)) {
      notificador.aGrupo(c.getFolio(), CambioCompromisoBpmn.NOTIFICACION_ESCALAMIENTO, grupo, c.getFolio(), c.getTitulo(),
          plazos.dia(cambio.getSolicitado()).format(FECHA));
    }
    auditoria.registrar(c.getFolio(), CambiosCompromiso.ENTIDAD, cambioId, "ESCALADO", Auditoria.SISTEMA, Mensajes.texto("cambio.motivo-escalado"));
    return true;
  }
}
