package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.registro.ConsultaRegistros;
import mx.infoqro.gobiernoabierto.registro.Participante;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ARCO requests as the person makes them on the portal: the reception of the form and the
 * confirmation of their identity by the e-mailed link.
 */
@Service
@Transactional
public class SolicitudesArco {

  private final SolicitudArcoRepository solicitudes;
  private final ConsultaRegistros registros;
  private final Plazos plazos;
  private final Auditoria auditoria;
  private final DerechosArcoProcesos procesos;

  SolicitudesArco(
      SolicitudArcoRepository solicitudes,
      ConsultaRegistros registros,
      Plazos plazos,
      Auditoria auditoria,
      DerechosArcoProcesos procesos) {
    this.solicitudes = solicitudes;
    this.registros = registros;
    this.plazos = plazos;
    this.auditoria = auditoria;
    this.procesos = procesos;
  }

  /**
   * Receives a request from the portal form {@code /derechos-arco}: validates it, stores it and
   * starts its {@code derechos-arco} process, which e-mails the identity-confirmation link.
   *
   * <p>The answer does not depend on whether the e-mail is registered: a request for an unknown
   * address is stored and mailed alike (the staff see "Sin registro con ese correo").
   *
   * @param nombre the requester's name as given on the form (optional)
   * @return the request's folio, to show to the person
   * @throws ValidacionException with a Spanish message when the request is incomplete
   */
  public String recibir(
      String nombre,
      String correo,
      DerechoArco derecho,
      String descripcion,
      String datosRectificar,
      TratamientoArco tratamiento,
      String tratamientoDescripcion) {
    ReglasArco.validarSolicitud(correo, derecho, descripcion, datosRectificar, tratamiento);
    SolicitudArco s = new SolicitudArco();
    s.setNombre(nombre == null || nombre.isBlank() ? null : nombre.trim());
    s.setCorreo(correo.trim());
    s.setDerecho(derecho);
    s.setDescripcion(descripcion.trim());
    s.setDatosRectificar(derecho == DerechoArco.RECTIFICACION ? datosRectificar.trim() : null);
    s.setTratamiento(derecho == DerechoArco.OPOSICION ? tratamiento : null);
    s.setTratamientoDescripcion(derecho == DerechoArco.OPOSICION ? tratamientoDescripcion : null);
    List<Participante> propios = registros.participantesConCorreo(s.getCorreo());
    s.setParticipante(propios.isEmpty() ? null : propios.get(propios.size() - 1));
    s.setToken(UUID.randomUUID().toString().replace("-", ""));
    s.setRecibida(plazos.instante());
    s.setFolio(siguienteFolio());
    solicitudes.save(s);
    procesos.iniciar(s);
    return s.getFolio();
  }

  /**
   * The person confirmed, with the button of the page the e-mailed link opens, that the request and
   * the e-mail are theirs: the legal deadline starts and the process continues to the staff's task.
   *
   * @return the request's folio
   * @throws ValidacionException when the link is unknown, already used or expired, or when the
   *     request does not wait for the confirmation yet
   */
  public String confirmarIdentidad(String token) {
    SolicitudArco s =
        solicitudes
            .findByToken(token == null ? "" : token)
            .filter(x -> x.getEstado() == EstadoSolicitudArco.PENDIENTE_IDENTIDAD)
            .orElseThrow(() -> ValidacionException.de("arco.error.enlace"));
    LocalDate hoy = plazos.hoy();
    Date vencimiento = plazos.finDelDia(ReglasArco.vencimiento(plazos.calendario(), hoy));
    Date recordatorio = plazos.inicioDelDia(ReglasArco.recordatorio(plazos.calendario(), hoy));
    s.setIdentidadConfirmada(plazos.instante());
    s.setVencimiento(vencimiento.toInstant());
    s.setVencimientoOriginal(vencimiento.toInstant());
    s.setEstado(EstadoSolicitudArco.EN_ATENCION);
    auditoria.registrar(s.getFolio(), ENTIDAD, s.getId(), IDENTIDAD_CONFIRMADA, Auditoria.SISTEMA, null);
    if (!procesos.identidadConfirmada(s.getFolio(), vencimiento, recordatorio)) {
      throw ValidacionException.de("arco.error.no-espera-confirmacion");
    }
    return s.getFolio();
  }

  /** What an identity-confirmation link leads to, for the portal's pages (no personal data). */
  public record EnlaceArco(String folio, EstadoSolicitudArco estado, LocalDate vencimiento) {
    /** The identity was confirmed (the request is being attended or was answered). */
    public boolean confirmada() {
      return estado != EstadoSolicitudArco.PENDIENTE_IDENTIDAD && estado != EstadoSolicitudArco.NO_CONFIRMADA;
    }

    /** The link expired: the identity was not confirmed in time and the request was closed. */
    public boolean vencido() {
      return estado == EstadoSolicitudArco.NO_CONFIRMADA;
    }
  }

  /**
   * The request an identity-confirmation link belongs to, with its state and legal deadline (the
   * day, in the commission's time zone), or empty for an unknown token.
   */
  @Transactional(readOnly = true)
  public Optional<EnlaceArco> enlace(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    return solicitudes
        .findByToken(token)
        .map(s -> new EnlaceArco(s.getFolio(), s.getEstado(),
            plazos.dia(s.getVencimiento())));
  }

  /** The JSON document of a person's data (access right), as stored with the request. */
  @Transactional(readOnly = true)
  public String archivoAcceso(String folio) {
    return solicitudes.findByFolio(folio).map(SolicitudArco::getArchivoAcceso).orElse(null);
  }

  private String siguienteFolio() {
    String prefijo = "ARCO-" + plazos.hoy().getYear() + "-";
    long n = solicitudes.countByFolioStartingWith(prefijo) + 1;
    while (solicitudes.findByFolio(prefijo + String.format("%04d", n)).isPresent()) {
      n++;
    }
    return prefijo + String.format("%04d", n);
  }
}
