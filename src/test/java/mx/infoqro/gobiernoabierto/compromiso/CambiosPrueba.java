package mx.infoqro.gobiernoabierto.compromiso;

import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.infraestructura.Motor;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Test data of the change requests (issue #28): a published plan whose commitments are in
 * implementation (its PDF rendered as in production), people of the commission and an agency's
 * liaisons, and a request started from Tasklist as one of them (no start form: the engine records
 * who started it).
 */
@Component
public class CambiosPrueba {

  /** A member of the commission. */
  public static final String COMISION = "cambio-comision";

  private final Motor motor;
  private final PlanPublicadoPrueba planes;
  private final IdentityService identidad;
  private final RuntimeService runtime;

  CambiosPrueba(Motor motor, PlanPublicadoPrueba planes, IdentityService identidad, RuntimeService runtime) {
    this.motor = motor;
    this.planes = planes;
    this.identidad = identidad;
    this.runtime = runtime;
  }

  /** A published plan of {@code n} commitments in implementation (first milestone due ten days ago). */
  public Plan enImplementacion(int n) {
    usuario(COMISION, Grupos.COMISION);
    Plan plan = planes.publicado(n, "Compromiso con cambios");
    usuario(enlace(plan), plan.sujeto().grupo());
    return plan;
  }

  /** The liaison of the plan's agency (a member of its group). */
  public String enlace(Plan plan) {
    return "enlace-" + plan.sujeto().getClave();
  }

  /** A user in {@code grupo}, created once. */
  public String usuario(String id, String grupo) {
    if (identidad.createUserQuery().userId(id).count() == 0) {
      identidad.saveUser(identidad.newUser(id));
    }
    if (identidad.createUserQuery().userId(id).memberOfGroup(grupo).count() == 0) {
      if (identidad.createGroupQuery().groupId(grupo).count() == 0) {
        var g = identidad.newGroup(grupo);
        g.setName(grupo);
        g.setType("SUJETO_OBLIGADO");
        identidad.saveGroup(g);
      }
      identidad.createMembership(id, grupo);
    }
    return id;
  }

  /** {@code usuario} starts a change request from Tasklist ("Iniciar proceso", no start form). */
  public ProcessInstance iniciar(String usuario) {
    identidad.setAuthentication(usuario,
        identidad.createGroupQuery().groupMember(usuario).list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      return runtime.startProcessInstanceByKey(CambioCompromisoBpmn.KEY);
    } finally {
      identidad.clearAuthentication();
    }
  }

  /** The commission asked to postpone the plan's first milestone: the request waits for the STL. */
  public ProcessInstance enRevision(Plan plan) {
    return solicitada(plan, SolicitudCambio.deHitos("El presupuesto del hito llegó tarde",
        SolicitudCambio.CambioHito.nuevaFechaFin(1, plan.compromisos().get(0).getFechaFin())));
  }

  /** The commission asked for {@code s} on the plan's first commitment: the request waits for the STL. */
  public ProcessInstance solicitada(Plan plan, SolicitudCambio s) {
    ProcessInstance pi = iniciar(COMISION);
    motor.completar(pi.getId(), CambioCompromisoBpmn.TASK_SOLICITAR_CAMBIO, COMISION,
        Formularios.variables(FormularioSolicitarCambio.pedir(plan.compromisos().get(0).getFolio(), s)));
    return pi;
  }

  /** The request returned by the STL: it waits for the commission's correction. */
  public ProcessInstance devuelta(Plan plan) {
    ProcessInstance pi = enRevision(plan);
    motor.completar(pi.getId(), CambioCompromisoBpmn.TASK_REVISAR_CAMBIO_STL, "cambio-stl",
        Formularios.variables(FormularioRevisarCambioStl.devolver("Explique el retraso del presupuesto")));
    return pi;
  }

  /** A change of scope approved by the STL: it waits for the Pleno. */
  public ProcessInstance enPleno(Plan plan) {
    ProcessInstance pi = solicitada(plan, new SolicitudCambio("Se acota el alcance", null, "Alcance acotado a la capital",
        null, null, null, java.util.List.of()));
    motor.completar(pi.getId(), CambioCompromisoBpmn.TASK_REVISAR_CAMBIO_STL, "cambio-stl",
        Formularios.variables(FormularioRevisarCambioStl.aprobar()));
    return pi;
  }
}
