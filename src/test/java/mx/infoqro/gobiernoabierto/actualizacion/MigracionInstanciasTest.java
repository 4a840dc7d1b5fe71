package mx.infoqro.gobiernoabierto.actualizacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mx.infoqro.gobiernoabierto.PruebaIntegracion;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Estado;
import mx.infoqro.gobiernoabierto.actualizacion.EjecucionMigracion.Origen;
import mx.infoqro.gobiernoabierto.auditoria.Auditoria;
import mx.infoqro.gobiernoabierto.auditoria.RegistroDecision;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoService;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.CompromisoRepository;
import mx.infoqro.gobiernoabierto.compromiso.EstadoCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration of running instances on the real engine and H2: synthetic processes of their own
 * (a key per test, so the shared context's processes are never touched) deployed in versions,
 * migrated by a {@link MigracionInstancias} made here with the test's own steps and batches of
 * {@value #LOTE}; and the case the framework was made for, the approval of a commitment started on
 * the model deployed before version tags, with the application's own steps.
 */
class MigracionInstanciasTest extends PruebaIntegracion {

  /** Small batches: every test with three or more instances migrates in more than one. */
  private static final int LOTE = 2;

  private static final String USUARIO = "migraciones-prueba";
  private static final String USUARIO_STL = "stl.revisora";
  private static final Instant T0 = Instant.parse("2031-03-04T15:00:00Z");
  private static final AtomicInteger SECUENCIA = new AtomicInteger();

  @Autowired RepositoryService repositoryService;
  @Autowired RegistroMigraciones registro;
  @Autowired EstadoVersiones estado;
  @Autowired EjecucionMigracionRepository ejecuciones;
  @Autowired Auditoria auditoria;
  @Autowired PlatformTransactionManager transacciones;
  @Autowired TransactionTemplate tx;
  /** The application's, with every MigracionProceso bean. */
  @Autowired MigracionInstancias migracionesDeLaAplicacion;
  @Autowired AprobacionCompromisoService aprobaciones;
  @Autowired CompromisoRepository compromisos;

  /** Deployments made by the test, deleted with their instances after it. */
  private final List<String> despliegues = new ArrayList<>();

  @AfterEach
  void borrarDespliegues() {
    Collections.reverse(despliegues);
    despliegues.forEach(id -> repositoryService.deleteDeployment(id, true));
    despliegues.clear();
  }

  // --- Renamed activities and timers -----------------------------------------------------------

  @Test
  void aRenamedTaskMovesWithItsTimersTheChangedOneRestartingAndTheOtherKeepingItsDueDate() {
    String clave = clave("renombrada");
    ProcessDefinition v1 = desplegar(revision(clave, "1", "Task_Revisar", "PT1H"));
    motor.avanzarA(T0);
    List<ProcessInstance> instancias = iniciar(v1, 3);
    List<String> tareas = instancias.stream().map(pi -> motor.tarea(pi.getId(), "Task_Revisar").getId()).toList();
    ProcessDefinition v2 = desplegar(revision(clave, "2", "Task_RevisarSolicitud", "PT5H"));
    Instant migracion = T0.plus(Duration.ofMinutes(10));
    motor.avanzarA(migracion);

    EjecucionMigracion ejecucion =
        migrar(clave, new Paso(clave, 1, Map.of("Task_Revisar", "Task_RevisarSolicitud"), Set.of("Timer_Recordatorio"))).orElseThrow();

    assertThat(ejecucion.getEstado()).isEqualTo(Estado.TERMINADA);
    assertThat(ejecucion).extracting(EjecucionMigracion::getTotal, EjecucionMigracion::getMigradas, EjecucionMigracion::getPendientes)
        .containsExactly(3, 3, 0);
    for (int i = 0; i < instancias.size(); i++) {
      String id = instancias.get(i).getId();
      assertThat(definicionDe(id)).isEqualTo(v2.getId());
      Task tarea = motor.tarea(id, "Task_RevisarSolicitud");
      assertThat(tarea.getId()).as("the same task, not a new one").isEqualTo(tareas.get(i));
      // the reminder's definition changed: it restarts from the migration; the deadline did not: it keeps its due date
      assertThat(motor.trabajo(id, "Timer_Recordatorio").getDuedate()).isEqualTo(Date.from(migracion.plus(Duration.ofHours(5))));
      assertThat(motor.trabajo(id, "Timer_Vencimiento").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(48))));
      assertThat(managementService.createJobQuery().processInstanceId(id).count()).isEqualTo(2);
    }
    assertThat(registro.resultados(ejecucion.getId()))
        .extracting(ResultadoMigracion::getProceso, ResultadoMigracion::getDesde, ResultadoMigracion::getHasta,
            ResultadoMigracion::getMigradas, ResultadoMigracion::getPendientes, ResultadoMigracion::getDescripcion)
        .containsExactly(tuple(clave, 1, 2, 3, 0, "De la versión 1 a la 2: Paso de prueba de la versión 1 a la 2."));
    assertThat(registro.noMigradas(ejecucion.getId())).isEmpty();

    // and the migrated instance goes on in the new version
    motor.dispararTimer(instancias.get(0).getId(), "Timer_Recordatorio");
    motor.completar(instancias.get(0).getId(), "Task_RevisarSolicitud", USUARIO, Map.of());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instancias.get(0).getId()).count()).isZero();
  }

  @Test
  void aChainFromBeforeVersionTagsToVersionTwoComposesTheRenamesAndTheRecalculatedTimersOfBothSteps() {
    String clave = clave("cadena");
    // version 0: no version tag; version 1 (never deployed) renamed the task and changed the deadline;
    // version 2 renamed both again
    ProcessDefinition v0 = desplegar(plazos(clave, null, "Task_Recibir", "Timer_Plazo", "PT1H"));
    motor.avanzarA(T0);
    List<ProcessInstance> instancias = iniciar(v0, 3);
    ProcessDefinition v2 = desplegar(plazos(clave, "2", "Task_Atender", "Timer_PlazoAtencion", "PT3H"));
    Instant migracion = T0.plus(Duration.ofMinutes(20));
    motor.avanzarA(migracion);

    EjecucionMigracion ejecucion =
        migrar(
            clave,
            new Paso(clave, 0, Map.of("Task_Recibir", "Task_Revisar"), Set.of("Timer_Plazo"), Map.of("canal", "portal", "prioridad", "normal")),
            new Paso(clave, 1, Map.of("Task_Revisar", "Task_Atender", "Timer_Plazo", "Timer_PlazoAtencion"), Set.of(), Map.of("prioridad", "alta")))
            .orElseThrow();

    assertThat(ejecucion.getMigradas()).isEqualTo(3);
    for (ProcessInstance pi : instancias) {
      assertThat(definicionDe(pi.getId())).isEqualTo(v2.getId());
      motor.tarea(pi.getId(), "Task_Atender");
      // changed in the first step, renamed in the second: restarts from the migration with the new duration
      assertThat(motor.trabajo(pi.getId(), "Timer_PlazoAtencion").getDuedate()).isEqualTo(Date.from(migracion.plus(Duration.ofHours(3))));
      // never changed: keeps its due date
      assertThat(motor.trabajo(pi.getId(), "Timer_Aviso").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofMinutes(30))));
      // the steps' variables, the later one winning
      assertThat(runtimeService.getVariables(pi.getId())).containsEntry("canal", "portal").containsEntry("prioridad", "alta");
    }
    assertThat(registro.resultados(ejecucion.getId()))
        .extracting(ResultadoMigracion::getDesde, ResultadoMigracion::getHasta, ResultadoMigracion::getDescripcion)
        .containsExactly(tuple(0, 2,
            "De la versión 0 a la 1: Paso de prueba de la versión 0 a la 1. De la versión 1 a la 2: Paso de prueba de la versión 1 a la 2."));
  }

  @Test
  void aRenamedSubprocessTakesTheTaskInsideItAndItsTimerAlong() {
    String clave = clave("subproceso");
    ProcessDefinition v1 = desplegar(etapa(clave, "1", "SubProcess_Etapa"));
    motor.avanzarA(T0);
    List<ProcessInstance> instancias = iniciar(v1, 3);
    ProcessDefinition v2 = desplegar(etapa(clave, "2", "SubProcess_EtapaRevision"));
    motor.avanzarA(T0.plus(Duration.ofMinutes(5)));

    EjecucionMigracion ejecucion =
        migrar(clave, new Paso(clave, 1, Map.of("SubProcess_Etapa", "SubProcess_EtapaRevision"), Set.of())).orElseThrow();

    assertThat(ejecucion).extracting(EjecucionMigracion::getMigradas, EjecucionMigracion::getPendientes).containsExactly(3, 0);
    for (ProcessInstance pi : instancias) {
      assertThat(definicionDe(pi.getId())).isEqualTo(v2.getId());
      assertThat(runtimeService.getActiveActivityIds(pi.getId())).containsExactly("Task_Revisar");
      assertThat(runtimeService.getActivityInstance(pi.getId()).getChildActivityInstances()[0].getActivityId())
          .isEqualTo("SubProcess_EtapaRevision");
      assertThat(motor.trabajo(pi.getId(), "Timer_Aviso").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(1))));
    }
    motor.completar(instancias.get(0).getId(), "Task_Revisar", USUARIO, Map.of());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instancias.get(0).getId()).count()).isZero();
  }

  // --- Instances that stay --------------------------------------------------------------------

  @Test
  void anInstanceWaitingAtAStepTheNewVersionLacksStaysOnItsVersionWithItsReasonWhileTheOthersMove() {
    String clave = clave("sin-paso");
    ProcessDefinition v1 = desplegar(expediente(clave, "1", true));
    List<ProcessInstance> enPreparacion = iniciar(v1, 3);
    ProcessInstance enFirma = iniciar(v1, 1).get(0);
    motor.completar(enFirma.getId(), "Task_Preparar", USUARIO, Map.of());
    motor.tarea(enFirma.getId(), "Task_Firmar");
    ProcessDefinition v2 = desplegar(expediente(clave, "2", false));

    EjecucionMigracion ejecucion = migrar(clave, new Paso(clave, 1)).orElseThrow();

    assertThat(ejecucion).extracting(EjecucionMigracion::getEstado, EjecucionMigracion::getTotal, EjecucionMigracion::getMigradas,
            EjecucionMigracion::getPendientes)
        .containsExactly(Estado.TERMINADA, 4, 3, 1);
    enPreparacion.forEach(pi -> assertThat(definicionDe(pi.getId())).isEqualTo(v2.getId()));
    assertThat(definicionDe(enFirma.getId())).as("stays on its version").isEqualTo(v1.getId());
    // what the operations page reads
    EstadoVersiones.Ejecucion ultima = estado.ultimaEjecucion().orElseThrow();
    assertThat(ultima.ejecucion().getId()).isEqualTo(ejecucion.getId());
    assertThat(ultima.resultados())
        .extracting(ResultadoMigracion::getMigradas, ResultadoMigracion::getPendientes)
        .containsExactly(tuple(3, 1));
    assertThat(ultima.pendientes()).hasSize(1);
    InstanciaNoMigrada pendiente = ultima.pendientes().get(0);
    assertThat(pendiente)
        .extracting(InstanciaNoMigrada::getInstancia, InstanciaNoMigrada::getFolio, InstanciaNoMigrada::getProceso,
            InstanciaNoMigrada::getDesde, InstanciaNoMigrada::getHasta, InstanciaNoMigrada::getVersionDefinicion)
        .containsExactly(enFirma.getId(), enFirma.getBusinessKey(), clave, 1, 2, v1.getVersion());
    assertThat(pendiente.getMotivo())
        .startsWith("La instancia espera en un paso que la versión nueva no admite así.")
        .contains("«Firmar el expediente» (Task_Firmar)");
    EstadoVersiones.Proceso proceso = enLaPagina(clave);
    assertThat(proceso.definiciones())
        .extracting(EstadoVersiones.Definicion::version, EstadoVersiones.Definicion::versionModelo,
            EstadoVersiones.Definicion::instancias, EstadoVersiones.Definicion::vigente)
        .containsExactly(tuple(v2.getVersion(), 2, 3L, true), tuple(v1.getVersion(), 1, 1L, false));
    assertThat(proceso.enAnteriores()).isOne();
    // and in the decision log, under the instance's folio
    List<RegistroDecision> historial = auditoria.historial(enFirma.getBusinessKey());
    assertThat(historial)
        .extracting(RegistroDecision::getDecision, RegistroDecision::getEntidad, RegistroDecision::getUsuario)
        .containsExactly(tuple(RegistroMigraciones.NO_MIGRADA, RegistroMigraciones.ENTIDAD, Auditoria.SISTEMA));
    assertThat(historial.get(0).getMotivo())
        .startsWith("La instancia de " + clave + " sigue en la versión 1 del modelo (la vigente es la 2):")
        .contains("«Firmar el expediente» (Task_Firmar)")
        .endsWith("[" + enFirma.getId() + "]");
    enPreparacion.forEach(pi -> assertThat(auditoria.historial(pi.getBusinessKey())).isEmpty());

    // the one left behind still works on its version; the others on theirs
    motor.completar(enFirma.getId(), "Task_Firmar", USUARIO, Map.of());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(enFirma.getId()).count()).isZero();
    motor.completar(enPreparacion.get(0).getId(), "Task_Preparar", USUARIO, Map.of());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(enPreparacion.get(0).getId()).count()).isZero();
  }

  @Test
  void withoutAStepFromOneOfTheVersionsEveryInstanceStaysWithTheReason() {
    String clave = clave("sin-migracion");
    ProcessDefinition v1 = desplegar(expediente(clave, "1", true));
    List<ProcessInstance> instancias = iniciar(v1, 3);
    desplegar(expediente(clave, "3", true));

    // from 1 to 2 there is a step, from 2 to 3 none
    EjecucionMigracion ejecucion = migrar(clave, new Paso(clave, 1)).orElseThrow();

    String motivo = "No hay migración de la versión 2 del modelo a la siguiente (la vigente es la 3).";
    assertThat(ejecucion).extracting(EjecucionMigracion::getEstado, EjecucionMigracion::getMigradas, EjecucionMigracion::getPendientes)
        .containsExactly(Estado.TERMINADA, 0, 3);
    instancias.forEach(pi -> assertThat(definicionDe(pi.getId())).isEqualTo(v1.getId()));
    assertThat(registro.resultados(ejecucion.getId()))
        .extracting(ResultadoMigracion::getDesde, ResultadoMigracion::getHasta, ResultadoMigracion::getPendientes,
            ResultadoMigracion::getDescripcion)
        .containsExactly(tuple(1, 3, 3, motivo));
    assertThat(registro.noMigradas(ejecucion.getId()))
        .extracting(InstanciaNoMigrada::getFolio, InstanciaNoMigrada::getMotivo)
        .containsExactlyInAnyOrderElementsOf(instancias.stream().map(pi -> tuple(pi.getBusinessKey(), motivo)).toList());
    instancias.forEach(pi -> assertThat(auditoria.historial(pi.getBusinessKey()))
        .extracting(RegistroDecision::getDecision)
        .containsExactly(RegistroMigraciones.NO_MIGRADA));
  }

  @Test
  void theSameModelDeployedAgainWithTheSameVersionTagTakesItsInstancesAlong() {
    String clave = clave("igual");
    String xml = Bpmn.convertToString(expediente(clave, "1", true));
    ProcessDefinition primera = desplegar(clave, xml);
    List<ProcessInstance> instancias = iniciar(primera, 3);
    ProcessDefinition segunda = desplegar(clave, xml);

    EjecucionMigracion ejecucion = migrar(clave).orElseThrow();

    assertThat(ejecucion.getMigradas()).isEqualTo(3);
    instancias.forEach(pi -> assertThat(definicionDe(pi.getId())).isEqualTo(segunda.getId()));
    assertThat(registro.resultados(ejecucion.getId()))
        .extracting(ResultadoMigracion::getDesde, ResultadoMigracion::getHasta, ResultadoMigracion::getDescripcion)
        .containsExactly(tuple(1, 1, "El modelo no cambió: la instancia pasa a la definición desplegada con esta versión."));
    motor.completar(instancias.get(0).getId(), "Task_Preparar", USUARIO, Map.of());
    motor.tarea(instancias.get(0).getId(), "Task_Firmar");
  }

  @Test
  void aModelChangedWithoutRaisingItsVersionTagKeepsItsInstancesWithTheReason() {
    String clave = clave("sin-version");
    ProcessDefinition primera = desplegar(expediente(clave, "1", true));
    List<ProcessInstance> instancias = iniciar(primera, 2);
    desplegar(expediente(clave, "1", false));

    EjecucionMigracion ejecucion = migrar(clave, new Paso(clave, 0), new Paso(clave, 1)).orElseThrow();

    String motivo = "El modelo cambió sin subir su versión (1): falta su nueva etiqueta camunda:versionTag y su migración.";
    assertThat(ejecucion).extracting(EjecucionMigracion::getMigradas, EjecucionMigracion::getPendientes).containsExactly(0, 2);
    instancias.forEach(pi -> assertThat(definicionDe(pi.getId())).isEqualTo(primera.getId()));
    assertThat(registro.noMigradas(ejecucion.getId())).extracting(InstanciaNoMigrada::getMotivo).containsOnly(motivo);
  }

  // --- What does not run during a migration ---------------------------------------------------------

  @Test
  void noListenerAndNoInputMappingRunsWhileAnInstanceMovesIntoANewSubprocess() {
    String clave = clave("oyentes");
    ProcessDefinition v1 = desplegar(
        proceso(clave, "1")
            .startEvent("Event_Inicio")
            .userTask("Task_Revisar").name("Revisar")
            .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, Contador.class)
            .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_END, Contador.class)
            .endEvent("Event_Fin")
            .done());
    List<ProcessInstance> instancias = iniciar(v1, 3);
    ProcessDefinition v2 = desplegar(
        proceso(clave, "2")
            .startEvent("Event_Inicio")
            .subProcess("SubProcess_Etapa")
            .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, Contador.class)
            .camundaInputParameter("etapa", "${'abierta'}")
            .embeddedSubProcess()
            .startEvent("Event_InicioEtapa")
            .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, Contador.class)
            .userTask("Task_RevisarEnEtapa").name("Revisar en la etapa")
            .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, Contador.class)
            .endEvent("Event_FinEtapa")
            .subProcessDone()
            .endEvent("Event_Fin")
            .done());
    instancias.forEach(pi -> assertThat(Contador.veces(pi.getBusinessKey(), "Task_Revisar", "create")).isOne());

    EjecucionMigracion ejecucion = migrar(clave, new Paso(clave, 1, Map.of("Task_Revisar", "Task_RevisarEnEtapa"), Set.of())).orElseThrow();

    assertThat(ejecucion.getMigradas()).isEqualTo(3);
    for (ProcessInstance pi : instancias) {
      assertThat(definicionDe(pi.getId())).isEqualTo(v2.getId());
      motor.tarea(pi.getId(), "Task_RevisarEnEtapa");
      assertThat(Contador.veces(pi.getBusinessKey(), "Task_Revisar", "create")).as("the task was not created again").isOne();
      assertThat(Contador.veces(pi.getBusinessKey(), "Task_RevisarEnEtapa", "create")).isZero();
      assertThat(Contador.veces(pi.getBusinessKey(), "Task_Revisar", "end")).isZero();
      assertThat(Contador.veces(pi.getBusinessKey(), "SubProcess_Etapa", "start")).as("the new scope's start listener").isZero();
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).variableName("etapa").count())
          .as("the new scope's input mapping")
          .isZero();
    }
    // the listeners are there: they run when the instance goes on
    motor.completar(instancias.get(0).getId(), "Task_RevisarEnEtapa", USUARIO, Map.of());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instancias.get(0).getId()).count()).isZero();
  }

  /** Counts the listener calls per business key, activity and event. */
  public static class Contador implements TaskListener, ExecutionListener {
    private static final Map<String, AtomicInteger> VECES = new ConcurrentHashMap<>();

    static int veces(String claveNegocio, String actividad, String evento) {
      AtomicInteger n = VECES.get(claveNegocio + "/" + actividad + "/" + evento);
      return n == null ? 0 : n.get();
    }

    @Override
    public void notify(DelegateTask tarea) {
      contar(tarea.getExecution().getProcessBusinessKey(), tarea.getTaskDefinitionKey(), tarea.getEventName());
    }

    @Override
    public void notify(DelegateExecution ejecucion) {
      contar(ejecucion.getProcessBusinessKey(), ejecucion.getCurrentActivityId(), ejecucion.getEventName());
    }

    private static void contar(String claveNegocio, String actividad, String evento) {
      VECES.computeIfAbsent(claveNegocio + "/" + actividad + "/" + evento, k -> new AtomicInteger()).incrementAndGet();
    }
  }

  // --- A run that did not end -------------------------------------------------------------------------

  @Test
  void aRunLeftInProgressByANodeThatDiedIsMarkedInterruptedByTheNextStartWhichMigratesTheRest() {
    String clave = clave("interrumpida");
    ProcessDefinition v1 = desplegar(expediente(clave, "1", true));
    List<ProcessInstance> instancias = iniciar(v1, 4);
    ProcessDefinition v2 = desplegar(expediente(clave, "2", true));
    Paso paso = new Paso(clave, 1);
    // the node dies (kill -9) when its second batch begins: nothing of the run is closed
    TransactionTemplate muere = new TransactionTemplate(transacciones) {
      private int lotes;

      @Override
      public <T> T execute(TransactionCallback<T> accion) throws TransactionException {
        if (++lotes == 2) {
          throw new NodoMuerto();
        }
        return super.execute(accion);
      }
    };

    assertThatThrownBy(() -> migraciones(muere, paso).migrar(Origen.ARRANQUE, Auditoria.SISTEMA, d -> d.getKey().equals(clave)))
        .isInstanceOf(NodoMuerto.class);

    EjecucionMigracion interrumpida = registro.ultima().orElseThrow();
    assertThat(interrumpida).extracting(EjecucionMigracion::getEstado, EjecucionMigracion::getTotal, EjecucionMigracion::getMigradas)
        .containsExactly(Estado.EN_CURSO, 4, 2);
    assertThat(interrumpida.getFin()).isNull();
    assertThat(instancias.stream().filter(pi -> definicionDe(pi.getId()).equals(v2.getId()))).hasSize(2);

    // the next start
    EjecucionMigracion siguiente =
        migraciones(tx, paso).migrar(Origen.ARRANQUE, Auditoria.SISTEMA, d -> d.getKey().equals(clave)).orElseThrow();

    EjecucionMigracion antes = ejecuciones.findById(interrumpida.getId()).orElseThrow();
    assertThat(antes.getEstado()).isEqualTo(Estado.INTERRUMPIDA);
    assertThat(antes.getFin()).isNotNull();
    assertThat(siguiente.getId()).isNotEqualTo(interrumpida.getId());
    assertThat(siguiente)
        .extracting(EjecucionMigracion::getOrigen, EjecucionMigracion::getEstado, EjecucionMigracion::getTotal,
            EjecucionMigracion::getMigradas, EjecucionMigracion::getPendientes)
        .containsExactly(Origen.ARRANQUE, Estado.TERMINADA, 2, 2, 0);
    instancias.forEach(pi -> assertThat(definicionDe(pi.getId())).isEqualTo(v2.getId()));
  }

  /** What a node that is killed leaves: nothing after the point where it died runs. */
  static class NodoMuerto extends Error {
    NodoMuerto() {
      super("kill -9");
    }
  }

  // --- The approval of a commitment started before version tags --------------------------------------

  @Test
  void anApprovalWaitingOnTheModelBeforeVersionTagsRunsTheRenamedDelegatesOnceMigrated() throws IOException {
    Ejercicio ejercicio = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    Compromiso compromiso = escenarios.compromiso(escenarios.mesa(ejercicio, "anticorrupcion", sujeto), sujeto);
    ProcessDefinition sinVersion =
        desplegarConFormularios("actualizacion/aprobacion-compromiso-sin-version.bpmn", despliegues::add);
    assertThat(PlanesMigracion.version(sinVersion)).isZero();
    // Task_IniciarRevision of that model names a bean that no longer exists: the instance is placed
    // where the ones of release 0.3.0 wait, after what that task did
    String grupo = aprobaciones.iniciarRevision(ejercicio.getId(), compromiso.getId());
    ProcessInstance pi =
        runtimeService.createProcessInstanceById(sinVersion.getId())
            .businessKey(compromiso.getFolio())
            .setVariable(AprobacionCompromisoBpmn.VAR_EJERCICIO_ID, ejercicio.getId())
            .setVariable(AprobacionCompromisoBpmn.VAR_COMPROMISO_ID, compromiso.getId())
            .setVariable(AprobacionCompromisoBpmn.VAR_GRUPO_RESPONSABLE, grupo)
            .startBeforeActivity(AprobacionCompromisoBpmn.TASK_REVISAR_STL)
            .execute();
    Map<String, Object> devolucion =
        Formularios.variables(
            new FormularioRevisarCompromisoStl(
                null, null, null, null, null, null, null, null, null, true, true, false, true, true,
                AprobacionCompromisoBpmn.DEVOLVER, "Precise el resultado esperado."));
    // on its own version, returning the draft runs ${contarRondasCompromisoDelegate}: gone
    assertThatThrownBy(() -> motor.completar(pi.getId(), AprobacionCompromisoBpmn.TASK_REVISAR_STL, USUARIO_STL, devolucion))
        .hasMessageContaining("Unknown property used in expression")
        .hasMessageContaining("contarRondasCompromisoDelegate");
    assertThat(estadoDe(compromiso)).isEqualTo(EstadoCompromiso.EN_REVISION_STL);
    // the current model and the forms deployed again after it: the latest again, as other tests expect
    // (this deployment stays; the one of the earlier model is deleted after the test)
    ProcessDefinition actual = desplegarConFormularios("processes/aprobacion-compromiso.bpmn", id -> {});
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(AprobacionCompromisoBpmn.KEY)
            .latestVersion().singleResult().getId())
        .isEqualTo(actual.getId());

    EjecucionMigracion ejecucion =
        migracionesDeLaAplicacion.migrar(Origen.ADMINISTRACION, USUARIO, d -> d.getId().equals(sinVersion.getId())).orElseThrow();

    assertThat(ejecucion).extracting(EjecucionMigracion::getMigradas, EjecucionMigracion::getPendientes).containsExactly(1, 0);
    assertThat(registro.resultados(ejecucion.getId()))
        .extracting(ResultadoMigracion::getProceso, ResultadoMigracion::getDesde, ResultadoMigracion::getHasta,
            ResultadoMigracion::getDescripcion)
        .containsExactly(tuple(AprobacionCompromisoBpmn.KEY, 0, 1,
            "De la versión 0 a la 1: Los delegados llevan el nombre de su actividad y los formularios tienen su registro; "
                + "la instancia pasa a la versión 1 con los mismos pasos."));
    assertThat(definicionDe(pi.getId())).isEqualTo(actual.getId());

    motor.completar(pi.getId(), AprobacionCompromisoBpmn.TASK_REVISAR_STL, USUARIO_STL, devolucion);

    motor.tarea(pi.getId(), AprobacionCompromisoBpmn.TASK_ATENDER_OBSERVACIONES);
    assertThat(estadoDe(compromiso)).isEqualTo(EstadoCompromiso.DEVUELTO);
    assertThat(auditoria.historial(compromiso.getFolio()))
        .extracting(RegistroDecision::getDecision)
        .containsExactly(AprobacionCompromisoBpmn.REVISION_INICIADA, AprobacionCompromisoBpmn.DEVUELTO_STL);
  }

  /**
   * Deploys the model with every form of {@code forms/} (the user tasks find their forms in their own
   * deployment) and returns its definition; {@code registrar} receives the deployment's id.
   */
  private ProcessDefinition desplegarConFormularios(String modelo, Consumer<String> registrar) throws IOException {
    PathMatchingResourcePatternResolver recursos = new PathMatchingResourcePatternResolver();
    DeploymentBuilder builder = repositoryService.createDeployment().name("migracion-prueba-" + AprobacionCompromisoBpmn.KEY);
    try (InputStream bpmn = recursos.getResource("classpath:" + modelo).getInputStream()) {
      builder.addInputStream(AprobacionCompromisoBpmn.KEY + ".bpmn", bpmn);
      Resource[] formularios = recursos.getResources("classpath*:forms/**/*.form");
      assertThat(formularios).isNotEmpty();
      for (Resource f : formularios) {
        builder.addInputStream("forms/" + f.getFilename(), f.getInputStream());
      }
      Deployment d = builder.deploy();
      registrar.accept(d.getId());
      return repositoryService.createProcessDefinitionQuery().deploymentId(d.getId()).singleResult();
    }
  }

  private EstadoCompromiso estadoDe(Compromiso compromiso) {
    return compromisos.findById(compromiso.getId()).orElseThrow().getEstado();
  }

  // --- Models and steps --------------------------------------------------------------------------------

  /** A step of the test's own process, described in Spanish like the application's. */
  record Paso(String proceso, int desde, Map<String, String> actividades, Set<String> disparadoresRecalculados, Map<String, Object> variables)
      implements MigracionProceso {

    Paso(String proceso, int desde) {
      this(proceso, desde, Map.of(), Set.of());
    }

    Paso(String proceso, int desde, Map<String, String> actividades, Set<String> disparadoresRecalculados) {
      this(proceso, desde, actividades, disparadoresRecalculados, Map.of());
    }

    @Override
    public String descripcion() {
      return "Paso de prueba de la versión " + desde + " a la " + hasta() + ".";
    }
  }

  private static String clave(String nombre) {
    return "migracion-" + nombre + "-" + SECUENCIA.incrementAndGet();
  }

  private static ProcessBuilder proceso(String clave, String etiqueta) {
    ProcessBuilder p = Bpmn.createExecutableProcess(clave).name("Proceso de prueba " + clave).camundaHistoryTimeToLive(1);
    return etiqueta == null ? p : p.camundaVersionTag(etiqueta);
  }

  /** A review task with a reminder (whose duration is given) and a 48-hour deadline. */
  private static BpmnModelInstance revision(String clave, String etiqueta, String tarea, String recordatorio) {
    return proceso(clave, etiqueta)
        .startEvent("Event_Inicio")
        .userTask(tarea).name("Revisar la solicitud")
        .boundaryEvent("Timer_Recordatorio").name("Recordatorio").cancelActivity(false).timerWithDuration(recordatorio)
        .endEvent("Event_Recordado")
        .moveToActivity(tarea)
        .boundaryEvent("Timer_Vencimiento").name("Vencimiento").timerWithDuration("PT48H")
        .endEvent("Event_Vencido")
        .moveToActivity(tarea)
        .endEvent("Event_Fin")
        .done();
  }

  /** A task with a deadline whose id and duration are given, and a notice after 30 minutes. */
  private static BpmnModelInstance plazos(String clave, String etiqueta, String tarea, String plazo, String duracion) {
    return proceso(clave, etiqueta)
        .startEvent("Event_Inicio")
        .userTask(tarea).name("Atender la solicitud")
        .boundaryEvent(plazo).name("Plazo").timerWithDuration(duracion)
        .endEvent("Event_Vencido")
        .moveToActivity(tarea)
        .boundaryEvent("Timer_Aviso").name("Aviso").cancelActivity(false).timerWithDuration("PT30M")
        .endEvent("Event_Avisado")
        .moveToActivity(tarea)
        .endEvent("Event_Fin")
        .done();
  }

  /** A review task with a one-hour notice inside a subprocess whose id is given. */
  private static BpmnModelInstance etapa(String clave, String etiqueta, String subproceso) {
    return proceso(clave, etiqueta)
        .startEvent("Event_Inicio")
        .subProcess(subproceso).name("Etapa de revisión")
        .embeddedSubProcess()
        .startEvent("Event_InicioEtapa")
        .userTask("Task_Revisar").name("Revisar")
        .boundaryEvent("Timer_Aviso").name("Aviso").cancelActivity(false).timerWithDuration("PT1H")
        .endEvent("Event_Avisado")
        .moveToActivity("Task_Revisar")
        .endEvent("Event_FinEtapa")
        .subProcessDone()
        .endEvent("Event_Fin")
        .done();
  }

  /** Preparing a file, then (when {@code conFirma}) signing it. */
  private static BpmnModelInstance expediente(String clave, String etiqueta, boolean conFirma) {
    var preparar = proceso(clave, etiqueta).startEvent("Event_Inicio").userTask("Task_Preparar").name("Preparar el expediente");
    return (conFirma ? preparar.userTask("Task_Firmar").name("Firmar el expediente") : preparar).endEvent("Event_Fin").done();
  }

  private ProcessDefinition desplegar(BpmnModelInstance modelo) {
    return desplegar(modelo.getModelElementsByType(Process.class).iterator().next().getId(), Bpmn.convertToString(modelo));
  }

  private ProcessDefinition desplegar(String clave, String xml) {
    Deployment d = repositoryService.createDeployment().name("migracion-prueba").addString(clave + ".bpmn", xml).deploy();
    despliegues.add(d.getId());
    return repositoryService.createProcessDefinitionQuery().deploymentId(d.getId()).singleResult();
  }

  /** {@code n} instances of the definition, each with a folio of its own as business key. */
  private List<ProcessInstance> iniciar(ProcessDefinition definicion, int n) {
    List<ProcessInstance> instancias = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String folio = "MIG-" + definicion.getKey().toUpperCase() + "-" + SECUENCIA.incrementAndGet();
      instancias.add(runtimeService.startProcessInstanceById(definicion.getId(), folio));
    }
    return instancias;
  }

  private String definicionDe(String instanciaId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instanciaId).singleResult().getProcessDefinitionId();
  }

  private EstadoVersiones.Proceso enLaPagina(String clave) {
    return estado.procesos().stream().filter(p -> p.clave().equals(clave)).findFirst().orElseThrow();
  }

  private MigracionInstancias migraciones(TransactionTemplate transaccion, MigracionProceso... pasos) {
    return new MigracionInstancias(
        runtimeService, repositoryService, new PlanesMigracion(List.of(pasos), runtimeService, repositoryService), registro, transaccion, LOTE);
  }

  /** An administrator's run over the test's process only, with these steps. */
  private Optional<EjecucionMigracion> migrar(String clave, MigracionProceso... pasos) {
    return migraciones(tx, pasos).migrar(Origen.ADMINISTRACION, USUARIO, d -> d.getKey().equals(clave));
  }
}
