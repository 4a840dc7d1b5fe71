package mx.infoqro.gobiernoabierto.mesa;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones.Concesion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants of the forum's sessions: the commission starts a session from Tasklist ("Iniciar proceso"),
 * which needs CREATE on instances and CREATE_INSTANCE on this model only.
 */
@Component
class AutorizacionesSesionStl implements Autorizaciones.Aporte {

  @Override
  public List<Concesion> concesiones() {
    return List.of(
        new Concesion(List.of(Grupos.COMISION), Resources.PROCESS_DEFINITION, SesionStlBpmn.KEY,
            ProcessDefinitionPermissions.CREATE_INSTANCE),
        new Concesion(List.of(Grupos.COMISION), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
  }
}
