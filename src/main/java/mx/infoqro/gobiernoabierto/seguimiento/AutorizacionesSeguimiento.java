package mx.infoqro.gobiernoabierto.seguimiento;

import java.util.List;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones.Concesion;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Grants of the follow-up: an agency's liaisons read its model (Tasklist draws the diagram of their report tasks). */
@Component
class AutorizacionesSeguimiento implements Autorizaciones.Aporte {

  @Override
  public List<Concesion> concesiones() {
    return List.of(
        new Concesion(List.of(Autorizaciones.SUJETOS), Resources.PROCESS_DEFINITION, SeguimientoBpmn.KEY, ProcessDefinitionPermissions.READ));
  }
}
