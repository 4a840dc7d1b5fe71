package mx.infoqro.gobiernoabierto.compromiso;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones.Concesion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.authorization.Permissions;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants of the approval of commitments: an agency's liaisons read its model (Tasklist draws the
 * diagram of their acceptance tasks); the commission and the liaisons start a change request to a
 * commitment from Tasklist ("Iniciar proceso": CREATE on instances, CREATE_INSTANCE and READ on that
 * model only).
 */
@Component
class AutorizacionesCompromiso implements Autorizaciones.Aporte {

  @Override
  public List<Concesion> concesiones() {
    return List.of(
        new Concesion(List.of(Autorizaciones.SUJETOS), Resources.PROCESS_DEFINITION, AprobacionCompromisoBpmn.KEY, ProcessDefinitionPermissions.READ),
        new Concesion(List.of(Grupos.COMISION, Autorizaciones.SUJETOS), Resources.PROCESS_DEFINITION, CambioCompromisoBpmn.KEY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
        new Concesion(List.of(Grupos.COMISION, Autorizaciones.SUJETOS), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
  }
}
