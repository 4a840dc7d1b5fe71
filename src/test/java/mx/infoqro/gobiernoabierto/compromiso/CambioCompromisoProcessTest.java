package mx.infoqro.gobiernoabierto.compromiso;

import static mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.comun.Plazos;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromiso.Estado;
import mx.infoqro.gobiernoabierto.compromiso.Hito.EstadoHito;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio.CambioHito;
import mx.infoqro.gobiernoabierto.notificacion.Notificacion;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.rendicion.PlanPublicadoPrueba.Plan;
import mx.infoqro.gobiernoabierto.seguimiento.SeguidoresCompromiso;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One test per path of {@code cambio-compromiso} (issue #28), started from Tasklist as the agency's
 * liaison or the commission and driven through the forms as Tasklist submits them.
 */
class CambioCompromisoProcessTest extends PruebaIntegracion {

  private static final String STL = "cambio-stl";
  private static final String PLENO = "cambio-pleno";

  @Autowired CambiosPrueba prueba;
  @Autowired CompromisoRepository compromisos;
  @Autowired CambiosCompromiso cambios;
  @Autowired NotificacionRepository notificaciones;
  @Autowired SeguidoresCompromiso seguidores;
  @Autowired Formularios formularios;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Plazos plazos;

  private Plan plan;
  private Compromiso compromiso;
  private String enlace;

  @BeforeEach
  void planEnImplementacion() {
    plan = prueba.enImplementacion(1);
    compromiso = plan.compromisos().get(0);
    enlace = prueba.enlace(plan);
    // the first milestone, due ten days ago, reported late at 40 %
    tx.executeWithoutResult(s -> {
      Hito h = compromisos.findById(compromiso.getId()).orElseThrow().getHitos().get(0);
      h.setEstado(EstadoHito.RETRASADO);
      h.setPorcentaje(40);
    });
  }

  @Test
  void aPostponedMilestoneApprovedByTheStlIsVersionTwoWithANewPdfAndTheFollowerHearsOfIt() throws Exception {
    String correo = seguidor();
    byte[] pdfOriginal = pdf(1);
    String hashOriginal = hash(1);
    LocalDate nuevaFecha = plazos.hoy().plusDays(60);

    ProcessInstance pi = prueba.iniciar(enlace);
    assertThat(pi).isWaitingAt(TASK_SOLICITAR_CAMBIO);
    assertThat(task(TASK_SOLICITAR_CAMBIO, pi)).hasCandidateGroup(plan.sujeto().grupo());
    FormularioSolicitarCambio abierto = mostrado(task(TASK_SOLICITAR_CAMBIO, pi).getId(), FormularioSolicitarCambio.class);
    Assertions.assertThat(abierto.compromisosOpciones()).extracting(OpcionFormulario::value).containsExactly(compromiso.getFolio());

    solicitar(pi, enlace, SolicitudCambio.deHitos("El presupuesto del hito llegó en el segundo semestre",
        CambioHito.nuevaFechaFin(1, nuevaFecha)));
    assertThat(pi).isWaitingAt(TASK_REVISAR_CAMBIO_STL);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo(compromiso.getFolio());
    Task revision = task(TASK_REVISAR_CAMBIO_STL, pi);
    assertThat(revision).hasCandidateGroup(Grupos.STL);
    Assertions.assertThat(revision.getDueDate()).isEqualTo(plazos.revisionCambio());
    FormularioRevisarCambioStl vista = mostrado(revision.getId(), FormularioRevisarCambioStl.class);
    Assertions.assertThat(vista.cambios()).contains("Hito 1", "Fecha de término del hito", nuevaFecha.toString());

    motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL, Formularios.variables(FormularioRevisarCambioStl.aprobar()));
    assertThat(pi).hasPassed(GATEWAY_CAMBIO_APROBADO).isWaitingAt(TASK_GENERAR_VERSION_PLAN);
    tx.executeWithoutResult(s -> {
      Compromiso c = compromisos.findById(compromiso.getId()).orElseThrow();
      Assertions.assertThat(c.getVersion()).isEqualTo(2);
      Hito h = c.getHitos().get(0);
      Assertions.assertThat(h.getFechaFin()).isEqualTo(nuevaFecha);
      Assertions.assertThat(h.getPorcentaje()).as("verified progress kept").isEqualTo(40);
      Assertions.assertThat(ReglasAvance.conRetraso(h.getFechaFin(), h.getEstado(), plazos.hoy())).as("no longer late").isFalse();
    });

    motor.ejecutar(pi.getId(), TASK_GENERAR_VERSION_PLAN);
    motor.ejecutar(pi.getId(), TASK_AVISAR_SEGUIDORES);
    assertThat(pi).isEnded().hasPassed(EVENT_CAMBIO_APLICADO);

    Assertions.assertThat(pdf(1)).as("the original PDF, byte for byte").isEqualTo(pdfOriginal);
    Assertions.assertThat(hash(1)).isEqualTo(hashOriginal).isEqualTo(DocumentoPlanAccion.sha256(pdfOriginal));
    byte[] segunda = pdf(2);
    Assertions.assertThat(hash(2)).isEqualTo(DocumentoPlanAccion.sha256(segunda)).isNotEqualTo(hashOriginal);
    try (PDDocument documento = Loader.loadPDF(segunda)) {
      String texto = new PDFTextStripper().getText(documento).replaceAll("\\s+", " ");
      Assertions.assertThat(texto).contains("Versión 2 del plan de acción", "Cambios de la versión 2", compromiso.getFolio(),
          "El presupuesto del hito llegó en el segundo semestre", "Fecha de término del hito");
    }
    List<Notificacion> avisos = notificaciones.findByFolioAndTipo(compromiso.getFolio(), "SEGUIMIENTO_CAMBIO");
    Assertions.assertThat(avisos).extracting(Notificacion::getDestinatarioCorreo).containsExactly(correo);
    Assertions.assertThat(avisos.get(0).getCuerpo())
        .contains("versión 2", "El presupuesto del hito llegó en el segundo semestre", "/compromisos/dejar-de-seguir/");
  }

  @Test
  void aChangeOfScopeGoesToThePlenoWhichApprovesIt() {
    ProcessInstance pi = prueba.iniciar(CambiosPrueba.COMISION);
    assertThat(task(TASK_SOLICITAR_CAMBIO, pi)).hasCandidateGroup(Grupos.COMISION);
    solicitar(pi, CambiosPrueba.COMISION, new SolicitudCambio("Se acota a la zona metropolitana", null,
        "Publicar la información de la zona metropolitana", null, null, null, List.of()));
    motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL, Formularios.variables(FormularioRevisarCambioStl.aprobar()));

    assertThat(pi).isWaitingAt(TASK_APROBAR_PLENO).hasVariables(VAR_REQUIERE_PLENO);
    assertThat(task(TASK_APROBAR_PLENO, pi)).hasCandidateGroup(Grupos.PLENO);
    Assertions.assertThat(version()).as("not applied before the Pleno decides").isEqualTo(1);
    motor.completar(pi.getId(), TASK_APROBAR_PLENO, PLENO, Formularios.variables(FormularioAprobarCambioPleno.aprobar()));

    assertThat(pi).isWaitingAt(TASK_GENERAR_VERSION_PLAN);
    Assertions.assertThat(version()).isEqualTo(2);
    motor.ejecutarAsincronos(pi.getId());
    assertThat(pi).isEnded().hasPassed(EVENT_CAMBIO_APLICADO);
    Assertions.assertThat(hash(2)).isNotNull();
    Assertions.assertThat(cambios.cambio(runtimeCambioId(pi)).getDecididoPleno()).isEqualTo(PLENO);
  }

  @Test
  void thePlenoRejectsAChangeOfResponsibleAgencyWithAPublicReason() {
    SujetoObligado otra = escenarios.sujeto();
    ProcessInstance pi = prueba.iniciar(enlace);
    solicitar(pi, enlace, new SolicitudCambio("Reorganización de la administración", null, null, null, otra.getClave(), null, List.of()));
    motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL, Formularios.variables(FormularioRevisarCambioStl.aprobar()));
    Long cambioId = runtimeCambioId(pi);

    assertThatThrownBy(() -> motor.completar(pi.getId(), TASK_APROBAR_PLENO, PLENO,
            Formularios.variables(FormularioAprobarCambioPleno.rechazar(null))))
        .hasRootCauseInstanceOf(ValidacionException.class).hasMessageContaining("motivo público del rechazo");
    motor.completar(pi.getId(), TASK_APROBAR_PLENO, PLENO,
        Formularios.variables(FormularioAprobarCambioPleno.rechazar("La dependencia actual conserva la atribución")));

    assertThat(pi).isEnded().hasPassed(EVENT_CAMBIO_RECHAZADO).hasNotPassed(TASK_GENERAR_VERSION_PLAN);
    CambioCompromiso rechazado = cambios.cambio(cambioId);
    Assertions.assertThat(rechazado.getEstado()).isEqualTo(Estado.RECHAZADO);
    Assertions.assertThat(rechazado.getMotivoRechazo()).isEqualTo("La dependencia actual conserva la atribución");
    Assertions.assertThat(version()).isEqualTo(1);
    Assertions.assertThat(hash(2)).as("no new PDF").isNull();
  }

  @Test
  void returnedTwiceToTheRequesterThenTheStlMustDecideAndRejects() {
    ProcessInstance pi = prueba.iniciar(enlace);
    solicitar(pi, enlace, SolicitudCambio.deHitos("Motivo breve", CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(30))));
    Long cambioId = runtimeCambioId(pi);

    assertThatThrownBy(() -> motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL,
            Formularios.variables(FormularioRevisarCambioStl.devolver(null))))
        .hasRootCauseInstanceOf(ValidacionException.class).hasMessageContaining("observaciones");
    for (int vuelta = 1; vuelta <= 2; vuelta++) {
      motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL,
          Formularios.variables(FormularioRevisarCambioStl.devolver("Explique por qué llegó tarde el presupuesto (" + vuelta + ")")));
      assertThat(pi).isWaitingAt(TASK_ATENDER_OBSERVACIONES);
      Task atender = task(TASK_ATENDER_OBSERVACIONES, pi);
      assertThat(atender).hasCandidateGroup(plan.sujeto().grupo());
      FormularioAtenderObservacionesCambio mostrado = mostrado(atender.getId(), FormularioAtenderObservacionesCambio.class);
      Assertions.assertThat(mostrado.observacionesStl()).contains("Explique por qué");
      Assertions.assertThat(mostrado.hitos()).extracting(FormularioSolicitarCambio.HitoSolicitado::numero).containsExactly(1);
      SolicitudCambio corregida = SolicitudCambio.deHitos("La Secretaría de Finanzas radicó el presupuesto en julio (" + vuelta + ")",
          CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(90)));
      motor.completar(atender, enlace, Formularios.variables(FormularioAtenderObservacionesCambio.corregir(corregida)));
      assertThat(pi).isWaitingAt(TASK_REVISAR_CAMBIO_STL);
      Assertions.assertThat(mostrado(task(TASK_REVISAR_CAMBIO_STL, pi).getId(), FormularioRevisarCambioStl.class).devoluciones())
          .isEqualTo(vuelta + " de 2");
    }

    String revision = task(TASK_REVISAR_CAMBIO_STL, pi).getId();
    assertThatThrownBy(() -> motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL,
            Formularios.variables(FormularioRevisarCambioStl.devolver("Una tercera vez"))))
        .hasRootCauseInstanceOf(ValidacionException.class).hasMessageContaining("ya se devolvió 2 veces");
    Assertions.assertThat(taskService.createTaskQuery().taskId(revision).count()).as("still open").isEqualTo(1);
    Assertions.assertThat(cambios.cambio(cambioId).getJustificacion()).endsWith("(2)");

    motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL,
        Formularios.variables(FormularioRevisarCambioStl.rechazar("El hito puede cumplirse con el presupuesto actual")));
    assertThat(pi).isEnded().hasPassed(EVENT_CAMBIO_RECHAZADO);
    Assertions.assertThat(cambios.cambio(cambioId).getEstado()).isEqualTo(Estado.RECHAZADO);
    Assertions.assertThat(cambios.cambio(cambioId).getDevoluciones()).isEqualTo(2);
    Assertions.assertThat(version()).isEqualTo(1);
  }

  @Test
  void theStlIsRemindedAndThenTheOverdueReviewIsEscalatedToThePlenoAndTheCommission() {
    ProcessInstance pi = prueba.iniciar(enlace);
    solicitar(pi, enlace, SolicitudCambio.deHitos("Motivo", CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(30))));
    Assertions.assertThat(motor.trabajo(pi.getId(), TIMER_RECORDATORIO_REVISION).getDuedate()).isEqualTo(plazos.recordatorioRevisionCambio());
    Assertions.assertThat(motor.trabajo(pi.getId(), TIMER_ESCALAMIENTO_REVISION).getDuedate()).isEqualTo(plazos.revisionCambio());

    motor.dispararTimer(pi.getId(), TIMER_RECORDATORIO_REVISION);
    motor.ejecutar(pi.getId(), TASK_RECORDAR_REVISION);
    Assertions.assertThat(notificaciones.findByFolioAndTipo(compromiso.getFolio(), NOTIFICACION_RECORDATORIO))
        .extracting(Notificacion::getDestinatarioGrupo).containsExactly(Grupos.STL);

    motor.dispararTimer(pi.getId(), TIMER_ESCALAMIENTO_REVISION);
    motor.ejecutar(pi.getId(), TASK_ESCALAR_REVISION);
    Assertions.assertThat(notificaciones.findByFolioAndTipo(compromiso.getFolio(), NOTIFICACION_ESCALAMIENTO))
        .extracting(Notificacion::getDestinatarioGrupo).containsExactlyInAnyOrder(Grupos.PLENO, Grupos.COMISION);
    assertThat(pi).hasPassed(EVENT_RECORDATORIO_ENVIADO, EVENT_REVISION_ESCALADA).isWaitingAt(TASK_REVISAR_CAMBIO_STL);
  }

  @Test
  void aSecondRequestWhileOneIsOpenAndARequestOfAnotherAgencyAreRefusedInSpanish() {
    ProcessInstance primera = prueba.iniciar(enlace);
    solicitar(primera, enlace, SolicitudCambio.deHitos("Motivo", CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(30))));

    ProcessInstance segunda = prueba.iniciar(CambiosPrueba.COMISION);
    Task tarea = task(TASK_SOLICITAR_CAMBIO, segunda);
    assertThatThrownBy(() -> solicitar(segunda, CambiosPrueba.COMISION,
            SolicitudCambio.deHitos("Otro motivo", CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(40)))))
        .hasRootCauseInstanceOf(ValidacionException.class).hasMessageContaining("ya tiene una solicitud de cambio en trámite");
    Assertions.assertThat(taskService.createTaskQuery().taskId(tarea.getId()).count()).isEqualTo(1);

    SujetoObligado otra = escenarios.sujeto();
    String ajeno = prueba.usuario("enlace-" + otra.getClave(), otra.grupo());
    ProcessInstance deOtra = prueba.iniciar(ajeno);
    Assertions.assertThat(mostrado(task(TASK_SOLICITAR_CAMBIO, deOtra).getId(), FormularioSolicitarCambio.class).compromisosOpciones())
        .extracting(OpcionFormulario::value).doesNotContain(compromiso.getFolio());
    assertThatThrownBy(() -> solicitar(deOtra, ajeno,
            SolicitudCambio.deHitos("Motivo", CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(30)))))
        .hasRootCauseInstanceOf(ValidacionException.class).hasMessageContaining("Solo la Comisión o el enlace de");

    // started without anyone signed in (through the API): nobody's group can work it, refused and nothing left
    long antes = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY))
        .satisfiesAnyOf(e -> Assertions.assertThat(e).isInstanceOf(ValidacionException.class),
            e -> Assertions.assertThat(e).hasRootCauseInstanceOf(ValidacionException.class))
        .hasMessageContaining("Solo la Comisión o el enlace de un sujeto obligado");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(antes);
  }

  @Test
  void theFollowUpGoesToTheNewAgencyAndKeepsItsTimers() {
    ProcessInstance seguimiento = runtimeService.startProcessInstanceByKey(SeguimientoBpmn.KEY, compromiso.getFolio(),
        Map.of(SeguimientoBpmn.VAR_EJERCICIO_ID, plan.ejercicio().getId(), SeguimientoBpmn.VAR_COMPROMISO_ID, compromiso.getId()));
    motor.dispararTimer(seguimiento.getId(), SeguimientoBpmn.TIMER_CICLO_REPORTE);
    var finPlan = motor.trabajo(seguimiento.getId(), SeguimientoBpmn.TIMER_FIN_PLAN).getDuedate();
    Task reporte = task(SeguimientoBpmn.TASK_REPORTAR_AVANCE, seguimiento);
    assertThat(reporte).hasCandidateGroup(plan.sujeto().grupo());

    SujetoObligado otra = escenarios.sujeto();
    ProcessInstance pi = prueba.iniciar(CambiosPrueba.COMISION);
    solicitar(pi, CambiosPrueba.COMISION, new SolicitudCambio("Reorganización", null, null, null, otra.getClave(), null,
        List.of(CambioHito.nuevaFechaFin(1, plazos.hoy().plusDays(45)))));
    motor.completar(pi.getId(), TASK_REVISAR_CAMBIO_STL, STL, Formularios.variables(FormularioRevisarCambioStl.aprobar()));
    motor.completar(pi.getId(), TASK_APROBAR_PLENO, PLENO, Formularios.variables(FormularioAprobarCambioPleno.aprobar()));

    Assertions.assertThat(runtimeService.getVariable(seguimiento.getId(), SeguimientoBpmn.VAR_GRUPO_RESPONSABLE)).isEqualTo(otra.grupo());
    Assertions.assertThat(taskService.getIdentityLinksForTask(reporte.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(otra.grupo());
    Assertions.assertThat(motor.trabajo(seguimiento.getId(), SeguimientoBpmn.TIMER_FIN_PLAN).getDuedate())
        .as("the end of the plan comes from the edition's call, not from the milestones").isEqualTo(finPlan);
  }

  // --- helpers -------------------------------------------------------------------------------------

  private void solicitar(ProcessInstance pi, String usuario, SolicitudCambio s) {
    motor.completar(pi.getId(), TASK_SOLICITAR_CAMBIO, usuario,
        Formularios.variables(FormularioSolicitarCambio.pedir(compromiso.getFolio(), s)));
  }

  private Long runtimeCambioId(ProcessInstance pi) {
    return (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(VAR_CAMBIO_ID)
        .singleResult().getValue();
  }

  private int version() {
    return compromisos.findById(compromiso.getId()).orElseThrow().getVersion();
  }

  private <F extends Record> F mostrado(String tareaId, Class<F> tipo) {
    return formularios.mostrado(processEngine.getFormService().getTaskFormVariables(tareaId), tipo);
  }

  private byte[] pdf(int version) {
    return jdbc.queryForObject("select d.contenido from documento_plan d join plan_accion p on p.id = d.plan_accion_id"
        + " where p.ejercicio_id = ? and d.version = ?", byte[].class, plan.ejercicio().getId(), version);
  }

  private String hash(int version) {
    return jdbc.query("select d.sha256 from documento_plan d join plan_accion p on p.id = d.plan_accion_id"
            + " where p.ejercicio_id = ? and d.version = ?", r -> r.next() ? r.getString(1) : null,
        plan.ejercicio().getId(), version);
  }

  /** A confirmed follower of the commitment (by the mailed link, as in the portal). */
  private String seguidor() {
    String correo = "seguidora." + compromiso.getId() + "@ejemplo.mx";
    seguidores.solicitar(compromiso.getId(), correo, true);
    String cuerpo = notificaciones.findByFolioAndTipo(compromiso.getFolio(), "SEGUIMIENTO_CONFIRMAR").stream()
        .filter(n -> correo.equals(n.getDestinatarioCorreo())).findFirst().orElseThrow().getCuerpo();
    Matcher m = Pattern.compile("/compromisos/seguir/([A-Za-z0-9_-]+)").matcher(cuerpo);
    Assertions.assertThat(m.find()).isTrue();
    Assertions.assertThat(seguidores.confirmar(m.group(1))).contains(compromiso.getFolio());
    return correo;
  }
}
