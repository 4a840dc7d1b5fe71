package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-protection staff's task on an ARCO request (Task_AtenderSolicitudArco): what they see
 * and their decision, an extension or the answer (with the validated corrections of a
 * rectification). The right itself is carried out afterwards by {@link EjercicioDerechoArco}.
 */
@Service
@Transactional
public class AtencionArco {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolicitudArcoRepository solicitudes;
  private final Plazos plazos;
  private final Auditoria auditoria;

  AtencionArco(SolicitudArcoRepository solicitudes, Plazos plazos, Auditoria auditoria) {
    this.solicitudes = solicitudes;
    this.plazos = plazos;
    this.auditoria = auditoria;
  }

  /** The new legal deadline of an extended request and its reminder, for the process. */
  public record Prorroga(Date vencimiento, Date recordatorio) {}

  /** The request as the staff's form shows it (read-only fields), with no decision yet. */
  @Transactional(readOnly = true)
  public FormularioAtenderSolicitudArco vista(Long solicitudId) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    return new FormularioAtenderSolicitudArco(
        s.getFolio(),
        s.getDerecho(),
        s.getNombre(),
        s.getCorreo(),
        s.getParticipante() == null ? Mensajes.texto("arco.vista.sin-registro") : s.getParticipante().getNombre(),
        s.getDescripcion(),
        s.getDatosRectificar(),
        s.getTratamiento() == null
            ? null
            : s.getTratamiento().name() + (s.getTratamientoDescripcion() == null ? "" : ": " + s.getTratamientoDescripcion()),
        s.getVencimiento() == null ? null : plazos.dia(s.getVencimiento()).toString(),
        s.getDerecho() == DerechoArco.RECTIFICACION,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * Task_AtenderSolicitudArco completed: records the extension (once, with its reason, 10 business
   * days from the original deadline) or the answer (with the validated corrections of a
   * rectification). Returns the new deadline and reminder when extended.
   */
  public Optional<Prorroga> atender(Long solicitudId, FormularioAtenderSolicitudArco f, String usuario) {
    SolicitudArco s = solicitudes.porId(solicitudId);
    ReglasArco.validarDecision(f.decisionArco(), s.getProrrogaFecha() != null, f.motivoProrroga(), f.respuesta());
    if (PRORROGAR.equals(f.decisionArco())) {
      LocalDate original = plazos.dia(s.getVencimientoOriginal());
      Date nuevo = plazos.finDelDia(ReglasArco.vencimientoProrrogado(plazos.calendario(), original));
      Date recordatorio = plazos.inicioDelDia(ReglasArco.recordatorioProrroga(plazos.calendario(), original));
      s.setProrrogaMotivo(f.motivoProrroga().trim());
      s.setProrrogaFecha(nuevo.toInstant());
      s.setVencimiento(nuevo.toInstant());
      s.setEstado(EstadoSolicitudArco.PRORROGADA);
      auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), PRORROGADA, usuario, s.getProrrogaMotivo());
      return Optional.of(new Prorroga(nuevo, recordatorio));
    }
    if (s.getDerecho() == DerechoArco.RECTIFICACION) {
      Map<String, String> validadas =
          ReglasArco.validarCorrecciones(
              f.nombreCorregido(), f.telefonoCorregido(), f.municipioCorregido(), f.organizacionCorregida());
      s.setCorrecciones(json(validadas));
    }
    s.setRespuestaTexto(f.respuesta().trim());
    s.setRespuestaFecha(plazos.instante());
    s.setRespuestaUsuario(usuario);
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), RESPONDIDA, usuario, s.getDerecho().name());
    return Optional.empty();
  }

  private static String json(Map<String, String> correcciones) {
    try {
      return JSON.writeValueAsString(correcciones);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
