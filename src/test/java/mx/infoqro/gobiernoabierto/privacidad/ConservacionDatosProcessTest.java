package mx.infoqro.gobiernoabierto.privacidad;

import static mx.infoqro.gobiernoabierto.privacidad.ConservacionDatosBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.List;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.registro.EnlacesParticipante;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily retention job {@code conservacion-datos}: its one path, fired explicitly. */
class ConservacionDatosProcessTest extends PruebaIntegracion {

  @Autowired JdbcTemplate jdbc;
  @Autowired EnlacesParticipante enlaces;
  @Autowired TransactionTemplate tx;
  @Autowired Plazos plazos;
  @Autowired Auditoria auditoria;
  @Autowired ConservacionDatos conservacion;

  ArcoEscenario escenario;

  @BeforeEach
  void preparar() {
    escenario = new ArcoEscenario(escenarios, jdbc, enlaces, tx);
  }

  @Test
  void theDailyTimerAnonymisesTheParticipantsOfEditionsClosedLongerAgoThanTheNoticeSays() {
    ZonedDateTime ahora = plazos.ahora();
    assertThat(conservacion.getConservacion()).hasYears(2);
    Ejercicio antigua = escenarios.ejercicio();
    Ejercicio reciente = escenarios.ejercicio();
    Ejercicio enCurso = escenarios.ejercicio();
    cerrar(antigua, ahora.minusYears(2).minusDays(1));
    cerrar(reciente, ahora.minusYears(2).plusDays(1));
    var vencida = escenario.persona(antigua, null);
    var vigente = escenario.persona(reciente, null);
    var activa = escenario.persona(enCurso, null);
    Long propuestaVencida = vencida.propuestaIds().get(0);

    // the timer start event: one job, every day at 03:00
    Job timer = managementService.createJobQuery().processDefinitionKey(KEY).activityId(TIMER_INICIO).timers().singleResult();
    assertThat(timer).isNotNull();
    // the cron cycle runs in the server's time zone
    var programado = timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault());
    assertThat(programado.getHour()).isEqualTo(3);
    assertThat(programado.getMinute()).isZero();
    motor.ejecutarInicio(KEY, TIMER_INICIO);

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).active().list().stream()
        .filter(p -> managementService.createJobQuery().processInstanceId(p.getId()).activityId(TASK_ANONIMIZAR).count() == 1)
        .findFirst().orElseThrow();
    assertThat(pi).isWaitingAt(TASK_ANONIMIZAR);
    // the next day's run is scheduled again
    assertThat(managementService.createJobQuery().processDefinitionKey(KEY).activityId(TIMER_INICIO).timers().count()).isEqualTo(1);
    assertThat(escenario.participante(vencida.participanteIds().get(0)).get("NOMBRE")).isEqualTo(vencida.nombre());

    motor.ejecutar(pi.getId(), TASK_ANONIMIZAR);

    assertThat(pi).isEnded().hasPassedInOrder(TIMER_INICIO, TASK_ANONIMIZAR, EVENT_FIN);
    // the old edition's person: no personal data left anywhere, links gone, proposals kept anonymously
    assertThat(escenario.datosPersonalesRestantes(vencida, null, null)).isEmpty();
    var p = escenario.participante(vencida.participanteIds().get(0));
    assertThat(p.get("NOMBRE")).isEqualTo("Participante anónimo");
    assertThat(p.get("CORREO")).isEqualTo(ReglasArco.correoAnonimo(vencida.participanteIds().get(0)));
    assertThat(p.get("TELEFONO")).isNull();
    assertThat(jdbc.queryForObject("select autor_publico from propuesta where id = ?", String.class, propuestaVencida))
        .isEqualTo("Participante anónimo");
    assertThat(jdbc.queryForObject("select propuesta from propuesta where id = ?", String.class, propuestaVencida))
        .isEqualTo("Propuesta para la mesa");
    assertThat(jdbc.queryForObject("select autor_publico from propuesta where id = ?", String.class,
        vencida.propuestaIds().get(1))).startsWith("Vecinos del barrio");
    // the recent and the running editions: untouched
    for (var persona : List.of(vigente, activa)) {
      var q = escenario.participante(persona.participanteIds().get(0));
      assertThat(q.get("NOMBRE")).isEqualTo(persona.nombre());
      assertThat(q.get("CORREO")).isEqualTo(persona.correo());
      assertThat(q.get("TELEFONO")).isEqualTo(persona.telefono());
      assertThat(escenario.enlaces(persona.participanteIds().get(0))).isEqualTo(2);
      assertThat(jdbc.queryForObject("select autor_publico from propuesta where id = ?", String.class,
          persona.propuestaIds().get(0))).isEqualTo(persona.nombre());
    }
    // one entry of the run in the decision log, with counts and no names
    long anonimizados = ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(VAR_ANONIMIZADOS).singleResult().getValue()).longValue();
    assertThat(anonimizados).isGreaterThanOrEqualTo(1);
    List<RegistroDecision> corridas = auditoria.historial(folio(plazos.hoy())).stream()
        .filter(r -> r.getDecision().equals(DATOS_ANONIMIZADOS)).toList();
    RegistroDecision corrida = corridas.get(corridas.size() - 1);
    assertThat(corrida.getUsuario()).isEqualTo(Auditoria.SISTEMA);
    assertThat(corrida.getMotivo()).startsWith(anonimizados + " participante(s) anonimizado(s)").contains("P2Y")
        .doesNotContain(vencida.nombre()).doesNotContain(vencida.correo());
  }

  @Test
  void aSecondRunSkipsTheParticipantsAlreadyAnonymised() {
    Ejercicio antigua = escenarios.ejercicio();
    cerrar(antigua, plazos.ahora().minusYears(3));
    var vencida = escenario.persona(antigua, null);
    ejecutarCorrida();
    var despues = escenario.participante(vencida.participanteIds().get(0));

    ProcessInstance segunda = ejecutarCorrida();

    assertThat(segunda).isEnded();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(segunda.getId())
        .variableName(VAR_ANONIMIZADOS).singleResult().getValue()).isEqualTo(0L);
    assertThat(escenario.participante(vencida.participanteIds().get(0))).isEqualTo(despues);
  }

  // --- Helpers ------------------------------------------------------------------------------------

  /** Fires the daily timer and executes the async anonymisation; returns the run's instance. */
  private ProcessInstance ejecutarCorrida() {
    motor.ejecutarInicio(KEY, TIMER_INICIO);
    Job job = managementService.createJobQuery().processDefinitionKey(KEY).activityId(TASK_ANONIMIZAR).singleResult();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
    motor.ejecutar(pi.getId(), TASK_ANONIMIZAR);
    return pi;
  }

  private void cerrar(Ejercicio ejercicio, ZonedDateTime cuando) {
    jdbc.update("update ejercicio set cerrado = ?, estado = 'CERRADO', fase = 'CERRADO' where id = ?",
        Timestamp.from(cuando.toInstant()), ejercicio.getId());
  }
}
