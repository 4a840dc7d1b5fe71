package mx.infoqro.gobiernoabierto.privacidad;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones.Concesion;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Grants of the ARCO requests: the data-protection staff only needs this process' model. */
@Component
class AutorizacionesArco implements Autorizaciones.Aporte {

  @Override
  public List<Concesion> concesiones() {
    return List.of(
        new Concesion(List.of(Grupos.DATOS_PERSONALES), Resources.PROCESS_DEFINITION, DerechosArcoBpmn.KEY, ProcessDefinitionPermissions.READ));
  }
}
