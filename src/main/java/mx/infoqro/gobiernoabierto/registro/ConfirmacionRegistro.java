package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Convocatoria;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double opt-in of a registration: the e-mailed link opens a page ({@link #estado}, which
 * changes nothing, so a mail scanner opening the link confirms nobody) whose button confirms
 * ({@link #confirmar}).
 */
@Service
public class ConfirmacionRegistro {

  private final RegistroRepository registros;
  private final ParticipanteRepository participantes;
  private final ConsultaEjercicios ejercicios;
  private final EnlacesParticipante enlaces;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final Plazos plazos;
  private final RegistroParticipanteProcesos procesos;

  ConfirmacionRegistro(
      RegistroRepository registros,
      ParticipanteRepository participantes,
      ConsultaEjercicios ejercicios,
      EnlacesParticipante enlaces,
      Auditoria auditoria,
      Notificador notificador,
      Plazos plazos,
      RegistroParticipanteProcesos procesos) {
    this.registros = registros;
    this.participantes = participantes;
    this.ejercicios = ejercicios;
    this.enlaces = enlaces;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.plazos = plazos;
    this.procesos = procesos;
  }

  /** What a confirmation link leads to. */
  public enum Confirmacion {
    /** The link is valid and the registration waits for its confirmation (the page shows the button). */
    POR_CONFIRMAR,
    /** Confirmed now; a civil-society registration counts from now on. */
    CONFIRMADO,
    /** Confirmed now; an agency liaison waits for comision's validation. */
    PENDIENTE_VALIDACION,
    /** The registration had been confirmed before: nothing changes. */
    YA_CONFIRMADO,
    /** The window closed before the confirmation: the registration does not count. */
    VENTANA_CERRADA,
    /** Unknown, mistyped or expired link. */
    ENLACE_INVALIDO
  }

  /** The state of the registration a link opens, without changing anything; and its edition's folio. */
  public record EstadoEnlace(Confirmacion confirmacion, String folio) {}

  /** What opening a confirmation link shows: nothing is confirmed here. */
  @Transactional(readOnly = true)
  public EstadoEnlace estado(String token) {
    Optional<Registro> registro = registro(token);
    if (registro.isEmpty()) {
      return new EstadoEnlace(Confirmacion.ENLACE_INVALIDO, null);
    }
    Registro r = registro.get();
    return new EstadoEnlace(pendiente(r).orElse(Confirmacion.POR_CONFIRMAR), r.getEjercicio().getFolio());
  }

  /**
   * Confirms the e-mail of a registration from its link's page (idempotent). Confirmed now: the
   * registration counts (civil society) or waits for validation (agency liaison), the person gets
   * the link to their personal page ({@code REGISTRO_CONFIRMADO}) and the registration's process
   * starts.
   */
  @Transactional
  public Confirmacion confirmar(String token) {
    Optional<Registro> registro = registro(token);
    if (registro.isEmpty()) {
      return Confirmacion.ENLACE_INVALIDO;
    }
    Registro r = registro.get();
    Optional<Confirmacion> ya = pendiente(r);
    if (ya.isPresent()) {
      return ya.get();
    }
    Participante p = r.getParticipante();
    Ejercicio ejercicio = r.getEjercicio();
    boolean enlace = p.getSector() == Sector.GOBIERNO;
    p.setConfirmado(plazos.instante());
    r.setEstado(enlace ? Registro.EstadoRegistro.PENDIENTE_VALIDACION : Registro.EstadoRegistro.CONFIRMADO);
    auditoria.registrar(claveNegocio(ejercicio.getFolio(), r.getId()), ENTIDAD, r.getId(), CONFIRMADO, RegistroService.USUARIO_PORTAL, null);
    notificador.aCorreo(
        ejercicio.getFolio(),
        NOTIFICACION_CONFIRMADO,
        p.getCorreo(),
        p.getNombre(),
        ejercicio.getFolio(),
        enlaces.emitir(p, EnlacesParticipante.Proposito.ACCESO),
        Mensajes.texto(enlace ? "registro.correo.confirmado.enlace" : "registro.correo.confirmado.sociedad"));
    procesos.iniciar(r, cierre(ejercicio));
    return enlace ? Confirmacion.PENDIENTE_VALIDACION : Confirmacion.CONFIRMADO;
  }

  /** Why the registration cannot be confirmed any more, if so. */
  private Optional<Confirmacion> pendiente(Registro r) {
    if (r.getParticipante().getConfirmado() != null) {
      return Optional.of(Confirmacion.YA_CONFIRMADO);
    }
    Instant ahora = plazos.instante();
    if (r.getCongelado() != null || ahora.isAfter(cierre(r.getEjercicio()).toInstant())) {
      return Optional.of(Confirmacion.VENTANA_CERRADA);
    }
    return Optional.empty();
  }

  private Optional<Registro> registro(String token) {
    return enlaces
        .validar(token, EnlacesParticipante.Proposito.CONFIRMACION)
        .flatMap(p -> participantes.findById(p.getId()))
        .flatMap(p -> registros.findByParticipanteId(p.getId()));
  }

  private Date cierre(Ejercicio ejercicio) {
    Convocatoria c = ejercicios.convocatoria(ejercicio.getId()).orElseThrow();
    return plazos.finDelDia(c.getFechaCierreRegistro());
  }
}
