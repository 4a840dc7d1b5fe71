package mx.infoqro.gobiernoabierto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.programarSesiones;
import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.propuesta;
import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.registrarSesion;
import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.respuesta;
import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.responderPropuestas;
import static mx.infoqro.gobiernoabierto.mesa.FormulariosMesaPrueba.sesion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import mx.infoqro.gobiernoabierto.comun.Formulario;
import mx.infoqro.gobiernoabierto.comun.Formularios;
import mx.infoqro.gobiernoabierto.comun.ValidacionException;
import mx.infoqro.gobiernoabierto.compromiso.AprobacionCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambioCompromisoBpmn;
import mx.infoqro.gobiernoabierto.compromiso.CambiosPrueba;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso;
import mx.infoqro.gobiernoabierto.compromiso.Compromiso.ValorGobiernoAbierto;
import mx.infoqro.gobiernoabierto.compromiso.Evaluacion;
import mx.infoqro.gobiernoabierto.compromiso.FormularioAceptarCompromiso;
import mx.infoqro.gobiernoabierto.compromiso.FormularioRevisarCompromisoStl;
import mx.infoqro.gobiernoabierto.compromiso.Hito;
import mx.infoqro.gobiernoabierto.ejercicio.ConsultaEjercicios;
import mx.infoqro.gobiernoabierto.ejercicio.Ejercicio;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioBpmn;
import mx.infoqro.gobiernoabierto.ejercicio.EjercicioService;
import mx.infoqro.gobiernoabierto.ejercicio.FormularioAprobarConvocatoria;
import mx.infoqro.gobiernoabierto.mesa.Mesa;
import mx.infoqro.gobiernoabierto.mesa.MesaBpmn;
import mx.infoqro.gobiernoabierto.mesa.MesaService;
import mx.infoqro.gobiernoabierto.mesa.Propuesta;
import mx.infoqro.gobiernoabierto.mesa.Propuesta.DecisionRespuesta;
import mx.infoqro.gobiernoabierto.mesa.PropuestaRepository;
import mx.infoqro.gobiernoabierto.mesa.SesionRepository;
import mx.infoqro.gobiernoabierto.mesa.FormularioProgramarSesionStl;
import mx.infoqro.gobiernoabierto.mesa.SesionStlBpmn;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlProcesos;
import mx.infoqro.gobiernoabierto.mesa.SesionesStlPrueba;
import mx.infoqro.gobiernoabierto.ejercicio.StlService;
import mx.infoqro.gobiernoabierto.privacidad.DerechoArco;
import mx.infoqro.gobiernoabierto.privacidad.DerechosArcoBpmn;
import mx.infoqro.gobiernoabierto.privacidad.SolicitudesArco;
import mx.infoqro.gobiernoabierto.registro.Registro;
import mx.infoqro.gobiernoabierto.registro.RegistroParticipanteBpmn;
import mx.infoqro.gobiernoabierto.registro.RegistroRepository;
import mx.infoqro.gobiernoabierto.registro.Sector;
import mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresBpmn;
import mx.infoqro.gobiernoabierto.rendicion.VigilanciaEstandaresProcesos;
import mx.infoqro.gobiernoabierto.seguimiento.SeguimientoBpmn;
import mx.infoqro.gobiernoabierto.sujeto.SujetoObligado;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Every form in {@code forms/}, read from its file, at the limit of what it allows (issue 10): each
 * editable text field must have a {@code validate.maxLength}; filled to it with accents and
 * multi-byte characters (emoji too), submitted as Tasklist submits it (every text an untyped
 * String, read-only fields included) through {@code FormService.submitTaskForm} ({@code Motor.enviar}), the task completes
 * for every option of its decision and the steps it leads to run without an incident; one
 * character more in any field is refused with that field's Spanish message and changes nothing.
 *
 * <p>And, in so many words, the root fix of long texts: a call text of 4,001 or 20,000 characters
 * submitted as Tasklist submits it is stored, shown to the Pleno, and leaves no history.
 *
 * <p>Runs on H2 ({@code FormulariosAlLimiteH2Test}) and on embedded PostgreSQL ({@code
 * FormulariosAlLimitePostgresTest}). The form of each user task of the tables ({@code
 * TAREAS_USUARIO}) needs a way to reach a fresh task of it ({@link #llegadas}); a task without one
 * fails, naming it.
 */
public abstract class FormulariosAlLimite extends PruebaIntegracion {

  /** Text that mixes accents, ñ, symbols and characters outside the BMP (two UTF-16 units each). */
  private static final String RELLENO = "Información pública — ñandú, acción, pingüino y €uro 😀 «Querétaro» ";

  private static final Path FORMULARIOS = Path.of(System.getProperty("modelos.dir", ".")).resolve("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The text fields whose rules want a web address (a session's link, an evidence's URL). */
  private static final Set<String> DIRECCIONES_WEB = Set.of("enlace", "nuevaSesionEnlace", "url");
  private static final Map<String, String> DECISIONES = decisionesDeLosRegistros();

  /** The key of the call's text in forms/preparar-convocatoria.form, as Tasklist submits it. */
  private static final String CAMPO_TEXTO = "texto";

  @Autowired EjercicioService ejercicioService;
  @Autowired ConsultaEjercicios ejercicios;
  @Autowired Formularios formularios;
  @Autowired SolicitudesArco solicitudesArco;
  @Autowired RegistroRepository registros;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired StlService stl;
  @Autowired SesionesStlProcesos sesionesStl;
  @Autowired VigilanciaEstandaresProcesos vigilancia;
  @Autowired MesaService mesaService;
  @Autowired SesionRepository sesiones;
  @Autowired PropuestaRepository propuestas;
  @Autowired CambiosPrueba cambiosPrueba;

  /** A field of a form as the file declares it. */
  record Campo(String clave, String tipo, String etiqueta, Integer maximo, boolean soloLectura, List<Object> opciones,
      List<Campo> hijos) {
    boolean texto() {
      return tipo.equals("textfield") || tipo.equals("textarea");
    }
  }

  /**
   * A fresh task of a form; the values of its non-text fields that its rules need (else the
   * prefilled ones; a dynamic list's rows are laid over the prefilled rows); the fields hidden for
   * the decision taken, which form-js does not submit.
   */
  record Tarea(String id, Map<String, Object> base, Set<String> ocultos) {
    Tarea(String id, Map<String, Object> base) {
      this(id, base, Set.of());
    }
  }

  /**
   * How to reach a fresh task of each form, for an option of its decision, through the real
   * services and the engine: one entry per form of the user tasks' tables.
   */
  private Map<String, Function<Object, Tarea>> llegadas() {
    Map<String, Function<Object, Tarea>> llegadas = new LinkedHashMap<>();
    // ejercicio
    llegadas.put("preparar-convocatoria", opcion -> new Tarea(tarea(edicion().getFolio()), Map.of()));
    llegadas.put("aprobar-convocatoria", opcion -> {
      String folio = edicion().getFolio();
      // the call as comision left it at the limit: the Pleno's form shows a 20,000-character text
      completarAlLimite("preparar-convocatoria", new Tarea(tarea(folio), Map.of()), null);
      return new Tarea(tarea(folio), Map.of());
    });
    llegadas.put("instalar-stl", opcion -> new Tarea(tareaStl(), Map.of(
        "fechaInstalacion", LocalDate.now().toString(),
        "integrantes", List.of(
            Map.of("sector", "COMISION"), Map.of("sector", "GOBIERNO"), Map.of("sector", "SOCIEDAD_CIVIL")))));
    llegadas.put("firmar-plan-accion", opcion -> {
      // the plan integrated by its own step, of an edition with one approved commitment to follow up
      Ejercicio e = ejercicios.ejercicio(escenarios.compromisoAprobado().ejercicioId());
      String pi = escenarios.edicionEn(e, EjercicioBpmn.TASK_INTEGRAR_PLAN).getId();
      ejecutar(pi, EjercicioBpmn.TASK_INTEGRAR_PLAN);
      return new Tarea(tareaEn(pi, EjercicioBpmn.TASK_FIRMAR_PLAN), Map.of("planFirmado", true));
    });
    llegadas.put("preparar-informe-final", opcion ->
        new Tarea(tareaEdicionEn(escenarios.ejercicio(), EjercicioBpmn.TASK_PREPARAR_INFORME), Map.of()));
    llegadas.put("aprobar-informe-final", opcion -> {
      Ejercicio e = escenarios.ejercicio();
      // the report as comision left it at the limit: the Pleno reads 20,000 characters
      completarAlLimite("preparar-informe-final", new Tarea(tareaEdicionEn(e, EjercicioBpmn.TASK_PREPARAR_INFORME), Map.of()), null);
      return new Tarea(tarea(e.getFolio()), Map.of());
    });
    // registro, privacidad
    llegadas.put("validar-enlace", opcion -> new Tarea(tareaValidacion(), Map.of()));
    llegadas.put("atender-solicitud-arco", opcion -> new Tarea(tareaArco(), Map.of()));
    // mesa
    llegadas.put("programar-sesiones", opcion -> new Tarea(
        tareaEn(mesaEnCocreacion().pi(), MesaBpmn.TASK_PROGRAMAR_SESIONES),
        Map.of("sesiones", List.of(Map.of("fechaHora", dentroDe(7))))));
    llegadas.put("registrar-sesion", opcion -> {
      MesaEnCurso m = sesionPorRegistrar();
      boolean cerrada = Boolean.TRUE.equals(opcion);
      Map<String, Object> base = new LinkedHashMap<>(Map.of("sesionId", String.valueOf(m.sesionId()), "asistentes", 14));
      if (!cerrada) {
        base.put("nuevaSesionFechaHora", dentroDe(14));
      }
      return new Tarea(tareaEn(m.pi(), MesaBpmn.TASK_REGISTRAR_SESION), base,
          cerrada ? Set.of("nuevaSesionFechaHora", "nuevaSesionLugar", "nuevaSesionEnlace") : Set.of());
    });
    llegadas.put("programar-sesion-stl", opcion -> new Tarea(
        tareaEn(sesionesStl.iniciar(SesionesStlPrueba.conStl(escenarios.ejercicio(), stl, tx).getId()).getId(),
            SesionStlBpmn.TASK_PROGRAMAR_SESION_STL),
        Map.of("fechaHora", dentroDe(7))));
    llegadas.put("registrar-sesion-stl", opcion -> {
      Ejercicio e = SesionesStlPrueba.conStl(escenarios.ejercicio(), stl, tx);
      String pi = sesionesStl.iniciar(e.getId()).getId();
      motor.completar(pi, SesionStlBpmn.TASK_PROGRAMAR_SESION_STL, "comision", Formularios.variables(
          FormularioProgramarSesionStl.programar(e.getId(), OffsetDateTime.now().plusDays(7), "Sala", null, "Orden del día")));
      return new Tarea(tareaEn(pi, SesionStlBpmn.TASK_REGISTRAR_SESION_STL),
          Map.of("asistentesComision", 1, "asistentesGobierno", 2, "asistentesSociedadCivil", 2));
    });
    // rendicion: an edition whose forum never met, so its watch warns at once
    llegadas.put("atender-aviso-estandar", opcion -> {
      Ejercicio e = escenarios.ejercicio();
      vigilancia.iniciar(e.getId());
      String pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(VigilanciaEstandaresBpmn.KEY)
          .processInstanceBusinessKey(e.getFolio()).singleResult().getId();
      return new Tarea(taskService.createTaskQuery().processInstanceId(pi)
          .taskDefinitionKey(VigilanciaEstandaresBpmn.TASK_ATENDER_AVISO_ESTANDAR).list().get(0).getId(), Map.of("avisoEnterado", true));
    });
    llegadas.put("responder-propuestas", opcion -> {
      MesaEnCurso m = propuestasPorResponder();
      List<Long> ids = propuestas.findByMesaIdOrderById(m.mesa().getId()).stream().map(Propuesta::getId).toList();
      return new Tarea(tareaEn(m.pi(), MesaBpmn.TASK_RESPONDER_PROPUESTAS), Map.of("respuestas", List.of(
          Map.of("propuestaId", String.valueOf(ids.get(0)), "decision", DecisionRespuesta.INCORPORADA.name()),
          Map.of("propuestaId", String.valueOf(ids.get(1)), "decision", DecisionRespuesta.FUSIONADA.name(),
              "fusionadaCon", String.valueOf(ids.get(0))))));
    });
    llegadas.put("redactar-compromisos", opcion -> {
      MesaEnCurso m = propuestasPorResponder();
      List<Long> ids = propuestas.findByMesaIdOrderById(m.mesa().getId()).stream().map(Propuesta::getId).toList();
      motor.enviar(tareaEn(m.pi(), MesaBpmn.TASK_RESPONDER_PROPUESTAS), responderPropuestas(
          respuesta(ids.get(0), DecisionRespuesta.INCORPORADA, "Se incorpora.", null),
          respuesta(ids.get(1), DecisionRespuesta.NO_INCORPORADA, "Fuera del alcance de la mesa.", null)));
      LocalDate inicio = LocalDate.of(m.mesa().getEjercicio().getAnio(), 8, 1);
      return new Tarea(tareaEn(m.pi(), MesaBpmn.TASK_REDACTAR_COMPROMISOS), Map.of("compromisos", List.of(Map.of(
          "valores", List.of(ValorGobiernoAbierto.TRANSPARENCIA.name()),
          "sujetoResponsableId", String.valueOf(m.sujeto().getId()),
          "fechaInicio", inicio.toString(),
          "fechaFin", inicio.plusMonths(12).toString(),
          "propuestasAtendidas", List.of(String.valueOf(ids.get(0))),
          "hitos", List.of(
              Map.of("fechaInicio", inicio.toString(), "fechaFin", inicio.plusMonths(6).toString()),
              Map.of("fechaInicio", inicio.plusMonths(6).toString(), "fechaFin", inicio.plusMonths(12).toString()))))));
    });
    llegadas.put("responder-propuesta-portal", opcion -> {
      MesaEnCurso m = sesionPorRegistrar();
      Long autor = m.mesa().getIntegrantes().iterator().next().getParticipante().getId();
      Propuesta otra = mesaService.proponerDesdePortal(m.mesa().getId(), autor, propuesta(null, "Problema anterior.", null, "Propuesta anterior."));
      Propuesta esta = mesaService.proponerDesdePortal(m.mesa().getId(), autor, propuesta(null, "Problema.", null, "Propuesta."));
      String tarea = taskService.createTaskQuery().processInstanceId(m.pi()).taskDefinitionKey(MesaBpmn.TASK_RESPONDER_PROPUESTA_PORTAL)
          .list().stream()
          .filter(t -> esta.getId().equals(taskService.getVariable(t.getId(), MesaBpmn.VAR_PROPUESTA_PORTAL_ID)))
          .findFirst().orElseThrow().getId();
      return new Tarea(tarea, Map.of("fusionadaCon", String.valueOf(otra.getId())),
          DecisionRespuesta.FUSIONADA.name().equals(opcion) ? Set.of() : Set.of("fusionadaCon"));
    });
    // compromiso
    llegadas.put("revisar-compromiso-stl", opcion -> new Tarea(
        tareaAprobacion(AprobacionCompromisoBpmn.TASK_REVISAR_STL),
        Map.of("especifico", true, "verificable", true, "relevante", true, "hitosConFechas", true, "conSujetoResponsable", true)));
    llegadas.put("aceptar-compromiso", opcion -> new Tarea(tareaAprobacion(AprobacionCompromisoBpmn.TASK_ACEPTAR), Map.of()));
    llegadas.put("aprobar-compromiso-pleno", opcion -> new Tarea(tareaAprobacion(AprobacionCompromisoBpmn.TASK_APROBAR_PLENO), Map.of()));
    llegadas.put("atender-observaciones", opcion -> new Tarea(
        tareaAprobacion(AprobacionCompromisoBpmn.TASK_ATENDER_OBSERVACIONES),
        Map.of("valores", List.of(ValorGobiernoAbierto.TRANSPARENCIA.name(), ValorGobiernoAbierto.PARTICIPACION_CIUDADANA.name()))));
    // compromiso: a change to a commitment in implementation
    llegadas.put("solicitar-cambio", opcion -> {
      var plan = cambiosPrueba.enImplementacion(1);
      return new Tarea(tareaEn(cambiosPrueba.iniciar(CambiosPrueba.COMISION).getId(), CambioCompromisoBpmn.TASK_SOLICITAR_CAMBIO),
          Map.of("folio", plan.compromisos().get(0).getFolio(),
              "hitos", List.of(Map.of("numero", 1, "fechaFin", plan.compromisos().get(0).getFechaFin().toString()))));
    });
    llegadas.put("atender-observaciones-cambio", opcion -> new Tarea(
        tareaEn(cambiosPrueba.devuelta(cambiosPrueba.enImplementacion(1)).getId(), CambioCompromisoBpmn.TASK_ATENDER_OBSERVACIONES),
        Map.of()));
    llegadas.put("revisar-cambio-stl", opcion -> new Tarea(
        tareaEn(cambiosPrueba.enRevision(cambiosPrueba.enImplementacion(1)).getId(), CambioCompromisoBpmn.TASK_REVISAR_CAMBIO_STL),
        Map.of(),
        CambioCompromisoBpmn.APROBAR.equals(opcion) ? Set.of("observaciones", "motivoRechazo")
            : CambioCompromisoBpmn.DEVOLVER.equals(opcion) ? Set.of("motivoRechazo") : Set.of("observaciones")));
    llegadas.put("aprobar-cambio-pleno", opcion -> new Tarea(
        tareaEn(cambiosPrueba.enPleno(cambiosPrueba.enImplementacion(1)).getId(), CambioCompromisoBpmn.TASK_APROBAR_PLENO),
        Map.of(),
        CambioCompromisoBpmn.APROBAR.equals(opcion) ? Set.of("motivoRechazo") : Set.of()));
    // seguimiento
    llegadas.put("reportar-avance", opcion -> tareaReporte());
    llegadas.put("verificar-reporte", opcion -> {
      Tarea reporte = tareaReporte();
      String pi = taskService.createTaskQuery().taskId(reporte.id()).singleResult().getProcessInstanceId();
      // the report as the agency sent it at the limit: the commission reads every text whole
      completarAlLimite("reportar-avance", reporte, null);
      return new Tarea(tareaEn(pi, SeguimientoBpmn.TASK_VERIFICAR_REPORTE), Map.of());
    });
    llegadas.put("evaluar-compromiso", opcion -> {
      String pi = escenarios.seguimiento(escenarios.compromisoAprobado()).getId();
      motor.dispararTimer(pi, SeguimientoBpmn.TIMER_FIN_PLAN);
      return new Tarea(tareaEn(pi, SeguimientoBpmn.TASK_EVALUAR_COMPROMISO), Map.of(
          "potencial", Evaluacion.Potencial.SUSTANCIAL.name(),
          "cumplimiento", Evaluacion.Cumplimiento.SUSTANCIAL.name(),
          "abrioGobierno", Evaluacion.AperturaGobierno.SIGNIFICATIVO.name()));
    });
    return llegadas;
  }

  @Test
  void everyUserTaskOfTheTablesHasAWayToReachIt() {
    TareasUsuario.cadaFormularioEn(
        "FormulariosAlLimite.llegadas() (src/test/java/mx/infoqro/gobiernoabierto/FormulariosAlLimite.java)",
        llegadas().keySet());
  }

  @TestFactory
  Stream<DynamicNode> everyFormCompletesAtTheLimitOfItsTextFieldsAndRefusesOneCharacterMore() throws IOException {
    Map<String, Function<Object, Tarea>> llegadas = llegadas();
    List<DynamicNode> nodos = new ArrayList<>();
    try (Stream<Path> archivos = Files.list(FORMULARIOS)) {
      for (Path archivo : archivos.filter(a -> a.toString().endsWith(".form")).sorted().toList()) {
        String id = archivo.getFileName().toString().replaceFirst("\\.form$", "");
        List<Campo> campos = campos(archivo);
        List<DynamicNode> pruebas = new ArrayList<>();
        pruebas.add(dynamicTest("every editable text field has a maxLength", () -> conMaximo(campos)));
        Function<Object, Tarea> llegada = llegadas.get(id);
        if (llegada == null) {
          pruebas.add(dynamicTest("has a way to reach its task", () ->
              fail("%s (form %s): add how to reach it to FormulariosAlLimite.llegadas() (%s)",
                  TareasUsuario.deFormulario(id).id(), id, TareasUsuario.LISTA)));
        } else {
          for (Object opcion : opcionesDeDecision(id, campos)) {
            pruebas.add(dynamicTest("completes at the limit" + (opcion == null ? "" : ", decision " + opcion),
                () -> {
                  try {
                    Tarea tarea = llegada.apply(opcion);
                    rechazaUnoMas(id, campos, tarea, opcion);
                    completarAlLimite(id, tarea, opcion);
                  } finally {
                    motor.relojReal(); // a follow-up's timers move the engine's clock; dynamic tests share one @AfterEach
                  }
                }));
          }
        }
        nodos.add(dynamicContainer(id, pruebas));
      }
    }
    assertThat(nodos).as("forms checked").isNotEmpty();
    return nodos.stream();
  }

  @Test
  void aCallTextOf4001Or20000CharactersTypedInTasklistIsStoredShownToThePlenoAndKeptOutOfHistory() {
    for (int largo : new int[] {4001, 20000}) {
      Ejercicio e = edicion();
      String texto = lleno("texto", largo);

      // Tasklist sends the textarea as an untyped value: a String, though it was prefilled as Json
      motor.enviar(tarea(e.getFolio()), Map.of(CAMPO_TEXTO, texto));

      assertThat(ejercicios.convocatoria(e.getId()).orElseThrow().getTexto()).isEqualTo(texto);
      FormularioAprobarConvocatoria pleno =
          formularios.mostrado(formService().getTaskFormVariables(tarea(e.getFolio())), FormularioAprobarConvocatoria.class);
      assertThat(pleno.texto()).isEqualTo(texto);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(e.getProcessInstanceId())
              .variableName(CAMPO_TEXTO).count())
          .isZero();
    }
  }

  // --- The checks ---------------------------------------------------------------------------------

  private static void conMaximo(List<Campo> campos) {
    List<String> sinMaximo = new ArrayList<>();
    for (Campo c : todos(campos)) {
      if (c.texto() && !c.soloLectura() && c.maximo() == null) {
        sinMaximo.add(c.clave());
      }
    }
    assertThat(sinMaximo).as("editable text fields without validate.maxLength").isEmpty();
  }

  /** One character more in each text field, one at a time: the field's message, the task still open. */
  private void rechazaUnoMas(String formulario, List<Campo> campos, Tarea tarea, Object opcion) {
    for (Campo texto : textosEditables(campos, tarea.ocultos())) {
      Map<String, Object> envio = envio(formulario, campos, tarea, opcion, texto, texto.maximo() + 1);
      Throwable error = catchThrowable(() -> motor.enviar(tarea.id(), envio));
      assertThat(error)
          .as("%s: %s with %d characters", formulario, texto.clave(), texto.maximo() + 1)
          .isNotNull()
          .hasRootCauseInstanceOf(ValidacionException.class)
          .hasMessageContaining(texto.etiqueta())
          .hasMessageContaining("admite hasta " + texto.maximo() + " caracteres");
      assertThat(taskService.createTaskQuery().taskId(tarea.id()).count()).isEqualTo(1);
    }
  }

  /** The editable text fields with a maximum, those of dynamic lists (and their nested lists) included. */
  private static List<Campo> textosEditables(List<Campo> campos, Set<String> ocultos) {
    List<Campo> textos = new ArrayList<>();
    for (Campo c : campos) {
      if (ocultos.contains(c.clave())) {
        continue;
      }
      if (c.tipo().equals("dynamiclist")) {
        textos.addAll(textosEditables(c.hijos(), Set.of()));
      } else if (c.texto() && !c.soloLectura() && c.maximo() != null) {
        textos.add(c);
      }
    }
    return textos;
  }

  /** Every text at its maximum: the task completes and what follows it runs without an incident. */
  private void completarAlLimite(String formulario, Tarea tarea, Object opcion) {
    List<Campo> campos = campos(FORMULARIOS.resolve(formulario + ".form"));
    Task antes = taskService.createTaskQuery().taskId(tarea.id()).singleResult();
    motor.enviar(tarea.id(), envio(formulario, campos, tarea, opcion, null, 0));
    assertThat(taskService.createTaskQuery().taskId(tarea.id()).count()).as("%s completed", formulario).isZero();
    // the asynchronous steps the completion led to (publication, mail queued, the right carried out)
    for (int vuelta = 0; vuelta < 10; vuelta++) {
      List<Job> continuaciones =
          managementService.createJobQuery().processInstanceId(antes.getProcessInstanceId()).messages().executable().list();
      if (continuaciones.isEmpty()) {
        break;
      }
      continuaciones.forEach(j -> motor.ejecutar(j.getId()));
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(antes.getProcessInstanceId()).count()).isZero();
  }

  /**
   * What Tasklist submits: every field of the form as the task shows it, read-only ones included
   * (texts as Strings, whatever type they were prefilled with), hidden ones left out, editable texts
   * filled to their maximum (the field {@code largo} to {@code longitud} instead), the decision and
   * the base values; a dynamic list's rows are the prefilled ones with the base rows laid over them.
   */
  private Map<String, Object> envio(
      String formulario, List<Campo> campos, Tarea tarea, Object opcion, Campo largo, int longitud) {
    var mostrado = taskService.getVariablesLocalTyped(tarea.id());
    String decision = decision(formulario, campos);
    Map<String, Object> envio = new LinkedHashMap<>();
    for (Campo c : campos) {
      Object base = tarea.base().get(c.clave());
      if (tarea.ocultos().contains(c.clave())) {
        continue; // form-js does not submit a hidden field
      } else if (c.clave().equals(decision)) {
        envio.put(c.clave(), opcion);
      } else if (c.texto()) {
        envio.put(c.clave(), c.soloLectura() || c.maximo() == null
            ? texto(mostrado.getValueTyped(c.clave()))
            : relleno(c, largo, longitud));
      } else if (c.tipo().equals("dynamiclist")) {
        List<Map<String, Object>> filas = filas(mostrado.getValueTyped(c.clave()));
        List<Map<String, Object>> bases = filas(base);
        for (int i = 0; i < bases.size(); i++) {
          if (i < filas.size()) {
            filas.get(i).putAll(bases.get(i));
          } else {
            filas.add(bases.get(i));
          }
        }
        envio.put(c.clave(), Formularios.json(llenas(c, filas, largo, longitud)));
      } else if (base != null) {
        envio.put(c.clave(), base);
      } else if (mostrado.getValueTyped(c.clave()) != null) {
        envio.put(c.clave(), mostrado.getValueTyped(c.clave()));
      }
    }
    return envio;
  }

  /** The rows of a dynamic list (at least one) with their editable texts, nested lists' too, filled. */
  private static List<Map<String, Object>> llenas(Campo lista, List<Map<String, Object>> filas, Campo largo, int longitud) {
    List<Map<String, Object>> llenas = new ArrayList<>();
    for (Map<String, Object> fila : filas.isEmpty() ? List.<Map<String, Object>>of(Map.of()) : filas) {
      Map<String, Object> llena = new LinkedHashMap<>(fila);
      for (Campo h : lista.hijos()) {
        if (h.tipo().equals("dynamiclist")) {
          llena.put(h.clave(), llenas(h, filas(llena.get(h.clave())), largo, longitud));
        } else if (h.texto() && !h.soloLectura() && h.maximo() != null) {
          llena.put(h.clave(), relleno(h, largo, longitud));
        }
      }
      llenas.add(llena);
    }
    return llenas;
  }

  /** A list's rows as mutable maps, from the rows given or a Json value as the form shows it. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> filas(Object valor) {
    Object lista = valor instanceof TypedValue tipado ? tipado.getValue() : valor;
    if (lista instanceof SpinJsonNode nodo) {
      try {
        lista = JSON.readValue(nodo.toString(), List.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Map<String, Object>> filas = new ArrayList<>();
    if (lista instanceof List<?> elementos) {
      elementos.forEach(f -> filas.add(new LinkedHashMap<>((Map<String, Object>) f)));
    }
    return filas;
  }

  /** A text field filled to its maximum (or {@code largo} to {@code longitud}); a web address where the rules want one. */
  private static String relleno(Campo campo, Campo largo, int longitud) {
    int n = campo == largo ? longitud : campo.maximo();
    return DIRECCIONES_WEB.contains(campo.clave()) ? direccion(campo.clave(), n) : lleno(campo.clave(), n);
  }

  // --- Reaching the tasks -------------------------------------------------------------------------

  private Ejercicio edicion() {
    return ejercicioService.iniciar(escenarios.nuevoAnio(), "comision");
  }

  private String tarea(String claveNegocio) {
    return taskService.createTaskQuery().processInstanceBusinessKey(claveNegocio).singleResult().getId();
  }

  private String tareaEn(String processInstanceId, String actividad) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(actividad).singleResult().getId();
  }

  private String tareaEdicionEn(Ejercicio ejercicio, String actividad) {
    return tareaEn(escenarios.edicionEn(ejercicio, actividad).getId(), actividad);
  }

  /** A date and time a week or two ahead, as form-js submits it. */
  private static String dentroDe(int dias) {
    return OffsetDateTime.now().plusDays(dias).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** An installed table in co-creation, its agency, its case and the session its case waits to be recorded (if any). */
  private record MesaEnCurso(Mesa mesa, SujetoObligado sujeto, String pi, Long sesionId) {}

  private MesaEnCurso mesaEnCocreacion() {
    Ejercicio e = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    Mesa mesa = escenarios.mesa(e, "anticorrupcion", sujeto);
    return new MesaEnCurso(mesa, sujeto, escenarios.cocreacion(mesa).getId(), null);
  }

  /** Task_RegistrarSesion's case: one session scheduled. */
  private MesaEnCurso sesionPorRegistrar() {
    MesaEnCurso m = mesaEnCocreacion();
    motor.enviar(tareaEn(m.pi(), MesaBpmn.TASK_PROGRAMAR_SESIONES),
        programarSesiones(sesion(OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.MINUTES), "Sala de la Comisión", null)));
    Long sesionId = sesiones.findByMesaIdOrderByNumero(m.mesa().getId()).get(0).getId();
    return new MesaEnCurso(m.mesa(), m.sujeto(), m.pi(), sesionId);
  }

  /** Task_ResponderPropuestas's case: the session recorded with two proposals, the table's work done. */
  private MesaEnCurso propuestasPorResponder() {
    MesaEnCurso m = sesionPorRegistrar();
    motor.enviar(tareaEn(m.pi(), MesaBpmn.TASK_REGISTRAR_SESION),
        registrarSesion(m.sesionId(), true, null, List.of(
            propuesta("Organización Agua Limpia A.C.", "No se conoce la calidad del agua.", null, "Publicar el monitoreo."),
            propuesta("Participante", "Las pipas no tienen horario.", null, "Publicar rutas y horarios."))));
    return m;
  }

  /**
   * A task of a new draft's approval: the STL's review, the agency's answer after the STL approved,
   * the Pleno's decision after the agency accepted, or the table's revision after the STL returned it.
   */
  private String tareaAprobacion(String actividad) {
    Ejercicio e = escenarios.ejercicio();
    SujetoObligado sujeto = escenarios.sujeto();
    Compromiso compromiso = escenarios.compromiso(escenarios.mesa(e, "anticorrupcion", sujeto), sujeto);
    String pi = escenarios.aprobacion(compromiso).getId();
    if (actividad.equals(AprobacionCompromisoBpmn.TASK_ATENDER_OBSERVACIONES)) {
      motor.enviar(tareaEn(pi, AprobacionCompromisoBpmn.TASK_REVISAR_STL), Formularios.variables(
          FormularioRevisarCompromisoStl.decision(AprobacionCompromisoBpmn.DEVOLVER, "Los hitos no tienen un producto verificable.")));
    }
    if (actividad.equals(AprobacionCompromisoBpmn.TASK_ACEPTAR) || actividad.equals(AprobacionCompromisoBpmn.TASK_APROBAR_PLENO)) {
      motor.enviar(tareaEn(pi, AprobacionCompromisoBpmn.TASK_REVISAR_STL),
          Formularios.variables(FormularioRevisarCompromisoStl.decision(AprobacionCompromisoBpmn.APROBAR, null)));
    }
    if (actividad.equals(AprobacionCompromisoBpmn.TASK_APROBAR_PLENO)) {
      motor.enviar(tareaEn(pi, AprobacionCompromisoBpmn.TASK_ACEPTAR),
          Formularios.variables(FormularioAceptarCompromiso.decision(AprobacionCompromisoBpmn.ACEPTAR, null)));
    }
    return tareaEn(pi, actividad);
  }

  /** Task_ReportarAvance of an approved commitment whose first report cycle came, its milestones' status given. */
  private Tarea tareaReporte() {
    String pi = escenarios.seguimiento(escenarios.compromisoAprobado()).getId();
    motor.dispararTimer(pi, SeguimientoBpmn.TIMER_CICLO_REPORTE);
    return new Tarea(tareaEn(pi, SeguimientoBpmn.TASK_REPORTAR_AVANCE), Map.of("avances", List.of(
        Map.of("estado", Hito.EstadoHito.EN_PROCESO.name(), "porcentaje", 40),
        Map.of("estado", Hito.EstadoHito.EN_PROCESO.name(), "porcentaje", 10))));
  }

  /** Task_InstalarStl of an edition whose call was published and whose registration closed. */
  private String tareaStl() {
    Ejercicio e = edicion();
    String pi = e.getProcessInstanceId();
    motor.enviar(tarea(e.getFolio()), Map.of());
    motor.enviar(tarea(e.getFolio()), Map.of(EjercicioBpmn.VAR_DECISION_CONVOCATORIA, EjercicioBpmn.APROBAR));
    ejecutar(pi, EjercicioBpmn.TASK_PUBLICAR_CONVOCATORIA);
    ejecutar(pi, EjercicioBpmn.TIMER_CIERRE_REGISTRO);
    if (managementService.createJobQuery().processInstanceId(pi).activityId(EjercicioBpmn.TIMER_RECORDATORIO_REGISTRO).count() > 0) {
      ejecutar(pi, EjercicioBpmn.TIMER_RECORDATORIO_REGISTRO);
      ejecutar(pi, EjercicioBpmn.TASK_RECORDAR_REGISTRO);
    }
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(EjercicioBpmn.TASK_INSTALAR_STL)
        .singleResult().getId();
  }

  /** Task_ValidarEnlace of an agency liaison's confirmed registration, before the registration closes. */
  private String tareaValidacion() {
    Ejercicio e = escenarios.ejercicio();
    Registro r = escenarios.registro(e, Sector.GOBIERNO, escenarios.sujeto(), "anticorrupcion");
    tx.executeWithoutResult(s -> registros.findById(r.getId()).orElseThrow().setEstado(Registro.EstadoRegistro.PENDIENTE_VALIDACION));
    String pi = runtimeService.startProcessInstanceByKey(
        RegistroParticipanteBpmn.KEY,
        RegistroParticipanteBpmn.claveNegocio(e.getFolio(), r.getId()),
        Variables.createVariables()
            .putValue(RegistroParticipanteBpmn.VAR_REGISTRO_ID, r.getId())
            .putValue(RegistroParticipanteBpmn.VAR_EJERCICIO_ID, e.getId())
            .putValue(RegistroParticipanteBpmn.VAR_REQUIERE_VALIDACION, true)
            .putValue(RegistroParticipanteBpmn.VAR_CIERRE_REGISTRO, new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000)))
        .getId();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  /** Task_AtenderSolicitudArco of an access request whose identity was confirmed. */
  private String tareaArco() {
    String folio = solicitudesArco.recibir(
        "Persona al límite", "limite" + escenarios.nuevoAnio() + "@example.org", DerechoArco.ACCESO,
        "Quiero conocer mis datos.", null, null, null);
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(folio).singleResult().getId();
    ejecutar(pi, DerechosArcoBpmn.TASK_ENVIAR_CONFIRMACION);
    solicitudesArco.confirmarIdentidad(jdbc.queryForObject("select token from solicitud_arco where folio = ?", String.class, folio));
    return taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  private void ejecutar(String processInstanceId, String actividad) {
    motor.ejecutar(processInstanceId, actividad);
  }

  private org.camunda.bpm.engine.FormService formService() {
    return processEngine.getFormService();
  }

  // --- The form files ----------------------------------------------------------------------------

  static List<Campo> campos(Path archivo) {
    try {
      return campos(JSON.readTree(archivo.toFile()).path("components"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Campo> campos(JsonNode componentes) {
    List<Campo> campos = new ArrayList<>();
    for (JsonNode c : componentes) {
      String tipo = c.path("type").asText();
      String clave = c.hasNonNull("key") ? c.get("key").asText() : c.path("path").asText(null);
      if (clave == null || clave.isEmpty() || (!tipo.equals("dynamiclist") && c.has("components"))) {
        campos.addAll(campos(c.path("components")));
        continue;
      }
      List<Object> opciones = new ArrayList<>();
      c.path("values").forEach(v -> opciones.add(JSON.convertValue(v.path("value"), Object.class)));
      JsonNode validar = c.path("validate");
      campos.add(new Campo(
          clave, tipo, c.path("label").asText(clave),
          validar.hasNonNull("maxLength") ? validar.get("maxLength").asInt() : null,
          c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
          opciones,
          tipo.equals("dynamiclist") ? campos(c.path("components")) : List.of()));
    }
    return campos;
  }

  private static List<Campo> todos(List<Campo> campos) {
    List<Campo> todos = new ArrayList<>();
    for (Campo c : campos) {
      todos.add(c);
      todos.addAll(c.hijos());
    }
    return todos;
  }

  /**
   * The options of the form's decision, or one run without: the field the process branches on (the
   * component of the form's record marked {@link Formulario.Decision}), else a radio or select keyed
   * {@code decision…} (a response's decision that no gateway reads).
   */
  private static List<Object> opcionesDeDecision(String formulario, List<Campo> campos) {
    String decision = decision(formulario, campos);
    return campos.stream()
        .filter(c -> c.clave().equals(decision))
        .findFirst()
        .map(Campo::opciones)
        .orElseGet(() -> java.util.Collections.singletonList(null));
  }

  private static String decision(String formulario, List<Campo> campos) {
    String marcada = DECISIONES.get(formulario);
    if (marcada != null) {
      return marcada;
    }
    return campos.stream()
        .filter(c -> (c.tipo().equals("radio") || c.tipo().equals("select")) && c.clave().startsWith("decision"))
        .map(Campo::clave)
        .findFirst()
        .orElse(null);
  }

  /** Form id → its record's component marked {@link Formulario.Decision}, from the application's form records. */
  private static Map<String, String> decisionesDeLosRegistros() {
    ClassPathScanningCandidateComponentProvider escaner = new ClassPathScanningCandidateComponentProvider(false);
    escaner.addIncludeFilter(new AnnotationTypeFilter(Formulario.class));
    Map<String, String> decisiones = new LinkedHashMap<>();
    for (BeanDefinition registro : escaner.findCandidateComponents(Formulario.class.getPackageName().replaceFirst("\\.comun$", ""))) {
      Class<?> tipo = ClassUtils.resolveClassName(registro.getBeanClassName(), FormulariosAlLimite.class.getClassLoader());
      for (RecordComponent componente : tipo.getRecordComponents()) {
        if (componente.isAnnotationPresent(Formulario.Decision.class)) {
          decisiones.put(tipo.getAnnotation(Formulario.class).value(), componente.getName());
        }
      }
    }
    return decisiones;
  }

  /**
   * A web address of {@code longitud} characters: {@code https://}, a host, and a path of {@link
   * #RELLENO} without blanks (accents, symbols and emoji as a person pastes them).
   */
  static String direccion(String clave, int longitud) {
    String inicio = "https://gobiernoabierto.example.org/";
    return inicio + lleno(clave, longitud - inicio.length()).replaceAll("\\s", "_");
  }

  /**
   * {@code longitud} UTF-16 units (what form-js's maxLength counts) of {@link #RELLENO}: never half an
   * emoji, and no space at the end (the server trims texts, which would make it one shorter).
   */
  static String lleno(String clave, int longitud) {
    StringBuilder texto = new StringBuilder(clave).append(": ");
    while (texto.length() < longitud) {
      texto.append(RELLENO);
    }
    texto.setLength(longitud);
    char ultimo = texto.charAt(longitud - 1);
    if (Character.isHighSurrogate(ultimo) || Character.isWhitespace(ultimo)) {
      texto.setCharAt(longitud - 1, 'ñ');
    }
    return texto.toString();
  }

  /** A value as the form shows it, as the String Tasklist sends back. */
  private static String texto(TypedValue valor) {
    if (valor == null || valor.getValue() == null) {
      return null;
    }
    return valor.getValue() instanceof SpinJsonNode nodo && nodo.isString() ? nodo.stringValue() : valor.getValue().toString();
  }
}
