package mx.infoqro.gobiernoabierto.auditoria;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log: every decision of the exercise is written here, with who, when, what and why.
 * Part of the business transaction that makes the decision, so a decision is logged if and only if
 * it happened.
 */
@Service
public class Auditoria {

  /** User id recorded for automatic steps. */
  public static final String SISTEMA = "sistema";

  /** Decision recorded when staff read personal data (e.g. a message sent to a person). */
  public static final String ACCESO_DATOS_PERSONALES = "ACCESO_DATOS_PERSONALES";

  private final RegistroDecisionRepository registros;
  private final IdentityService identityService;
  private final Plazos plazos;

  Auditoria(RegistroDecisionRepository registros, IdentityService identityService, Plazos plazos) {
    this.registros = registros;
    this.identityService = identityService;
    this.plazos = plazos;
  }

  /** Records a decision taken by {@code usuario} now (engine clock). */
  @Transactional(propagation = Propagation.MANDATORY)
  public RegistroDecision registrar(
      String folio, String entidad, Long entidadId, String decision, String usuario, String motivo) {
    return registros.save(
        new RegistroDecision(
            folio, entidad, entidadId, decision, usuario, plazos.instante(), motivo));
  }

  /**
   * Records that staff member {@code usuario} read personal data of entity {@code entidad}
   * {@code entidadId} (the single rule for such accesses: who, when, what, why).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public RegistroDecision registrarAccesoDatosPersonales(
      String folio, String entidad, Long entidadId, String usuario, String motivo) {
    return registrar(folio, entidad, entidadId, ACCESO_DATOS_PERSONALES, usuario, motivo);
  }

  /** The decisions of a case and of its sub-cases (folio prefix), in order. */
  @Transactional(readOnly = true)
  public List<RegistroDecision> historial(String folio) {
    return registros.findByFolioStartingWithOrderByFechaAscIdAsc(folio);
  }

  /**
   * Who completes a task: its assignee (Tasklist claims before completing), else the user
   * authenticated with the engine, else {@link #SISTEMA}.
   */
  public String actor(DelegateTask tarea) {
    if (tarea.getAssignee() != null) {
      return tarea.getAssignee();
    }
    return usuarioActual();
  }

  /** The user authenticated with the engine, or {@link #SISTEMA}. */
  public String usuarioActual() {
    Authentication autenticacion = identityService.getCurrentAuthentication();
    return autenticacion != null && autenticacion.getUserId() != null ? autenticacion.getUserId() : SISTEMA;
  }
}
