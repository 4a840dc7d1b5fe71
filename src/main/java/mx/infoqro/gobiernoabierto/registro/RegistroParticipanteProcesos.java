package mx.infoqro.gobiernoabierto.registro;

import static mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn.*;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The process facade of the registrations: the only place that starts {@code registro-participante}. */
@Component
class RegistroParticipanteProcesos {

  private final RuntimeService runtimeService;

  RegistroParticipanteProcesos(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts the instance of a just-confirmed registration, in the confirmation's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void iniciar(Registro registro, Date cierreRegistro) {
    runtimeService.startProcessInstanceByKey(
        KEY,
        claveNegocio(registro.getEjercicio().getFolio(), registro.getId()),
        Variables.createVariables()
            .putValue(VAR_REGISTRO_ID, registro.getId())
            .putValue(VAR_EJERCICIO_ID, registro.getEjercicio().getId())
            .putValue(VAR_REQUIERE_VALIDACION, registro.getParticipante().getSector() == Sector.GOBIERNO)
            .putValue(VAR_CIERRE_REGISTRO, cierreRegistro));
  }
}
