package mx.infoqro.gobiernoabierto.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.TareasUsuario;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambiosCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.SolicitudCambio;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.comun.Autorizaciones;
import mx.infoqro.gobiernoabierto.comun.FiltrosTasklist;
import mx.infoqro.gobiernoabierto.comun.Grupos;
import mx.infoqro.gobiernoabierto.comun.TareaUsuario;
import mx.infoqro.gobiernoabierto.ejercicio.ConvocatoriaRepository;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn;
import mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn;
import mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresProcesos;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlProcesos;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlPrueba;
import mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authorization matrix: for each role and each kind of user task of the processes (real
 * tasks of real instances, with the grants the start-up step and the agency registration give),
 * who sees the task, who can work it (claim, complete, load its form) and who cannot, both ways;
 * then Cockpit's read-only rights over instances and history, and the webapps each role enters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorizacionesMatrizTest extends PruebaIntegracion {

  /** The roles of the matrix: a user of each, with its group. */
  enum Rol {
    COMISION("az-comision", Grupos.COMISION),
    PLENO("az-pleno", Grupos.PLENO),
    STL("az-stl", Grupos.STL),
    FACILITADORES("az-facilitador", Grupos.FACILITADORES),
    SO_A("az-enlace-a", null),
    SO_B("az-enlace-b", null);

    final String usuario;
    final String grupoFijo;

    Rol(String usuario, String grupoFijo) {
      this.usuario = usuario;
      this.grupoFijo = grupoFijo;
    }
  }

  /**
   * The user tasks the matrix leaves to another test, each with where its rights are checked: a
   * task is in the matrix unless it is here (a task that startBeforeActivity cannot reach with the
   * matrix's variables gets its way in {@link #tareasDeCadaClase} instead).
   */
  static final Map<String, String> FUERA_DE_LA_MATRIZ =
      Map.of(
          MesaBpmn.TASK_RESPONDER_PROPUESTA_PORTAL,
              "started by a proposal from the portal; its group: mesa/PropuestaPortalProcessTest",
          DerechosArcoBpmn.TASK_ATENDER,
              "who sees and works it (datos-personales only): privacidad/DerechosArcoProcessTest");

  /**
   * A kind of user task: a row of its process' table ({@code TAREAS_USUARIO}) and the role that
   * works it; an agency's task twice, once for each agency.
   */
  record Clase(TareaUsuario tarea, Rol responsable) {
    String proceso() {
      return tarea.proceso();
    }

    String actividad() {
      return tarea.id();
    }

    @Override
    public String toString() {
      return tarea.id() + (Autorizaciones.SUJETOS.equals(tarea.grupo()) ? " of " + responsable : "");
    }
  }

  /** Every kind of user task: the rows of the processes' tables but those {@link #FUERA_DE_LA_MATRIZ}. */
  static final List<Clase> CLASES = clases();

  private static List<Clase> clases() {
    List<Clase> clases = new ArrayList<>();
    for (TareaUsuario tarea : TareasUsuario.todas()) {
      if (!FUERA_DE_LA_MATRIZ.containsKey(tarea.id())) {
        rolesDe(tarea.grupo()).forEach(rol -> clases.add(new Clase(tarea, rol)));
      }
    }
    return List.copyOf(clases);
  }

  /** The roles that work the tasks of a group of the tables: both agencies for an agency's task. */
  private static List<Rol> rolesDe(String grupo) {
    if (Autorizaciones.SUJETOS.equals(grupo)) {
      return List.of(Rol.SO_A, Rol.SO_B);
    }
    return Stream.of(Rol.values()).filter(r -> grupo.equals(r.grupoFijo)).toList();
  }

  /** The kind of {@code actividad} worked by {@code rol}. */
  static Clase clase(String actividad, Rol rol) {
    return CLASES.stream().filter(c -> c.actividad().equals(actividad) && c.responsable() == rol).findFirst()
        .orElseThrow(() -> new AssertionError(actividad + " of " + rol + " is not in the matrix"));
  }

  /** The one kind of {@code actividad} (a task of a fixed group). */
  static Clase clase(String actividad) {
    return CLASES.stream().filter(c -> c.actividad().equals(actividad)).findFirst()
        .orElseThrow(() -> new AssertionError(actividad + " is not in the matrix"));
  }

  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired Autorizaciones autorizaciones;
  @Autowired ConvocatoriaRepository convocatorias;
  @Autowired CompromisoRepository compromisos;
  @Autowired TransactionTemplate tx;
  @Autowired StlService stl;
  @Autowired SesionesStlProcesos sesionesStl;
  @Autowired CambiosCompromiso cambiosCompromiso;
  @Autowired VigilanciaEstandaresProcesos vigilancia;

  private final Map<Rol, List<String>> grupos = new LinkedHashMap<>();
  private final Map<Clase, Task> tareas = new LinkedHashMap<>();
  private final List<String> instancias = new ArrayList<>();
  private SujetoObligado sujetoA;
  private SujetoObligado sujetoB;

  /**
   * Once per class, inside the first test (so the process-test coverage records it): two agencies
   * registered now (so their grants come from the registration), users, one task of each kind.
   */
  @BeforeEach
  void tareasDeCadaClase() {
    if (!tareas.isEmpty()) {
      return;
    }
    Ejercicio ejercicio = escenarios.ejercicio();
    sujetoA = escenarios.sujeto();
    sujetoB = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(ejercicio, "anticorrupcion", sujetoA);
    Compromiso compromisoA = escenarios.compromiso(mesa, sujetoA);
    Compromiso compromisoB = escenarios.compromiso(mesa, sujetoB);
    Registro enlaceA = escenarios.registro(ejercicio, Sector.GOBIERNO, sujetoA, "anticorrupcion");
    java.time.LocalDate inicioPlan = java.time.LocalDate.of(ejercicio.getAnio() + 1, 1, 1);
    tx.executeWithoutResult(
        s -> {
          var convocatoria = convocatorias.findByEjercicioId(ejercicio.getId()).orElseThrow();
          convocatoria.setFechaInicioPlan(inicioPlan);
          convocatoria.setFechaFinPlan(inicioPlan.plusYears(1).minusDays(1));
          convocatorias.save(convocatoria);
        });
    Map<SujetoObligado, Long> aprobados = new LinkedHashMap<>();
    for (SujetoObligado sujeto : List.of(sujetoA, sujetoB)) {
      Long id = escenarios.compromiso(mesa, sujeto).getId();
      tx.executeWithoutResult(
          s -> {
            Compromiso c = compromisos.findById(id).orElseThrow();
            c.setEstado(EstadoCompromiso.APROBADO);
            compromisos.save(c);
          });
      aprobados.put(sujeto, id);
    }

    // a change request open on a commitment in implementation of each agency (its tasks' listeners read it)
    Map<SujetoObligado, Long> cambiosAbiertos = new LinkedHashMap<>();
    for (SujetoObligado sujeto : List.of(sujetoA, sujetoB)) {
      Long id = escenarios.compromiso(mesa, sujeto).getId();
      String folio = tx.execute(s -> {
        Compromiso c = compromisos.findById(id).orElseThrow();
        c.setEstado(EstadoCompromiso.EN_IMPLEMENTACION);
        return c.getFolio();
      });
      cambiosAbiertos.put(sujeto, cambiosCompromiso.solicitar(folio, Rol.COMISION.usuario, List.of(Grupos.COMISION),
          SolicitudCambio.deHitos("Matriz", SolicitudCambio.CambioHito.nuevaFechaFin(1, inicioPlan.plusYears(3)))).getId());
    }

    for (Rol rol : Rol.values()) {
      String grupo =
          switch (rol) {
            case SO_A -> sujetoA.grupo();
            case SO_B -> sujetoB.grupo();
            default -> rol.grupoFijo;
          };
      grupos.put(rol, List.of(grupo));
      if (identityService.createUserQuery().userId(rol.usuario).count() == 0) {
        var usuario = identityService.newUser(rol.usuario);
        usuario.setPassword("matriz");
        identityService.saveUser(usuario);
        identityService.createMembership(rol.usuario, grupo);
      }
    }

    for (Clase clase : CLASES) {
      if (clase.proceso().equals(SeguimientoBpmn.KEY) || clase.actividad().equals(SesionStlBpmn.TASK_REGISTRAR_SESION_STL)
          || clase.proceso().equals(VigilanciaEstandaresBpmn.KEY)) {
        continue;
      }
      boolean deB = clase.responsable() == Rol.SO_B;
      Compromiso compromiso = deB ? compromisoB : compromisoA;
      SujetoObligado sujeto = deB ? sujetoB : sujetoA;
      ProcessInstance pi;
      try {
        pi =
          runtimeService
              .createProcessInstanceByKey(clase.proceso())
              .businessKey(ejercicio.getFolio() + "-AZ-" + clase.actividad() + "-" + clase.responsable())
              .setVariables(
                  Variables.createVariables()
                      .putValue(EjercicioBpmn.VAR_EJERCICIO_ID, ejercicio.getId())
                      .putValue(MesaBpmn.VAR_MESA_ID, mesa.getId())
                      .putValue(AprobacionCompromisoBpmn.VAR_COMPROMISO_ID, compromiso.getId())
                      .putValue(AprobacionCompromisoBpmn.VAR_GRUPO_RESPONSABLE, sujeto.grupo())
                      .putValue(CambioCompromisoBpmn.VAR_GRUPO_SOLICITANTE, sujeto.grupo())
                      .putValue(CambioCompromisoBpmn.VAR_CAMBIO_ID, cambiosAbiertos.get(sujeto))
                      .putValue(EjercicioBpmn.VAR_FECHA_INICIO_COCREACION, new Date())
                      .putValue(EjercicioBpmn.VAR_FECHA_INICIO_PLAN, new Date())
                      .putValue(RegistroParticipanteBpmn.VAR_REGISTRO_ID, enlaceA.getId())
                      .putValue(RegistroParticipanteBpmn.VAR_CIERRE_REGISTRO, new Date(System.currentTimeMillis() + 86_400_000L)))
              .startBeforeActivity(clase.actividad())
              .execute();
      } catch (RuntimeException e) {
        throw new AssertionError(noSeAlcanza(clase) + " (startBeforeActivity failed: " + e.getMessage() + ")", e);
      }
      guardar(clase, pi.getId());
    }

    // Follow-up: the report cycle fires as in production; verification and evaluation are reached
    // by moving the A instance forward (their listeners need the report the cycle opened)
    for (SujetoObligado sujeto : List.of(sujetoA, sujetoB)) {
      ProcessInstance pi =
          runtimeService.startProcessInstanceByKey(
              SeguimientoBpmn.KEY,
              ejercicio.getFolio() + "-AZ-SEG-" + sujeto.getClave(),
              Map.of(SeguimientoBpmn.VAR_EJERCICIO_ID, ejercicio.getId(), SeguimientoBpmn.VAR_COMPROMISO_ID, aprobados.get(sujeto)));
      motor.dispararTimer(pi.getId(), SeguimientoBpmn.TIMER_CICLO_REPORTE);
      motor.relojReal();
      guardar(clase(SeguimientoBpmn.TASK_REPORTAR_AVANCE, sujeto == sujetoA ? Rol.SO_A : Rol.SO_B), pi.getId());
      if (sujeto == sujetoA) {
        String reporte =
            runtimeService
                .getActivityInstance(pi.getId())
                .getActivityInstances(SeguimientoBpmn.SUBPROCESS_REPORTE)[0]
                .getId();
        runtimeService
            .createProcessInstanceModification(pi.getId())
            .startBeforeActivity(SeguimientoBpmn.TASK_VERIFICAR_REPORTE, reporte)
            .startBeforeActivity(SeguimientoBpmn.TASK_EVALUAR_COMPROMISO)
            .execute();
        guardar(clase(SeguimientoBpmn.TASK_VERIFICAR_REPORTE), pi.getId());
        guardar(clase(SeguimientoBpmn.TASK_EVALUAR_COMPROMISO), pi.getId());
      }
    }
    // A session of the forum is recorded once it is scheduled (its listener needs the session)
    SesionesStlPrueba.conStl(ejercicio, stl, tx);
    String sesion = sesionesStl.iniciar(ejercicio.getId()).getId();
    motor.completar(sesion, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, Rol.COMISION.usuario, Formularios.variables(
        FormularioProgramarSesionStl.programar(ejercicio.getId(), java.time.OffsetDateTime.now().plusDays(7), "Sala", null, "Orden")));
    guardar(clase(SesionStlBpmn.TASK_REGISTRAR_SESION_STL), sesion);
    // The cadence watch warns as it starts for an edition whose call is published and whose forum
    // never met (its listener needs the standard the subprocess instance watches)
    Ejercicio sinForo = escenarios.ejercicio();
    tx.executeWithoutResult(s -> {
      var c = convocatorias.findByEjercicioId(sinForo.getId()).orElseThrow();
      c.setEstado(mx.infoqro.gobiernoabierto.ejercicio.Convocatoria.EstadoConvocatoria.PUBLICADA);
      c.setPublicada(java.time.Instant.now());
    });
    vigilancia.iniciar(sinForo.getId());
    guardar(clase(VigilanciaEstandaresBpmn.TASK_ATENDER_AVISO_ESTANDAR), runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(VigilanciaEstandaresBpmn.KEY).processInstanceBusinessKey(sinForo.getFolio()).singleResult().getId());
    for (Clase clase : CLASES) {
      assertThat(tareas.get(clase)).as(noSeAlcanza(clase)).isNotNull();
      assertThat(taskService.getIdentityLinksForTask(tareas.get(clase).getId()))
          .extracting(IdentityLink::getGroupId)
          .as("candidate group of " + clase + " (its row in " + clase.proceso() + "'s TAREAS_USUARIO says " + clase.tarea().grupo() + ")")
          .containsExactly(grupos.get(clase.responsable()).get(0));
    }
  }

  private static String noSeAlcanza(Clase clase) {
    return clase.actividad() + " (process " + clase.proceso() + "): the matrix does not reach it; add how to reach it to"
        + " AutorizacionesMatrizTest.tareasDeCadaClase() (" + TareasUsuario.LISTA + ")";
  }

  @Test
  void everyUserTaskOfTheTablesIsInTheMatrixOrSaysWhereItsRightsAreChecked() {
    List<String> problemas = new ArrayList<>();
    for (TareaUsuario tarea : TareasUsuario.todas()) {
      if (!FUERA_DE_LA_MATRIZ.containsKey(tarea.id()) && rolesDe(tarea.grupo()).isEmpty()) {
        problemas.add(tarea.id() + " (process " + tarea.proceso() + "): no role of the matrix works the group "
            + tarea.grupo() + ": add one to AutorizacionesMatrizTest.Rol (" + TareasUsuario.LISTA + ")");
      }
    }
    assertThat(problemas).as("user tasks of the tables in the matrix").isEmpty();
    TareasUsuario.soloTareasConocidas("AutorizacionesMatrizTest.FUERA_DE_LA_MATRIZ", FUERA_DE_LA_MATRIZ.keySet());
  }

  private void guardar(Clase clase, String pi) {
    if (!instancias.contains(pi)) {
      instancias.add(pi);
    }
    tareas.put(
        clase, taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(clase.actividad()).singleResult());
  }

  static Stream<Arguments> celdas() {
    return Stream.of(Rol.values()).flatMap(rol -> CLASES.stream().map(clase -> Arguments.of(rol, clase)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("celdas")
  void eachRoleSeesAndWorksOnlyItsOwnTasks(Rol rol, Clase clase) {
    Task tarea = tareas.get(clase);
    boolean propia = clase.responsable() == rol;
    // the commission follows the whole exercise: it reads every task, but works only its own
    boolean visible = propia || rol == Rol.COMISION;
    identityService.setAuthentication(rol.usuario, grupos.get(rol));

    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).count()).as("sees the task").isEqualTo(visible ? 1 : 0);
    assertThat(taskService.createTaskQuery().list()).extracting(Task::getId).as("in its task list")
        .matches(ids -> ids.contains(tarea.getId()) == visible);
    assertThat(
            authorizationService.isUserAuthorized(
                rol.usuario, grupos.get(rol), TaskPermissions.TASK_WORK, Resources.TASK, tarea.getId()))
        .as("may work the task")
        .isEqualTo(propia);
    assertThat(
            authorizationService.isUserAuthorized(
                rol.usuario, grupos.get(rol), Permissions.UPDATE, Resources.TASK, tarea.getId()))
        .as("nobody may change a task's deadline or candidates")
        .isFalse();

    // Tasklist reads a task's comments and attachments through its history ("La tarea fue
    // eliminada" otherwise): its own groups read that task's history, the commission and the
    // plenary every history, nobody else
    boolean leeHistoria = propia || rol == Rol.COMISION || rol == Rol.PLENO;
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(tarea.getId()).count())
        .as("reads the task's history")
        .isEqualTo(leeHistoria ? 1 : 0);

    if (propia) {
      // what Tasklist does to open, claim and render the task's Camunda Form
      assertThat(formService.getTaskFormVariables(tarea.getId())).isNotNull();
      assertThat(formService.getDeployedTaskForm(tarea.getId())).isNotNull();
      assertThat(repositoryService.getProcessDefinition(tarea.getProcessDefinitionId()).getKey()).isEqualTo(clase.proceso());
      assertThat(repositoryService.getProcessModel(tarea.getProcessDefinitionId())).isNotNull();
      taskService.claim(tarea.getId(), rol.usuario);
      assertThat(taskService.createTaskQuery().taskId(tarea.getId()).singleResult().getAssignee()).isEqualTo(rol.usuario);
      assertThatThrownBy(() -> taskService.setDueDate(tarea.getId(), null))
          .as("the deadline stays")
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.setPriority(tarea.getId(), 99))
          .as("nor any other property")
          .isInstanceOf(AuthorizationException.class);
      // TASK_ASSIGN is not granted: it would also let the deadline be moved (checked by hand)
      assertThatThrownBy(() -> taskService.setAssignee(tarea.getId(), "otra-persona"))
          .as("nobody hands a task to someone else, nor unclaims it in Tasklist")
          .isInstanceOf(AuthorizationException.class);
      identityService.clearAuthentication();
      taskService.setAssignee(tarea.getId(), null);
    } else {
      assertThatThrownBy(() -> taskService.claim(tarea.getId(), rol.usuario)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.complete(tarea.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> formService.submitTaskForm(tarea.getId(), Map.of()))
          .isInstanceOf(AuthorizationException.class);
    }
    identityService.clearAuthentication();
    assertThat(taskService.createTaskQuery().taskId(tarea.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void anAgencyCannotSeeOrWorkAnotherAgencysAcceptanceOrReport() {
    identityService.setAuthentication(Rol.SO_A.usuario, grupos.get(Rol.SO_A));

    assertThat(taskService.createTaskQuery().list())
        .extracting(Task::getId)
        .contains(tareas.get(aceptar(Rol.SO_A)).getId(), tareas.get(reportar(Rol.SO_A)).getId())
        .doesNotContain(tareas.get(aceptar(Rol.SO_B)).getId(), tareas.get(reportar(Rol.SO_B)).getId());
    assertThat(taskService.createTaskQuery().taskCandidateGroup(sujetoB.grupo()).count()).isZero();
    for (Clase ajena : List.of(aceptar(Rol.SO_B), reportar(Rol.SO_B))) {
      String id = tareas.get(ajena).getId();
      assertThatThrownBy(() -> formService.getTaskFormVariables(id)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.getVariables(id)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.complete(id, Map.of("decision", "ACEPTAR")))
          .isInstanceOf(AuthorizationException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void onlyTheCommissionAndThePlenoReadInstancesAndHistory(Rol rol) {
    boolean lee = rol == Rol.COMISION || rol == Rol.PLENO;
    identityService.setAuthentication(rol.usuario, grupos.get(rol));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instancias)).count())
        .isEqualTo(lee ? instancias.size() : 0);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(instancias))
                .count())
        .isEqualTo(lee ? instancias.size() : 0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instancias.get(0)).count() > 0)
        .isEqualTo(lee);
  }

  /**
   * Specific variable permissions: pleno reads every instance and its history in Cockpit but not
   * the values kept in variables (a task-local form value with a person's contact, here); the
   * commission (and camunda-admin) reads them; the task's own group reads its task's variables.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void onlyTheCommissionReadsVariablesAndTheirHistoryPlenoSeesInstancesWithoutThem(Rol rol) {
    Task tarea = tareas.get(clase(AprobacionCompromisoBpmn.TASK_REVISAR_STL));
    String pi = tarea.getProcessInstanceId();
    taskService.setVariableLocal(tarea.getId(), "contactoPrueba", "persona.contacto@example.org");
    // form values (task-local variables) leave no history at all (comun/HistorialSinFormularios):
    // the history checks read a variable of the process
    runtimeService.setVariable(pi, "contactoProceso", "persona.proceso@example.org");
    boolean instancias = rol == Rol.COMISION || rol == Rol.PLENO;
    boolean variables = rol == Rol.COMISION;
    // the task's own group reads the history of what it reads at runtime through the task
    // (HISTORIC_TASK READ_VARIABLE, given by the engine with historic instance permissions)
    boolean historiaVariables = variables || rol == Rol.STL;
    identityService.setAuthentication(rol.usuario, grupos.get(rol));
    try {
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).count())
          .as("history of the instance").isEqualTo(instancias ? 1 : 0);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi).count() > 0)
          .as("history of its activities").isEqualTo(instancias);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("contactoProceso").count())
          .as("historic variable").isEqualTo(historiaVariables ? 1 : 0);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("contactoPrueba").count())
          .as("historic form value (none for anybody)").isZero();
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).variableUpdates().list())
          .as("historic variable updates")
          .matches(d -> historiaVariables ? !d.isEmpty() : d.isEmpty());
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi).variableName("contactoPrueba").count())
          .as("runtime variable (the task's own group reads its task's variables)")
          .isEqualTo(variables || rol == Rol.STL ? 1 : 0);
      if (variables || rol == Rol.STL) {
        // the commission follows every task; STL works this one
        assertThat(taskService.getVariable(tarea.getId(), "contactoPrueba")).isEqualTo("persona.contacto@example.org");
      } else {
        assertThatThrownBy(() -> taskService.getVariable(tarea.getId(), "contactoPrueba")).isInstanceOf(AuthorizationException.class);
      }
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theAdministratorsReadEveryVariable() {
    String pi = instancia(clase(EjercicioBpmn.TASK_PREPARAR_CONVOCATORIA));
    identityService.setAuthentication("admin-variables", List.of(Grupos.ADMIN));
    try {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).count()).isPositive();
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi).count()).isPositive();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void nobodyDeletesOrModifiesAnInstanceAndOnlyTheCommissionRetriesJobs(Rol rol) {
    String pi = instancia(aceptar(Rol.SO_A));
    Job timer = managementService.createJobQuery().processInstanceId(pi).timers().list().get(0);
    identityService.setAuthentication(rol.usuario, grupos.get(rol));

    assertThatThrownBy(() -> runtimeService.deleteProcessInstance(pi, "prueba")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(pi).cancelAllForActivity(AprobacionCompromisoBpmn.TASK_ACEPTAR).execute())
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> historyService.deleteHistoricProcessInstance(instancia(clase(EjercicioBpmn.TASK_PREPARAR_CONVOCATORIA))))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> repositoryService.suspendProcessDefinitionByKey(AprobacionCompromisoBpmn.KEY))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(EjercicioBpmn.KEY))
        .isInstanceOf(AuthorizationException.class);
    if (rol == Rol.COMISION) {
      // resolving an incident = giving a failed job its retries again
      managementService.setJobRetries(timer.getId(), 3);
    } else {
      assertThatThrownBy(() -> managementService.setJobRetries(timer.getId(), 3)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.setVariable(pi, "x", 1)).isInstanceOf(AuthorizationException.class);
    }
    identityService.clearAuthentication();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void everyoneEntersTasklistOnlyTheCommissionAndThePlenoEnterCockpitNobodyAdmin(Rol rol) {
    boolean cockpit = rol == Rol.COMISION || rol == Rol.PLENO;
    assertThat(acceso(rol, "tasklist")).as("tasklist").isTrue();
    assertThat(acceso(rol, "cockpit")).as("cockpit").isEqualTo(cockpit);
    assertThat(acceso(rol, "admin")).as("admin").isFalse();
    assertThat(acceso(rol, "welcome")).as("welcome").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void eachGroupReadsTheCommonFiltersAndItsOwn(Rol rol) {
    identityService.setAuthentication(rol.usuario, grupos.get(rol));
    List<String> nombres = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
    identityService.clearAuthentication();

    assertThat(nombres).containsAll(FiltrosTasklist.COMUNES).hasSize(FiltrosTasklist.COMUNES.size() + 1);
    String propio =
        filterService
            .createFilterQuery()
            .filterName(
                switch (rol) {
                  case SO_A -> "Enlaces: " + sujetoA.getSiglas();
                  case SO_B -> "Enlaces: " + sujetoB.getSiglas();
                  default -> Grupos.ROLES.stream().filter(r -> r[0].equals(rol.grupoFijo)).findFirst().orElseThrow()[1];
                })
            .singleResult()
            .getName();
    assertThat(nombres).contains(propio);
  }

  @Test
  void theModelsButNotTheirInstancesAreReadableForTasklist() {
    assertThat(
            authorizationService.isUserAuthorized(
                Rol.SO_A.usuario, grupos.get(Rol.SO_A), Permissions.READ, Resources.PROCESS_DEFINITION, EjercicioBpmn.KEY))
        .as("an agency reads only the models of its tasks")
        .isFalse();
    assertThat(
            authorizationService.isUserAuthorized(
                Rol.STL.usuario, grupos.get(Rol.STL), Permissions.READ, Resources.DEPLOYMENT, "*"))
        .as("forms load without deployment grants")
        .isFalse();
  }

  @Test
  void grantingAgainChangesNothing() {
    long antes = authorizationService.createAuthorizationQuery().count();

    autorizaciones.concederPersonal(new FiltrosTaskListIds(filterService).porGrupo());
    SujetoObligado nuevo = escenarios.sujeto(); // a new agency adds its own grants only
    long despuesDeUnaNueva = authorizationService.createAuthorizationQuery().count();
    autorizaciones.concederSujeto(sujetoA.grupo(), null);
    autorizaciones.completarTareasAnteriores();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(despuesDeUnaNueva);
    assertThat(despuesDeUnaNueva - antes)
        .isEqualTo(authorizationService.createAuthorizationQuery().groupIdIn(nuevo.grupo()).count())
        // the engine's own READ on the group for its members, then ours: tasklist, filters, three models
        // (the change request's with CREATE_INSTANCE) and CREATE on instances (to start a change request)
        .isEqualTo(1 + 1 + FiltrosTasklist.COMUNES.size() + 1 + 3 + 1);
  }

  @Test
  void tasksCreatedWhileAuthorizationWasOffGetTheirGroupsGrantsAtStart() {
    Task tarea = tareas.get(clase(AprobacionCompromisoBpmn.TASK_REVISAR_STL));
    authorizationService
        .createAuthorizationQuery()
        .resourceId(tarea.getId())
        .list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    assertThat(visiblePara(Rol.STL, tarea)).isFalse();
    assertThat(historiaVisiblePara(Rol.STL, tarea)).isFalse();

    autorizaciones.completarTareasAnteriores();

    assertThat(visiblePara(Rol.STL, tarea)).isTrue();
    assertThat(historiaVisiblePara(Rol.STL, tarea)).as("Tasklist reads its comments").isTrue();
    assertThat(historiaVisiblePara(Rol.SO_A, tarea)).isFalse();
    assertThat(
            authorizationService.isUserAuthorized(
                Rol.STL.usuario, grupos.get(Rol.STL), TaskPermissions.TASK_WORK, Resources.TASK, tarea.getId()))
        .isTrue();
    assertThat(visiblePara(Rol.SO_A, tarea)).isFalse();
  }

  private boolean visiblePara(Rol rol, Task tarea) {
    identityService.setAuthentication(rol.usuario, grupos.get(rol));
    try {
      return taskService.createTaskQuery().taskId(tarea.getId()).count() == 1;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private boolean historiaVisiblePara(Rol rol, Task tarea) {
    identityService.setAuthentication(rol.usuario, grupos.get(rol));
    try {
      return historyService.createHistoricTaskInstanceQuery().taskId(tarea.getId()).count() == 1;
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Stream<Rol> roles() {
    return Stream.of(Rol.values());
  }

  private boolean acceso(Rol rol, String aplicacion) {
    return authorizationService.isUserAuthorized(
        rol.usuario, grupos.get(rol), Permissions.ACCESS, Resources.APPLICATION, aplicacion);
  }

  private static Clase aceptar(Rol sujeto) {
    return clase(AprobacionCompromisoBpmn.TASK_ACEPTAR, sujeto);
  }

  private static Clase reportar(Rol sujeto) {
    return clase(SeguimientoBpmn.TASK_REPORTAR_AVANCE, sujeto);
  }

  private String instancia(Clase clase) {
    return tareas.get(clase).getProcessInstanceId();
  }

  /** The role filters by group, as the start-up step hands them to {@link Autorizaciones}. */
  private record FiltrosTaskListIds(FilterService filterService) {
    Map<String, String> porGrupo() {
      Map<String, String> ids = new LinkedHashMap<>();
      for (String[] rol : Grupos.ROLES) {
        ids.put(rol[0], filterService.createFilterQuery().filterName(rol[1]).singleResult().getId());
      }
      return ids;
    }
  }
}
