package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn.*;

import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.comun.GobiernoAbiertoProperties;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Mensajes;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.notificacion.Notificador;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval of one draft commitment (DOMAIN.md phase 6): the STL reviews it against the
 * commitment criteria, the responsible agency accepts it (reminded, then escalated when late), the
 * Pleno approves it; any step may return it to the table ({@link ObservacionesCompromiso}), and
 * after the last round it ends as not approved with a public reason. Rules in {@link
 * ReglasCompromiso}; every decision is written to the decision log in the same transaction.
 */
@Service
@Transactional
public class AprobacionCompromisoService {

  private final ExpedienteCompromiso expediente;
  private final Evaluaciones evaluaciones;
  private final Auditoria auditoria;
  private final Notificador notificador;
  private final GobiernoAbiertoProperties propiedades;
  private final Plazos plazos;

  AprobacionCompromisoService(
      ExpedienteCompromiso expediente,
      Evaluaciones evaluaciones,
      Auditoria auditoria,
      Notificador notificador,
      GobiernoAbiertoProperties propiedades,
      Plazos plazos) {
    this.expediente = expediente;
    this.evaluaciones = evaluaciones;
    this.auditoria = auditoria;
    this.notificador = notificador;
    this.propiedades = propiedades;
    this.plazos = plazos;
  }

