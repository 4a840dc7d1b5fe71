package mx.infoqro.gobiernoabierto.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.TextoLargo;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The final report at the length its form allows (20,000 characters, accents and characters outside
 * the BMP included) is stored whole, shown whole to the Pleno, and returned with observations at
 * their limit; one character more is refused with the field's Spanish message, changing nothing.
 */
class TextosLargosInformeFinalTest extends PruebaIntegracion {

  @Autowired Formularios formularios;
  @Autowired ConsultaEjercicios ejercicios;

  @Test
  void theFinalReportAndThePlenosObservationsAreKeptWholeAtTheirLimits() {
    Ejercicio ejercicio = escenarios.ejercicio();
    ProcessInstance edicion = escenarios.edicionEn(ejercicio, EjercicioBpmn.TASK_PREPARAR_INFORME);
    String informe = TextoLargo.de(20000, "informe");

    assertThatThrownBy(() -> enviar(edicion, EjercicioBpmn.TASK_PREPARAR_INFORME, FormularioPrepararInformeFinal.informe(informe + "x")))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Informe final» admite hasta 20000 caracteres; el texto enviado tiene 20001.");
    assertThat(ejercicios.ejercicio(ejercicio.getId()).getInformeFinal()).isNull();
    enviar(edicion, EjercicioBpmn.TASK_PREPARAR_INFORME, FormularioPrepararInformeFinal.informe(informe));
    assertThat(ejercicios.ejercicio(ejercicio.getId()).getInformeFinal()).isEqualTo(informe);

    Task aprobar = tarea(edicion, EjercicioBpmn.TASK_APROBAR_INFORME);
    assertThat(mostrado(aprobar, FormularioAprobarInformeFinal.class).informeFinal()).isEqualTo(informe);
    String observaciones = TextoLargo.de(4000, "pleno");
    assertThatThrownBy(
            () -> enviar(edicion, EjercicioBpmn.TASK_APROBAR_INFORME,
                FormularioAprobarInformeFinal.decision(EjercicioBpmn.DEVOLVER, observaciones + "x")))
        .hasRootCauseInstanceOf(ValidacionException.class)
        .rootCause()
        .hasMessage("«Observaciones» admite hasta 4000 caracteres; el texto enviado tiene 4001.");
    enviar(edicion, EjercicioBpmn.TASK_APROBAR_INFORME, FormularioAprobarInformeFinal.decision(EjercicioBpmn.DEVOLVER, observaciones));

    FormularioPrepararInformeFinal devuelto =
        mostrado(tarea(edicion, EjercicioBpmn.TASK_PREPARAR_INFORME), FormularioPrepararInformeFinal.class);
    assertThat(devuelto.observacionesPleno()).isEqualTo(observaciones);
    assertThat(devuelto.informeFinal()).isEqualTo(informe);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(edicion.getId()).count()).isZero();
  }

  private Task tarea(ProcessInstance pi, String actividad) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(actividad).singleResult();
  }

  private <F extends Record> F mostrado(Task tarea, Class<F> tipo) {
    return formularios.mostrado(processEngine.getFormService().getTaskFormVariables(tarea.getId()), tipo);
  }

  /** Claims the task for its group and submits its form as Tasklist does. */
  private void enviar(ProcessInstance pi, String actividad, Record formulario) {
    String usuario = actividad.equals(EjercicioBpmn.TASK_PREPARAR_INFORME) ? "comision" : "pleno";
    motor.completar(pi.getId(), actividad, usuario, Formularios.variables(formulario));
  }
}
