package mx.infoqro.gobiernoabierto.mesa;

import java.util.Map;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The facade of {@code sesion-stl} for code (the demo, tests): starts a session of an edition's
 * forum, waiting for the commission to schedule it. Staff start it from Tasklist instead and choose
 * the edition in its form.
 */
@Component
public class SesionesStlProcesos {

  private final RuntimeService runtimeService;
  private final ConsultaEjercicios ejercicios;

  SesionesStlProcesos(RuntimeService runtimeService, ConsultaEjercicios ejercicios) {
    this.runtimeService = runtimeService;
    this.ejercicios = ejercicios;
  }

  /** A new session of the edition's forum, at Task_ProgramarSesionStl (business key {@code EGA-2026-STL} until scheduled). */
  public ProcessInstance iniciar(Long ejercicioId) {
    String folio = ejercicios.ejercicio(ejercicioId).getFolio() + "-STL";
    return runtimeService.startProcessInstanceByKey(
        SesionStlBpmn.KEY, folio, Map.of(SesionStlBpmn.VAR_EJERCICIO_ID, ejercicioId));
  }
}
