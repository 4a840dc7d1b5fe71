package mx.infoqro.gobiernoabierto.ejercicio;

import static mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.OpcionFormulario;
import mx.infoqro.gobiernoabierto.compromiso.FormularioFirmarPlanAccion;
import mx.infoqro.gobiernoabierto.ejercicio.IntegranteStl.SectorStl;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaRepository;
import mx.infoqro.gobiernoabierto.notificacion.NotificacionRepository;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.seguimiento.FormularioAprobarInformeFinal;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of {@code ejercicio-gobierno-abierto} that does not need co-creation tables. */
class EjercicioProcessTest extends PruebaIntegracion {

  @Autowired EjercicioService ejercicioService;
  @Autowired ConvocatoriaService convocatoriaService;
  @Autowired EjercicioRepository ejercicios;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired MesaRepository mesas;
  @Autowired NotificacionRepository notificaciones;
  @Autowired InstalacionStlRepository instalaciones;
  @Autowired Auditoria auditoria;
  @Autowired Formularios formularios;

  private Ejercicio iniciar() {
    return ejercicioService.iniciar(escenarios.nuevoAnio(), "comision");
  }

  private ProcessInstance instancia(Ejercicio e) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(e.getFolio()).singleResult();
  }

  /** Submits the form of the instance's single task as a user named after its candidate group (comision, pleno). */
  private void completar(ProcessInstance pi, Map<String, Object> variables) {
    Task tarea = task(pi);
    motor.completar(tarea, candidato(tarea), variables);
  }

  private String candidato(Task tarea) {
    return taskService.getIdentityLinksForTask(tarea.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseThrow();
  }

  /** The Pleno's decision on the call, as its form submits it. */
  private static Map<String, Object> decisionConvocatoria(String decision, String observaciones) {
    return Formularios.variables(FormularioAprobarConvocatoria.decision(decision, observaciones));
  }

  /** The call's form as prefilled, with the changes comision makes. */
  private FormularioPrepararConvocatoria mostrada(ProcessInstance pi) {
    return formularios.mostrado(
        processEngine.getFormService().getTaskFormVariables(task(pi).getId()), FormularioPrepararConvocatoria.class);
  }

  /** The form as shown with another title and, when given, other axes. */
  private static FormularioPrepararConvocatoria conCambios(
      FormularioPrepararConvocatoria f, String titulo, List<String> ejes) {
    return new FormularioPrepararConvocatoria(
        f.observacionesPleno(), titulo, f.texto(), f.contacto(), ejes != null ? ejes : f.ejes(), f.opcionesEjes(),
        f.fechaAperturaRegistro(), f.fechaCierreRegistro(), f.fechaInicioCocreacion(), f.fechaFinCocreacion(),
        f.fechaLimiteAprobacion(), f.fechaInicioPlan(), f.fechaFinPlan());
  }

  /** Runs the call's preparation, approval and publication. */
  private void publicarConvocatoria(ProcessInstance pi) {
    completar(pi, Map.of());
    completar(pi, decisionConvocatoria(APROBAR, null));
    motor.ejecutar(pi.getId(), TASK_PUBLICAR_CONVOCATORIA);
  }

  /** Fires the registration close: tables are formed and the forum's installation waits. */
  private void cerrarRegistro(ProcessInstance pi) {
    motor.ejecutar(pi.getId(), TIMER_CIERRE_REGISTRO);
    if (managementService.createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_RECORDATORIO_REGISTRO).count() > 0) {
      motor.ejecutar(pi.getId(), TIMER_RECORDATORIO_REGISTRO);
      motor.ejecutar(pi.getId(), TASK_RECORDAR_REGISTRO);
    }
  }

  private static FormularioInstalarStl stl(FormularioInstalarStl.Integrante... integrantes) {
    return new FormularioInstalarStl(
        LocalDate.of(2026, 12, 1),
        List.of(integrantes),
        "Sesiones mensuales; decisiones por consenso.",
        "Declaración conjunta de gobierno abierto.");
  }

  private static Map<String, Object> stlEquilibrado() {
    return Formularios.variables(
        stl(
            new FormularioInstalarStl.Integrante("Comisionada", SectorStl.COMISION, null, null),
            new FormularioInstalarStl.Integrante("Enlace de Salud", SectorStl.GOBIERNO, "SESA", null),
            new FormularioInstalarStl.Integrante("Representante OSC", SectorStl.SOCIEDAD_CIVIL, "Red Ciudadana", null)));
  }

  private List<String> decisiones(Ejercicio e) {
    return auditoria.historial(e.getFolio()).stream().map(RegistroDecision::getDecision).toList();
  }

  @Test
  void newEditionWaitsForTheCallPreparedByComisionWithADraftPrefilled() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);

    assertThat(pi).isWaitingAt(TASK_PREPARAR_CONVOCATORIA);
    assertThat(task(pi)).hasCandidateGroup("comision");
    assertThat(mostrada(pi).titulo()).contains(String.valueOf(e.getAnio()));
    assertThat(mostrada(pi).opcionesEjes()).extracting(OpcionFormulario::value).contains("igualdad-genero", "servicios-publicos");
    assertThat(runtimeService.getVariables(pi.getId()).keySet()).containsOnly(VAR_EJERCICIO_ID);
    assertThat(ejercicios.findById(e.getId()).orElseThrow().getFase()).isEqualTo(FaseEjercicio.CONVOCATORIA);
  }

  @Test
  void returnedCallGoesBackToPreparationWithThePlenosObservations() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);
    completar(pi, Formularios.variables(conCambios(mostrada(pi), "Convocatoria corregida", null)));
    assertThat(pi).isWaitingAt(TASK_APROBAR_CONVOCATORIA);
    assertThat(task(pi)).hasCandidateGroup("pleno");

    completar(pi, decisionConvocatoria(DEVOLVER, "Precisar el calendario de sesiones."));

    assertThat(pi).isWaitingAt(TASK_PREPARAR_CONVOCATORIA);
    assertThat(pi).hasPassedInOrder(TASK_PREPARAR_CONVOCATORIA, TASK_APROBAR_CONVOCATORIA, GATEWAY_CONVOCATORIA_APROBADA);
    assertThat(mostrada(pi).observacionesPleno()).isEqualTo("Precisar el calendario de sesiones.");
    Convocatoria c = convocatorias.findByEjercicioId(e.getId()).orElseThrow();
    assertThat(c.getEstado()).isEqualTo(Convocatoria.EstadoConvocatoria.DEVUELTA);
    assertThat(c.getTitulo()).isEqualTo("Convocatoria corregida");
    assertThat(c.getPublicada()).isNull();
    // Form fields stay in the task: only ids and decisions reach the process
    assertThat(runtimeService.getVariables(pi.getId()).keySet())
        .containsOnly(VAR_EJERCICIO_ID, VAR_DECISION_CONVOCATORIA);

    publicarConvocatoria(pi);
    assertThat(convocatorias.findByEjercicioId(e.getId()).orElseThrow().getEstado())
        .isEqualTo(Convocatoria.EstadoConvocatoria.PUBLICADA);
    assertThat(decisiones(e)).containsSubsequence("ENVIADA_AL_PLENO", "DEVUELTA", "ENVIADA_AL_PLENO", "APROBADA", "PUBLICADA");
  }

  @Test
  void aCallSubmittedThroughTasklistsFormServiceIsStoredAndLeavesNoFormDataInTheProcess() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);

    completar(pi, Formularios.variables(conCambios(mostrada(pi), "Convocatoria enviada desde Tasklist", List.of("igualdad-genero"))));

    assertThat(pi).isWaitingAt(TASK_APROBAR_CONVOCATORIA);
    Convocatoria c = convocatorias.findByEjercicioId(e.getId()).orElseThrow();
    assertThat(c.getTitulo()).isEqualTo("Convocatoria enviada desde Tasklist");
    assertThat(convocatoriaService.ejesOfrecidos(e.getId())).containsExactly("igualdad-genero");
    assertThat(runtimeService.getVariables(pi.getId()).keySet()).containsOnly(VAR_EJERCICIO_ID);
  }

  @Test
  void returningTheCallWithoutObservationsIsRefusedAndChangesNothing() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);
    completar(pi, Map.of());
    assertThatThrownBy(() -> completar(pi, decisionConvocatoria(DEVOLVER, " ")))
        .hasMessageContaining("escriba las observaciones");

    assertThat(pi).isWaitingAt(TASK_APROBAR_CONVOCATORIA);
    assertThat(convocatorias.findByEjercicioId(e.getId()).orElseThrow().getEstado())
        .isEqualTo(Convocatoria.EstadoConvocatoria.EN_REVISION);
  }

  @Test
  void aCallWithAnIncoherentTimelineIsRefusedAndNothingIsStored() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);
    String cierre = convocatorias.findByEjercicioId(e.getId()).orElseThrow().getFechaCierreRegistro().toString();
    FormularioPrepararConvocatoria f = conCambios(mostrada(pi), "Otro título", null);
    FormularioPrepararConvocatoria incoherente =
        new FormularioPrepararConvocatoria(
            f.observacionesPleno(), f.titulo(), f.texto(), f.contacto(), f.ejes(), f.opcionesEjes(),
            LocalDate.of(2999, 1, 1), f.fechaCierreRegistro(), f.fechaInicioCocreacion(), f.fechaFinCocreacion(),
            f.fechaLimiteAprobacion(), f.fechaInicioPlan(), f.fechaFinPlan());

    assertThatThrownBy(() -> completar(pi, Formularios.variables(incoherente)))
        .hasMessageContaining("La fecha de cierre del registro no puede ser anterior a la de apertura del registro.");
    assertThatThrownBy(() -> completar(pi, Formularios.variables(conCambios(f, "Otro título", List.of()))))
        .hasMessageContaining("El campo «Ejes temáticos que se ofrecen» es obligatorio.");

    assertThat(pi).isWaitingAt(TASK_PREPARAR_CONVOCATORIA);
    Convocatoria c = convocatorias.findByEjercicioId(e.getId()).orElseThrow();
    assertThat(c.getTitulo()).doesNotContain("Otro título");
    assertThat(c.getFechaCierreRegistro().toString()).isEqualTo(cierre);
    assertThat(c.getEstado()).isEqualTo(Convocatoria.EstadoConvocatoria.BORRADOR);
  }

  @Test
  void reminderTimerRemindsOnlyAgenciesNotYetRegisteredAndCloseTimerFormsTheTables() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);
    SujetoObligado registrado = escenarios.sujeto();
    SujetoObligado pendiente = escenarios.sujeto();
    publicarConvocatoria(pi);
    assertThat(pi).isWaitingAt(TIMER_RECORDATORIO_REGISTRO, TIMER_CIERRE_REGISTRO);
    assertThat(ejercicios.findById(e.getId()).orElseThrow().getFase()).isEqualTo(FaseEjercicio.REGISTRO);
    escenarios.registro(e, Sector.GOBIERNO, registrado, "servicios-publicos");
    escenarios.registro(e, Sector.ORGANIZACION, null, "servicios-publicos");
    escenarios.registro(e, Sector.CIUDADANIA, null, "servicios-publicos");
    escenarios.registro(e, Sector.ACADEMIA, null, "servicios-publicos", "anticorrupcion");

    motor.ejecutar(pi.getId(), TIMER_RECORDATORIO_REGISTRO);
    motor.ejecutar(pi.getId(), TASK_RECORDAR_REGISTRO);

    var recordatorios = notificaciones.findByFolioAndTipo(e.getFolio(), "RECORDATORIO_REGISTRO");
    assertThat(recordatorios).extracting(n -> n.getDestinatarioGrupo()).contains(pendiente.grupo());
    assertThat(recordatorios).extracting(n -> n.getDestinatarioGrupo()).doesNotContain(registrado.grupo());
    assertThat(pi).isWaitingAt(TIMER_CIERRE_REGISTRO);

    motor.ejecutar(pi.getId(), TIMER_CIERRE_REGISTRO);

    assertThat(pi).hasPassedInOrder(TASK_CERRAR_REGISTRO, TASK_CONFORMAR_MESAS).isWaitingAt(TASK_INSTALAR_STL);
    List<Mesa> creadas = mesas.findByEjercicioIdOrderById(e.getId());
    assertThat(creadas).hasSize(6);
    Mesa servicios = creadas.stream().filter(m -> m.getEje().getClave().equals("servicios-publicos")).findFirst().orElseThrow();
    assertThat(servicios.getEstado()).isEqualTo(Mesa.EstadoMesa.INSTALADA);
    assertThat(servicios.getFolio()).isEqualTo(e.getFolio() + "-M-6");
    Mesa anticorrupcion = creadas.stream().filter(m -> m.getEje().getClave().equals("anticorrupcion")).findFirst().orElseThrow();
    assertThat(anticorrupcion.getEstado()).isEqualTo(Mesa.EstadoMesa.DESIERTA);
    assertThat(anticorrupcion.getMotivoDesierta()).contains("gobierno");
    @SuppressWarnings("unchecked")
    List<Long> mesaIds = (List<Long>) runtimeService.getVariable(pi.getId(), VAR_MESA_IDS);
    assertThat(mesaIds).containsExactly(servicios.getId());
    assertThat(notificaciones.findByFolioAndTipo(servicios.getFolio(), "ASIGNACION_MESA")).hasSize(4);
  }

  @Test
  void editionWhoseAxesAreAllVoidRunsFromCallToClosingAndAReturnedReportLoops() {
    Ejercicio e = iniciar();
    ProcessInstance pi = instancia(e);
    publicarConvocatoria(pi);
    cerrarRegistro(pi);
    assertThat(mesas.findByEjercicioIdOrderById(e.getId())).allMatch(m -> m.getEstado() == Mesa.EstadoMesa.DESIERTA);
    assertThat(pi).isWaitingAt(TASK_INSTALAR_STL);
    assertThat(task(pi).getDueDate()).isNotNull();

    Map<String, Object> desequilibrado =
        Formularios.variables(stl(new FormularioInstalarStl.Integrante("Comisionada", SectorStl.COMISION, null, null)));
    assertThatThrownBy(() -> completar(pi, desequilibrado)).hasMessageContaining("tripartito");
    assertThat(instalaciones.findByEjercicioId(e.getId())).isEmpty();

    completar(pi, stlEquilibrado());
    assertThat(instalaciones.findByEjercicioId(e.getId())).get().extracting(InstalacionStl::getPublicada).isNotNull();
    // No table installed: no drafts, the approval and the follow-up have nothing to do
    motor.ejecutar(pi.getId(), TASK_INTEGRAR_PLAN);
    assertThat(pi).isWaitingAt(TASK_FIRMAR_PLAN);
    assertThat(task(pi)).hasCandidateGroup("pleno");

    assertThatThrownBy(() -> completar(pi, Formularios.variables(FormularioFirmarPlanAccion.firma(false, null))))
        .hasMessageContaining("firma");
    completar(pi, Formularios.variables(FormularioFirmarPlanAccion.firma(true, null)));
    motor.ejecutar(pi.getId(), TASK_PUBLICAR_PLAN);

    assertThat(pi).isWaitingAt(TASK_PREPARAR_INFORME);
    completar(pi, Map.of("informeFinal", "Informe del ejercicio sin mesas."));
    completar(pi, Formularios.variables(FormularioAprobarInformeFinal.decision(DEVOLVER, "Explique por qué no hubo quórum.")));
    assertThat(pi).isWaitingAt(TASK_PREPARAR_INFORME);
    assertThat(taskService.getVariableLocal(task(pi).getId(), "observacionesPleno"))
        .isEqualTo("Explique por qué no hubo quórum.");
    completar(pi, Map.of("informeFinal", "Informe con la explicación del quórum."));
    completar(pi, Formularios.variables(FormularioAprobarInformeFinal.decision(APROBAR, null)));
    motor.ejecutar(pi.getId(), TASK_CERRAR_EJERCICIO);

    assertThat(pi).isEnded().hasPassed(END);
    Ejercicio cerrado = ejercicios.findById(e.getId()).orElseThrow();
    assertThat(cerrado.getEstado()).isEqualTo(Ejercicio.EstadoEjercicio.CERRADO);
    assertThat(cerrado.getFase()).isEqualTo(FaseEjercicio.CERRADO);
    assertThat(cerrado.getInformeFinal()).isEqualTo("Informe con la explicación del quórum.");
    assertThat(cerrado.getInformeFinalPublicado()).isNotNull();
    assertThat(decisiones(e))
        .containsSubsequence(
            "INICIADO", "APROBADA", "PUBLICADA", "REGISTRO_CERRADO", "INSTALADO", "FIRMADO", "PUBLICADO",
            "INFORME_DEVUELTO", "INFORME_APROBADO", "CERRADO");
  }
}
