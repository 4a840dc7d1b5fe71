package mx.infoqro.gobiernoabierto.mesa;

import static mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.ConsultaSesionesStl.VistaSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStl.EstadoSesionStl;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** One test per path of {@code sesion-stl}, driven through {@code motor} with the forms' records. */
class SesionStlProcessTest extends PruebaIntegracion {

  private static final String COMISION = "comision.stl";

  @Autowired StlService stl;
  @Autowired SesionesStlProcesos procesos;
  @Autowired ConsultaSesionesStl consulta;
  @Autowired NotificacionRepository notificaciones;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  private Ejercicio ejercicio;
  private OffsetDateTime ahora;

  @BeforeEach
  void edicionConStl() {
    ejercicio = SesionesStlPrueba.conStl(escenarios.ejercicio(), stl, tx);
    ahora = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
  }

  @Test
  void sessionWithQuorumPublishesItsMinutesAndAgreements() {
    ProcessInstance pi = procesos.iniciar(ejercicio.getId());
    assertThat(pi).isWaitingAt(TASK_PROGRAMAR_SESION_STL).task().hasCandidateGroup(Grupos.COMISION);

    programar(pi, ahora.plusDays(7), "Sala del Pleno", null);
    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION_STL).task().hasCandidateGroup(Grupos.COMISION);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo(ejercicio.getFolio() + "-STL-1");

    List<Notificacion> invitaciones = notificaciones.findByFolioAndTipo(ejercicio.getFolio(), NOTIFICACION_INVITACION_STL);
    assertThat(invitaciones).singleElement().satisfies(n -> {
      assertThat(n.getDestinatarioGrupo()).isEqualTo(Grupos.STL);
      assertThat(n.getAdjuntoNombre()).isEqualTo("sesion-stl-1-" + ejercicio.getFolio() + ".ics");
      assertThat(n.getAdjuntoContenido()).contains("BEGIN:VEVENT", "TZID=America/Mexico_City", "Sala del Pleno",
          "Secretariado Técnico Local");
      assertThat(n.getCuerpo()).contains("Avance del plan de acción");
    });
    // Scheduled: its date and agenda are public, nothing else
    assertThat(consulta.deEjercicio(ejercicio.getId())).singleElement()
        .satisfies(v -> assertThat(v.publicada()).isFalse())
        .satisfies(v -> assertThat(v.acta()).isNull());

    registrar(pi, 1, 2, 1);
    assertThat(pi).isWaitingAt(TASK_PUBLICAR_ACTA_STL);
    assertThat(consulta.deEjercicio(ejercicio.getId()).get(0).publicada()).isFalse();
    motor.ejecutar(pi.getId(), TASK_PUBLICAR_ACTA_STL);

    assertThat(pi).isEnded().hasPassedInOrder(
        TASK_PROGRAMAR_SESION_STL, TASK_REGISTRAR_SESION_STL, GATEWAY_QUORUM, TASK_PUBLICAR_ACTA_STL, EVENT_ACTA_PUBLICADA);
    VistaSesionStl vista = consulta.deEjercicio(ejercicio.getId()).get(0);
    assertThat(vista.estado()).isEqualTo(EstadoSesionStl.CELEBRADA);
    assertThat(vista.publicada()).isTrue();
    assertThat(vista.acuerdos()).isEqualTo("1. Presentar el avance en la siguiente sesión.");
    assertThat(vista.acta()).contains("aprobó");
    assertThat(vista.asistentesGobierno()).isEqualTo(2);
  }

  @Test
  void sessionWithoutAPartyHasNoQuorumAndIsScheduledAgain() {
    ProcessInstance pi = procesos.iniciar(ejercicio.getId());
    programar(pi, ahora.plusDays(7), null, "https://reunion.example.mx/stl");
    registrar(pi, 1, 2, 0);

    assertThat(pi).isWaitingAt(TASK_PROGRAMAR_SESION_STL).hasPassed(GATEWAY_QUORUM).hasNotPassed(TASK_PUBLICAR_ACTA_STL);
    assertThat(consulta.deEjercicio(ejercicio.getId())).singleElement()
        .satisfies(v -> assertThat(v.estado()).isEqualTo(EstadoSesionStl.SIN_QUORUM))
        .satisfies(v -> assertThat(v.publicada()).isFalse());

    // The edition is already chosen when it is scheduled again; the new session is number 2
    programar(pi, ahora.plusDays(14), "Sala del Pleno", null);
    registrar(pi, 1, 1, 1);
    motor.ejecutar(pi.getId(), TASK_PUBLICAR_ACTA_STL);
    assertThat(pi).isEnded();
    assertThat(consulta.deEjercicio(ejercicio.getId())).extracting(VistaSesionStl::folio, VistaSesionStl::estado)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ejercicio.getFolio() + "-STL-1", EstadoSesionStl.SIN_QUORUM),
            org.assertj.core.groups.Tuple.tuple(ejercicio.getFolio() + "-STL-2", EstadoSesionStl.CELEBRADA));
    assertThat(notificaciones.findByFolioAndTipo(ejercicio.getFolio(), NOTIFICACION_INVITACION_STL)).hasSize(2);
  }

  @Test
  void startedFromTasklistTheFormOffersTheEditionsWithTheirForumInstalled() {
    jdbc.update("update convocatoria set estado = 'PUBLICADA', publicada = current_timestamp where ejercicio_id = ?", ejercicio.getId());
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY);
    Map<String, Object> mostrado = taskService.getVariablesLocal(motor.tarea(pi.getId(), TASK_PROGRAMAR_SESION_STL).getId());
    assertThat(String.valueOf(mostrado.get("ejerciciosOpciones"))).contains(ejercicio.getFolio());

    programar(pi, ahora.plusDays(7), "Sala del Pleno", null);
    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION_STL);
    assertThat(runtimeService.getVariable(pi.getId(), VAR_EJERCICIO_ID)).isEqualTo(ejercicio.getId());
  }

  @Test
  void attendanceAboveTheForumsMembersOrAPastDateIsRefused() {
    ProcessInstance pi = procesos.iniciar(ejercicio.getId());
    assertThatThrownBy(() -> programar(pi, ahora.minusDays(1), "Sala del Pleno", null))
        .hasMessageContaining("futura");
    assertThat(pi).isWaitingAt(TASK_PROGRAMAR_SESION_STL);
    programar(pi, ahora.plusDays(7), "Sala del Pleno", null);
    assertThatThrownBy(() -> registrar(pi, 1, 3, 1))
        .hasMessageContaining("el STL tiene 2 integrantes de esa parte");
    assertThat(pi).isWaitingAt(TASK_REGISTRAR_SESION_STL);
  }

  private void programar(ProcessInstance pi, OffsetDateTime fechaHora, String lugar, String enlace) {
    motor.completar(pi.getId(), TASK_PROGRAMAR_SESION_STL, COMISION, Formularios.variables(
        FormularioProgramarSesionStl.programar(ejercicio.getId(), fechaHora, lugar, enlace,
            "1. Avance del plan de acción.\n2. Asuntos generales.")));
  }

  private void registrar(ProcessInstance pi, int comision, int gobierno, int sociedadCivil) {
    motor.completar(pi.getId(), TASK_REGISTRAR_SESION_STL, COMISION, Formularios.variables(
        FormularioRegistrarSesionStl.registro(comision, gobierno, sociedadCivil,
            "Comisionada (Comisión); Enlace A (Secretaría A); Red A (Red Ciudadana)",
            "1. Presentar el avance en la siguiente sesión.",
            "El STL revisó el avance del plan y aprobó el acta y los acuerdos.")));
  }
}
