package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;

import java.util.Comparator;
import java.util.stream.Collectors;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.EjeTematico;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * comision's validation of the agencies' liaisons (process {@code registro-participante}): the
 * task's form, the decision, the message to the liaison and the close that leaves a pending
 * validation without effect.
 */
@Service
public class ValidacionEnlaces {

  private final RegistroRepository registros;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final EnlacesParticipante enlaces;

  ValidacionEnlaces(RegistroRepository registros, Auditoria auditoria, Notificador notificador, EnlacesParticipante enlaces) {
    this.registros = registros;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.enlaces = enlaces;
  }

  /** The form of Task_ValidarEnlace: who registered, for which agency, on which axes; no decision yet. */
  @Transactional(readOnly = true)
  public FormularioValidarEnlace vistaValidacion(Long registroId) {
    Registro r = registro(registroId);
    Participante p = r.getParticipante();
    return new FormularioValidarEnlace(
        p.getNombre(),
        dependencia(p),
        p.getCorreo(),
        Mensajes.texto("registro.sector." + p.getSector()),
        r.getEjes().stream().map(EjeTematico::getNombre).collect(Collectors.joining("; ")),
        null,
        null);
  }

  /**
   * comision's decision on an agency liaison's registration: {@code VALIDADO} (it counts) or
   * {@code RECHAZADO} (with the reason, told to the person). Logged in the decision log.
   */
  @Transactional
  public void validarEnlace(Long registroId, String decision, String motivo, String usuario) {
    String error = ReglasRegistro.revisarValidacion(decision, motivo);
    if (error != null) {
      throw error.endsWith("motivo-largo")
          ? ValidacionException.de(error, String.valueOf(ReglasRegistro.MAXIMO_MOTIVO_RECHAZO))
          : ValidacionException.de(error);
    }
    Registro r = registro(registroId);
    if (r.getCongelado() != null) {
      throw ValidacionException.de("registro.validacion.error.cerrado");
    }
    if (r.getEstado() != Registro.EstadoRegistro.PENDIENTE_VALIDACION) {
      throw ValidacionException.de("registro.validacion.error.no-pendiente");
    }
    r.setEstado(VALIDADO.equals(decision) ? Registro.EstadoRegistro.VALIDADO : Registro.EstadoRegistro.RECHAZADO);
    auditoria.registrar(claveNegocio(r.getEjercicio().getFolio(), r.getId()), ENTIDAD, r.getId(), decision, usuario, motivo);
  }

  /** Tells the liaison comision's decision ({@code ENLACE_VALIDADO} or {@code ENLACE_RECHAZADO}). */
  @Transactional
  public void notificarValidacion(Long registroId) {
    Registro r = registro(registroId);
    Participante p = r.getParticipante();
    String folio = r.getEjercicio().getFolio();
    if (r.getEstado() == Registro.EstadoRegistro.VALIDADO) {
      notificador.aCorreo(
          folio, NOTIFICACION_VALIDADO, p.getCorreo(), p.getNombre(), dependencia(p), folio,
          enlaces.emitir(p, EnlacesParticipante.Proposito.ACCESO));
    } else if (r.getEstado() == Registro.EstadoRegistro.RECHAZADO) {
      String motivo =
          auditoria.historial(claveNegocio(folio, r.getId())).stream()
              .filter(d -> ENTIDAD.equals(d.getEntidad()) && r.getId().equals(d.getEntidadId()))
              .filter(d -> RECHAZADO.equals(d.getDecision()))
              .max(Comparator.comparing(RegistroDecision::getFecha).thenComparing(RegistroDecision::getId))
              .map(RegistroDecision::getMotivo)
              .orElse("");
      notificador.aCorreo(folio, NOTIFICACION_RECHAZADO, p.getCorreo(), p.getNombre(), dependencia(p), folio, motivo);
    } else {
      throw new IllegalStateException("Registro " + registroId + " has no validation decision: " + r.getEstado());
    }
  }

  /**
   * The window closed while the liaison's validation was pending: the registration stays pending
   * and does not count for the tables ({@link Registro#cuenta()}); the decision log says so.
   */
  @Transactional
  public void registrarSinValidar(Long registroId) {
    Registro r = registro(registroId);
    auditoria.registrar(
        claveNegocio(r.getEjercicio().getFolio(), r.getId()),
        ENTIDAD,
        r.getId(),
        SIN_VALIDAR,
        Auditoria.SISTEMA,
        Mensajes.texto("registro.auditoria.sin-validar"));
  }

  private static String dependencia(Participante p) {
    return p.getSujetoObligado() != null ? p.getSujetoObligado().getNombre() : p.getOrganizacion();
  }

  private Registro registro(Long registroId) {
    return registros.findById(registroId).orElseThrow(() -> new IllegalArgumentException("Registro " + registroId));
  }
}
