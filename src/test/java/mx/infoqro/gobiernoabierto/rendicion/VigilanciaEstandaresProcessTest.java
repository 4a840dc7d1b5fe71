package mx.infoqro.gobiernoabierto.rendicion;

import static mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecisionRepository;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioInstalarStl.Integrante;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.FormularioRegistrarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlProcesos;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.ReporteAvance;
import mx.infoqro.gobiernoabierto.seguimiento.ReportesAvance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paths of {@code vigilancia-estandares}, with the engine's clock moved through its own timers
 * ({@code motor}): an edition whose forum was installed and whose plan was published today.
 */
class VigilanciaEstandaresProcessTest extends PruebaIntegracion {

  private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");

  @Autowired PlanPublicadoPrueba planes;
  @Autowired StlService stl;
  @Autowired SesionesStlProcesos sesiones;
  @Autowired ReportesAvance reportes;
  @Autowired EjercicioService ejercicios;
  @Autowired VigilanciaEstandaresProcesos vigilancia;
  @Autowired VigilanciaAlArrancar alArrancar;
  @Autowired NotificacionRepository notificaciones;
  @Autowired RegistroDecisionRepository decisiones;
  @Autowired Plazos plazos;
  @Autowired TransactionTemplate tx;

  private Plan plan;
  private String folio;
  private LocalDate hoy;

