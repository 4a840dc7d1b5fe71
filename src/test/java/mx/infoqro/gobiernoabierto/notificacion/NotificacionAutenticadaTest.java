package mx.infoqro.gobiernoabierto.notificacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Queuing a notification is a system action: a staff user whose task completion queues mail (with
 * authorization on, as in Tasklist) needs no permission on the delivery process.
 */
class NotificacionAutenticadaTest extends PruebaIntegracion {

  @Autowired NotificacionRepository notificaciones;

  @Test
  void aFacilitatorSchedulingSessionsInTasklistQueuesTheInvitationsWithoutExtraPermissions() {
    Ejercicio ejercicio = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "recursos-naturales", sujeto);
    runtimeService.startProcessInstanceByKey(
        MesaBpmn.KEY, mesa.getFolio(), Map.of(MesaBpmn.VAR_EJERCICIO_ID, ejercicio.getId(), MesaBpmn.VAR_MESA_ID, mesa.getId()));
    Task tarea = taskService.createTaskQuery().processInstanceBusinessKey(mesa.getFolio()).singleResult();

    motor.completarAutenticado(tarea, "facilitadora-x", List.of(Grupos.FACILITADORES),
        FormulariosMesaPrueba.programarSesiones(
            FormulariosMesaPrueba.sesion(OffsetDateTime.now().plusDays(20), "Sala de la Comisión", null)));

    assertThat(notificaciones.findByFolioOrderById(mesa.getFolio())).isNotEmpty().allSatisfy(n -> assertThat(n.getEnviada()).isNull());
  }
}