  /**
   * Sends a draft of the edition to its first review by the STL (round 1).
   *
   * @return the Camunda group of the responsible agency's liaisons, {@code so-<clave>}
   */
  public String iniciarRevision(Long ejercicioId, Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    if (!c.getEjercicio().getId().equals(ejercicioId)) {
      throw new IllegalArgumentException(
          "Commitment " + c.getFolio() + " does not belong to the edition " + ejercicioId + ".");
    }
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.BORRADOR);
    c.setEstado(EstadoCompromiso.EN_REVISION_STL);
    c.setRonda(1);
    expediente.registrar(c, REVISION_INICIADA, auditoria.usuarioActual(), expediente.ronda(c));
    return c.getSujetoResponsable().grupo();
  }

  /** The read-only view of the draft that the STL, the agency and the Pleno decide upon. */
  @Transactional(readOnly = true)
  public VistaCompromiso vista(Long compromisoId) {
    return expediente.vista(compromiso(compromisoId));
  }

  /**
   * Records the STL's review. Approving needs the commitment to be verifiable and relevant to the
   * open-government values (both stored in its {@link Evaluacion}) and sends it to the agency's
   * acceptance; returning needs observations and sends it back to the table.
   *
   * @throws ValidacionException when the review is incomplete; nothing is changed then
   */
  public void revisarStl(Long compromisoId, RevisionStl revision, String usuario) {
    ReglasCompromiso.validarRevisionStl(revision);
    Compromiso c = compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.EN_REVISION_STL);
    String motivo = ReglasCompromiso.motivoStl(revision);
    if (APROBAR.equals(revision.decision())) {
      Evaluacion evaluacion = evaluaciones.deCompromiso(c);
      evaluacion.setVerificable(true);
      evaluacion.setRelevante(true);
      c.setEstado(EstadoCompromiso.EN_ACEPTACION);
      expediente.registrar(c, APROBADO_STL, usuario, motivo);
    } else {
      devolver(c, revision.observaciones(), DEVUELTO_STL, usuario, motivo);
    }
  }

  /**
   * Records the responsible agency's answer: accepting sends the commitment to the Pleno; returning
   * needs observations and sends it back to the table.
   *
   * @throws ValidacionException when the answer is incomplete; nothing is changed then
   */
  public void decidirAceptacion(Long compromisoId, String decision, String observaciones, String usuario) {
    ReglasCompromiso.validarDecision(decision, observaciones, ACEPTAR, DEVOLVER);
    Compromiso c = compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.EN_ACEPTACION);
    if (ACEPTAR.equals(decision)) {
      c.setEstado(EstadoCompromiso.EN_APROBACION_PLENO);
      expediente.registrar(c, ACEPTADO_DEPENDENCIA, usuario, observaciones);
    } else {
      devolver(c, observaciones, DEVUELTO_DEPENDENCIA, usuario, observaciones);
    }
  }

  /**
   * Records the Pleno's decision. Approval is logged here and made effective by {@link
   * #registrarAprobacion}; returning needs observations and sends the commitment back to the table.
   *
   * @throws ValidacionException when the decision is incomplete; nothing is changed then
   */
  public void decidirPleno(Long compromisoId, String decision, String observaciones, String usuario) {
    ReglasCompromiso.validarDecision(decision, observaciones, APROBAR, DEVOLVER);
    Compromiso c = compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.EN_APROBACION_PLENO);
    if (APROBAR.equals(decision)) {
      expediente.registrar(c, APROBADO_PLENO, usuario, observaciones);
    } else {
      devolver(c, observaciones, DEVUELTO_PLENO, usuario, observaciones);
    }
  }

  /**
   * Makes the Pleno's approval effective: the commitment is APROBADO (with its date) and joins the
   * action plan; the agency's liaisons and the facilitators are notified.
   */
  public void registrarAprobacion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.EN_APROBACION_PLENO);
    c.setEstado(EstadoCompromiso.APROBADO);
    c.setAprobado(plazos.ahora().toInstant());
    expediente.registrar(c, APROBADO, auditoria.usuarioActual(), null);
    Object[] argumentos = argumentosNotificacion(c);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_APROBADO, c.getSujetoResponsable().grupo(), argumentos);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_APROBADO, Grupos.FACILITADORES, argumentos);
  }

  /**
   * Reminds the agency's liaisons that the commitment waits for their acceptance.
   *
   * @return false, and nothing is sent, when the commitment no longer waits for the agency
   */
  public boolean recordarAceptacion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    if (c.getEstado() != EstadoCompromiso.EN_ACEPTACION) {
      return false;
    }
    notificador.aGrupo(
        c.getFolio(), NOTIFICACION_RECORDATORIO, c.getSujetoResponsable().grupo(), argumentosNotificacion(c));
    return true;
  }

  /**
   * Escalates an acceptance past its deadline to the Pleno and the commission's staff, and logs it.
   *
   * @return false, and nothing is sent, when the commitment no longer waits for the agency
   */
  public boolean escalarAceptacion(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    if (c.getEstado() != EstadoCompromiso.EN_ACEPTACION) {
      return false;
    }
    Object[] argumentos = argumentosNotificacion(c);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_ESCALAMIENTO, Grupos.PLENO, argumentos);
    notificador.aGrupo(c.getFolio(), NOTIFICACION_ESCALAMIENTO, Grupos.COMISION, argumentos);
    expediente.registrar(
        c, ESCALADO, auditoria.usuarioActual(),
        Mensajes.texto("compromiso.aprobacion.motivo-escalado", c.getSujetoResponsable().getNombre()));
    return true;
  }

  /** Whether the returned commitment used the last round the commission allows. */
  @Transactional(readOnly = true)
  public boolean rondasAgotadas(Long compromisoId) {
    return ReglasCompromiso.rondasAgotadas(compromiso(compromisoId).getRonda(), propiedades.rondasMaximasAprobacion());
  }

  /**
   * Ends a returned commitment as not approved, with a public reason built from the observations
   * of its last return.
   */
  public void declararNoAprobado(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.DEVUELTO);
    String motivo = ReglasCompromiso.motivoNoAprobado(c.getRonda(), expediente.devueltoPor(c), c.getObservaciones());
    c.setEstado(EstadoCompromiso.NO_APROBADO);
    c.setMotivoNoAprobado(motivo);
    expediente.registrar(c, NO_APROBADO, auditoria.usuarioActual(), motivo);
  }

  /** Sends the revised draft to a new review by the STL: the next round. */
  public void iniciarNuevaRonda(Long compromisoId) {
    Compromiso c = compromiso(compromisoId);
    ExpedienteCompromiso.exigirEstado(c, EstadoCompromiso.DEVUELTO);
    c.setRonda(c.getRonda() + 1);
    c.setEstado(EstadoCompromiso.EN_REVISION_STL);
    expediente.registrar(c, NUEVA_RONDA, auditoria.usuarioActual(), expediente.ronda(c));
  }

  private Compromiso compromiso(Long id) {
    return expediente.compromiso(id);
  }

  private void devolver(Compromiso c, String observaciones, String decision, String usuario, String motivo) {
    c.setEstado(EstadoCompromiso.DEVUELTO);
    c.setObservaciones(observaciones);
    expediente.registrar(c, decision, usuario, motivo);
  }

  private static Object[] argumentosNotificacion(Compromiso c) {
    return new Object[] {c.getFolio(), c.getTitulo(), c.getSujetoResponsable().getNombre()};
  }
}