  @BeforeEach
  void planPublicadoConForo() {
    hoy = plazos.hoy();
    Plan borradores = planes.borradores(1, "Compromiso vigilado");
    tx.executeWithoutResult(s -> stl.instalar(borradores.ejercicio().getId(), new FormularioInstalarStl(hoy, List.of(
        new Integrante("Comisionada", SectorStl.COMISION, "Comisión", null),
        new Integrante("Enlace A", SectorStl.GOBIERNO, "Secretaría A", null),
        new Integrante("Red A", SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana", null)),
        "Consenso y, en su defecto, mayoría.", "Declaración conjunta."), "comision"));
    plan = planes.publicar(borradores);
    folio = plan.ejercicio().getFolio();
  }

  @Test
  void thePlansPublicationStartsTheWatchOfEachStandardWithoutWarning() {
    assertThat(instancias()).hasSize(1);
    assertThat(runtimeService.getActiveActivityIds(pi())).containsOnly(GATEWAY_ESPERAR_REVISION)
        .doesNotContain(TASK_ATENDER_AVISO_ESTANDAR);
    // one subprocess instance per standard, each waiting for the day it would change
    assertThat(runtimeService.getActivityInstance(pi()).getActivityInstances(SUBPROCESS_VIGILAR_ESTANDAR)).hasSize(3);
    assertThat(managementService.createJobQuery().processInstanceId(pi()).timers().list()).extracting(Job::getDuedate)
        .as("the forum and the repository look again the day after five months, at 00:00 in Mexico City")
        .contains(Date.from(hoy.plusMonths(5).plusDays(1).atStartOfDay(ZONA).toInstant()));
    assertThat(avisos()).isEmpty();
    assertThat(vigilancia.iniciar(plan.ejercicio().getId())).as("once per edition").isFalse();
  }

  @Test
  void fiveMonthsWithoutTheForumWarnComisionAndSixEscalateToThePleno() {
    hasta(hoy.plusMonths(5));
    assertThat(avisos()).as("on the last day of the five months nothing yet").isEmpty();

    hasta(hoy.plusMonths(5).plusDays(1));
    Task foro = aviso("foro");
    assertThat(taskService.getIdentityLinksForTask(foro.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo(Grupos.COMISION));
    Map<String, Object> mostrado = taskService.getVariablesLocal(foro.getId());
    assertThat(mostrado.get("ejercicioFolio")).isEqualTo(folio);
    assertThat((String) mostrado.get("aviso")).contains("no se reúne desde el", "Programe una sesión del STL");
    // the repository (the plan, published today) is at risk the same day
    assertThat(aviso("repositorio")).isNotNull();
    assertThat(correos(NOTIFICACION_AVISO)).hasSize(2).allSatisfy(n -> assertThat(n.getDestinatarioGrupo()).isEqualTo(Grupos.COMISION));
    assertThat(correos(NOTIFICACION_ESCALAMIENTO)).isEmpty();

    hasta(hoy.plusMonths(6).plusDays(1));
    Task escalado = aviso("foro");
    assertThat(escalado.getId()).as("the open warning ended by its timer, a new one opened").isNotEqualTo(foro.getId());
    assertThat((String) taskService.getVariablesLocal(escalado.getId()).get("aviso")).contains("no se cumple");
    assertThat(correos(NOTIFICACION_ESCALAMIENTO)).hasSize(2).allSatisfy(n -> assertThat(n.getDestinatarioGrupo()).isEqualTo(Grupos.PLENO));
    assertThat(avisos()).hasSize(2);
  }

  @Test
  void anAcknowledgedWarningStaysClosedUntilItWorsens() {
    hasta(hoy.plusMonths(5).plusDays(1));
    Task foro = aviso("foro");
    assertThatThrownBy(() -> motor.completar(foro, "comision.vigilancia", Map.of("avisoEnterado", false)))
        .hasMessageContaining("conoce el aviso");
    motor.completar(foro, "comision.vigilancia", Formularios.variables(FormularioAtenderAvisoEstandar.enterado("Se programa la sesión.")));

    assertThat(avisosDe("foro")).isEmpty();
    assertThat(decisiones.findByFolioOrderByFechaAscIdAsc(folio)).anySatisfy(d -> {
      assertThat(d.getDecision()).isEqualTo(DECISION_AVISO_ATENDIDO);
      assertThat(d.getMotivo()).contains("Estándar 1", "Se programa la sesión.");
    });
    hasta(hoy.plusMonths(6).plusDays(1));
    assertThat(avisosDe("foro")).as("not met: above what was acknowledged").hasSize(1);
  }

  @Test
  void aSessionHeldClosesTheForumsWarningAndItsMinutesTheRepositorys() {
    hasta(hoy.plusMonths(5).plusDays(1));
    Task foro = aviso("foro");
    aviso("repositorio");

    String sesion = sesiones.iniciar(plan.ejercicio().getId()).getId();
    OffsetDateTime manana = OffsetDateTime.ofInstant(plazos.instante(), ZONA).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
    motor.completar(sesion, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, "comision.vigilancia", Formularios.variables(
        FormularioProgramarSesionStl.programar(plan.ejercicio().getId(), manana, "Sala del Pleno", null, "Avance del plan.")));
    motor.completar(sesion, SesionStlBpmn.TASK_REGISTRAR_SESION_STL, "comision.vigilancia", Formularios.variables(
        FormularioRegistrarSesionStl.registro(1, 1, 1, "Comisionada; Enlace A; Red A", "1. Seguir el plan.", "El STL aprobó el acta.")));

    assertThat(taskService.createTaskQuery().taskId(foro.getId()).count()).as("ended by its message").isZero();
    assertThat(avisosDe("foro")).isEmpty();
    assertThat(avisosDe("repositorio")).as("the minutes are not public yet").hasSize(1);

    motor.ejecutar(sesion, SesionStlBpmn.TASK_PUBLICAR_ACTA_STL);
    assertThat(avisos()).isEmpty();
    // cured: five months after the session, it warns again
    hasta(hoy.plusMonths(10).plusDays(3));
    assertThat(avisosDe("foro")).hasSize(1);
  }

  @Test
  void aReportPublishedClosesTheRepositorysWarning() {
    hasta(hoy.plusMonths(5).plusDays(1));
    aviso("repositorio");
    Compromiso c = plan.compromisos().get(0);
    ReporteAvance verificado = planes.reporte(c, 1, ReporteAvance.EstadoReporte.VERIFICADO, new int[] {50, 0}, "Avance del primer hito.");

    reportes.publicarReporte(verificado.getId());

    assertThat(avisosDe("repositorio")).isEmpty();
    assertThat(avisosDe("foro")).as("a report is no meeting of the forum").hasSize(1);
  }

  @Test
  void theEditionsClosingEndsTheWatch() {
    hasta(hoy.plusMonths(5).plusDays(1));
    assertThat(avisos()).isNotEmpty();
    String pi = pi();

    ejercicios.cerrar(plan.ejercicio().getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(EVENT_VIGILANCIA_TERMINADA).count())
        .isEqualTo(1);
    assertThat(avisos()).isEmpty();
  }

  @Test
  void theStartUpStepStartsTheWatchOfAnEditionInImplementationExactlyOnce() {
    // a database from a release without the watch: the edition's plan is published, no watch ever ran
    String pi = pi();
    runtimeService.deleteProcessInstance(pi, "prueba: base anterior a la vigilancia");
    historyService.deleteHistoricProcessInstance(pi);
    assertThat(instancias()).isEmpty();

    alArrancar.run(null);
    alArrancar.run(null);

    assertThat(instancias()).hasSize(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(folio).count())
        .isEqualTo(1);
    assertThat(runtimeService.getVariable(pi(), VAR_EJERCICIO_ID)).isEqualTo(plan.ejercicio().getId());
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** Fires the watch's timers due up to that day (01:00 in Mexico City), then leaves the clock there. */
  private void hasta(LocalDate dia) {
    Date objetivo = Date.from(dia.atStartOfDay(ZONA).plusHours(1).toInstant());
    for (int i = 0; i < 100; i++) {
      List<Job> vencidos = managementService.createJobQuery().processInstanceId(pi()).timers().duedateLowerThan(objetivo)
          .orderByJobDuedate().asc().listPage(0, 1);
      if (vencidos.isEmpty()) {
        motor.avanzarA(objetivo);
        return;
      }
      motor.dispararTimer(vencidos.get(0));
    }
    throw new AssertionError("the watch's timers loop");
  }

  private List<org.camunda.bpm.engine.runtime.ProcessInstance> instancias() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(folio).list();
  }

  private String pi() {
    return instancias().get(0).getId();
  }

  private List<Task> avisos() {
    return taskService.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(folio)
        .taskDefinitionKey(TASK_ATENDER_AVISO_ESTANDAR).list();
  }

  private List<Task> avisosDe(String estandar) {
    return avisos().stream().filter(t -> estandar.equals(taskService.getVariable(t.getId(), VAR_ESTANDAR))).toList();
  }

  private Task aviso(String estandar) {
    List<Task> lista = avisosDe(estandar);
    assertThat(lista).as("open warnings of " + estandar).hasSize(1);
    return lista.get(0);
  }

  private List<Notificacion> correos(String tipo) {
    return notificaciones.findByFolioAndTipo(folio, tipo);
  }
}
